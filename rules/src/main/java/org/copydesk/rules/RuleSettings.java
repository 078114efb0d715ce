package org.copydesk.rules;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.copydesk.core.Severity;
import org.copydesk.core.WireAgencies;

/**
 * Thresholds and switches the rules read: the stale-update window, the minimum body length, the tolerated
 * share of anonymous sources, the confidence below which an extracted field is not trusted, the reference time for {@code date.future}, the known agencies, and which rules
 * are disabled or re-graded. Immutable; the {@code with…} methods return changed copies.
 *
 * @param staleUpdateDays   {@code date.stale-update} fires when modified is more than this many days after published
 * @param minWords          {@code text.too-short} fires below this many body words
 * @param anonymousShare    {@code attribution.anonymous-share} fires above this share (0–1) of anonymous statements
 * @param minConfidence     a finding whose basis fields are less sure than this (0–1) is graded down one step, and
 *                          {@code input.low-confidence} fires when a field the profile relies on is; 0 turns both off
 * @param now               the run's one reference time, resolved by the engine (retrieval time, {@code --now},
 *                          {@code SOURCE_DATE_EPOCH}, else the clock when the run starts); never read from the
 *                          clock here
 * @param agencies          the wire agencies and news services bylines and attributions are matched against
 * @param disabled          ids of rules that do not run
 * @param severityOverrides a severity per rule id that replaces the profile's default
 */
public record RuleSettings(int staleUpdateDays, int minWords, double anonymousShare, double minConfidence,
        Instant now, WireAgencies agencies, Set<String> disabled, Map<String, Severity> severityOverrides) {

    public static final int DEFAULT_STALE_UPDATE_DAYS = 365;
    public static final int DEFAULT_MIN_WORDS = 80;
    public static final double DEFAULT_ANONYMOUS_SHARE = 0.5;
    /** Below one half a field is more likely wrong than right: what rests on it is more likely a false alarm. */
    public static final double DEFAULT_MIN_CONFIDENCE = 0.5;

    public RuleSettings {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(agencies, "agencies");
        if (staleUpdateDays < 0) {
            throw new IllegalArgumentException("staleUpdateDays must not be negative: " + staleUpdateDays);
        }
        if (minWords < 0) {
            throw new IllegalArgumentException("minWords must not be negative: " + minWords);
        }
        if (!(anonymousShare >= 0 && anonymousShare <= 1)) {
            throw new IllegalArgumentException("anonymousShare must lie in [0, 1]: " + anonymousShare);
        }
        if (!(minConfidence >= 0 && minConfidence <= 1)) {
            throw new IllegalArgumentException("minConfidence must lie in [0, 1]: " + minConfidence);
        }
        disabled = ImmutableSet.copyOf(disabled);
        severityOverrides = ImmutableMap.copyOf(severityOverrides);
    }

    /** The documented defaults, with {@code now} as the reference time. */
    public static RuleSettings defaults(Instant now) {
        return new RuleSettings(DEFAULT_STALE_UPDATE_DAYS, DEFAULT_MIN_WORDS, DEFAULT_ANONYMOUS_SHARE,
                DEFAULT_MIN_CONFIDENCE, now, WireAgencies.builtIn(), Set.of(), Map.of());
    }

    public RuleSettings withStaleUpdateDays(int days) {
        return new RuleSettings(days, minWords, anonymousShare, minConfidence, now, agencies, disabled,
                severityOverrides);
    }

    public RuleSettings withMinWords(int words) {
        return new RuleSettings(staleUpdateDays, words, anonymousShare, minConfidence, now, agencies, disabled,
                severityOverrides);
    }

    public RuleSettings withAnonymousShare(double share) {
        return new RuleSettings(staleUpdateDays, minWords, share, minConfidence, now, agencies, disabled,
                severityOverrides);
    }

    public RuleSettings withMinConfidence(double min) {
        return new RuleSettings(staleUpdateDays, minWords, anonymousShare, min, now, agencies, disabled,
                severityOverrides);
    }

    public RuleSettings withNow(Instant reference) {
        return new RuleSettings(staleUpdateDays, minWords, anonymousShare, minConfidence, reference, agencies,
                disabled, severityOverrides);
    }

    public RuleSettings withAgencies(WireAgencies known) {
        return new RuleSettings(staleUpdateDays, minWords, anonymousShare, minConfidence, now, known, disabled,
                severityOverrides);
    }

    /** These settings with exactly {@code ids} disabled. */
    public RuleSettings withDisabled(Set<String> ids) {
        return new RuleSettings(staleUpdateDays, minWords, anonymousShare, minConfidence, now, agencies, ids,
                severityOverrides);
    }

    /** These settings with {@code id} disabled as well. */
    public RuleSettings withRuleDisabled(String id) {
        Set<String> ids = new HashSet<>(disabled);
        ids.add(id);
        return withDisabled(ids);
    }

    /** These settings with exactly {@code overrides} as severity overrides. */
    public RuleSettings withSeverityOverrides(Map<String, Severity> overrides) {
        return new RuleSettings(staleUpdateDays, minWords, anonymousShare, minConfidence, now, agencies, disabled,
                overrides);
    }

    /** These settings with rule {@code id} re-graded to {@code severity} in every profile. */
    public RuleSettings withSeverity(String id, Severity severity) {
        Map<String, Severity> m = new HashMap<>(severityOverrides);
        m.put(id, severity);
        return withSeverityOverrides(m);
    }
}
