package org.copydesk.engine.config;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.copydesk.core.BoilerplateCategory;
import org.copydesk.core.Severity;
import org.copydesk.ingest.boilerplate.PhraseFamilies;
import org.copydesk.rules.Profile;
import org.copydesk.rules.RuleSettings;

/**
 * The contents of a {@code copydesk.yml}, validated: profile, {@code --fail-on} level, rules switched off or
 * re-graded, thresholds, and the wire agencies and boilerplate phrases to add to the built-in lists. Empty
 * fields leave the built-in defaults alone. Command-line options are applied on top by the caller.
 *
 * @param profile        the profile, if the file names one
 * @param failOn         {@code error}, {@code warning}, {@code info} or {@code never}, if the file sets one
 * @param rules          rule id → what to do with it
 * @param staleUpdateDays {@code thresholds.stale-update-days}, if set
 * @param minWords       {@code thresholds.min-words}, if set
 * @param anonymousShare {@code thresholds.anonymous-share}, if set
 * @param minConfidence  {@code thresholds.min-confidence}, if set
 * @param agencies       wire agencies and news services to add
 * @param boilerplate    literal phrases to add per furniture category
 * @param limits         per-document limits ({@code limits:}), unset ones at their defaults
 */
public record CopydeskConfig(Optional<Profile> profile, Optional<String> failOn, Map<String, RuleLevel> rules,
        Optional<Integer> staleUpdateDays, Optional<Integer> minWords, Optional<Double> anonymousShare,
        Optional<Double> minConfidence, List<String> agencies, Map<BoilerplateCategory, List<String>> boilerplate, LimitSettings limits) {

    /** A configuration without {@code limits:}. */
    public CopydeskConfig(Optional<Profile> profile, Optional<String> failOn, Map<String, RuleLevel> rules,
            Optional<Integer> staleUpdateDays, Optional<Integer> minWords, Optional<Double> anonymousShare,
            Optional<Double> minConfidence, List<String> agencies, Map<BoilerplateCategory, List<String>> boilerplate) {
        this(profile, failOn, rules, staleUpdateDays, minWords, anonymousShare, minConfidence, agencies, boilerplate,
                LimitSettings.none());
    }

    public CopydeskConfig {
        rules = ImmutableMap.copyOf(new TreeMap<>(rules));
        agencies = ImmutableList.copyOf(agencies);
        Map<BoilerplateCategory, List<String>> phrases = new EnumMap<>(BoilerplateCategory.class);
        boilerplate.forEach((c, l) -> phrases.put(c, ImmutableList.copyOf(l)));
        boilerplate = ImmutableMap.copyOf(phrases);
        java.util.Objects.requireNonNull(limits, "limits");
    }

    /** No file: every default as built in. */
    public static CopydeskConfig empty() {
        return new CopydeskConfig(Optional.empty(), Optional.empty(), Map.of(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(), Map.of());
    }

    /** This configuration with {@code overrides} (from the command line) replacing the file's rule entries. */
    public CopydeskConfig withRules(Map<String, RuleLevel> overrides) {
        Map<String, RuleLevel> m = new HashMap<>(rules);
        m.putAll(overrides);
        return new CopydeskConfig(profile, failOn, m, staleUpdateDays, minWords, anonymousShare, minConfidence,
                agencies, boilerplate, limits);
    }

    /** {@code base} with this configuration's thresholds, agencies, disabled and re-graded rules. */
    public RuleSettings applyTo(RuleSettings base) {
        RuleSettings s = base;
        if (staleUpdateDays.isPresent()) {
            s = s.withStaleUpdateDays(staleUpdateDays.get());
        }
        if (minWords.isPresent()) {
            s = s.withMinWords(minWords.get());
        }
        if (anonymousShare.isPresent()) {
            s = s.withAnonymousShare(anonymousShare.get());
        }
        if (minConfidence.isPresent()) {
            s = s.withMinConfidence(minConfidence.get());
        }
        if (!agencies.isEmpty()) {
            s = s.withAgencies(s.agencies().with(agencies));
        }
        Set<String> disabled = new HashSet<>(s.disabled());
        Map<String, Severity> grades = new HashMap<>(s.severityOverrides());
        rules.forEach((id, level) -> {
            if (level == RuleLevel.OFF) {
                disabled.add(id);
            } else {
                disabled.remove(id);
            }
            level.severity().ifPresent(sev -> grades.put(id, sev));
        });
        return s.withDisabled(disabled).withSeverityOverrides(grades);
    }

    /** The built-in boilerplate wording plus this configuration's phrases. */
    public PhraseFamilies phrases() {
        PhraseFamilies p = PhraseFamilies.builtIn();
        for (Map.Entry<BoilerplateCategory, List<String>> e : boilerplate.entrySet()) {
            p = p.with(e.getKey(), e.getValue());
        }
        return p;
    }
}
