package org.copydesk.engine;

import java.io.Serializable;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.copydesk.engine.config.ConfigException;
import org.copydesk.engine.config.ConfigReader;
import org.copydesk.engine.config.CopydeskConfig;
import org.copydesk.engine.config.LimitSettings;
import org.copydesk.engine.config.RuleLevel;
import org.copydesk.ingest.limits.IngestLimits;
import org.copydesk.rules.Profile;
import org.copydesk.rules.RuleRegistry;
import org.copydesk.rules.RuleSettings;

/**
 * What a check needs to be set up, as given: the configuration file's text (read once where the run starts, so
 * that a cluster's executors need no copy of the file), the {@code --profile}, {@code --rule ID=LEVEL} and
 * per-document limit options (each {@code null} when not given) and the reference time, fixed once for the
 * whole run. Serializable: the Spark job ships it to its executors, which {@link #resolve} it into the same
 * {@link CheckSettings} as the command line does.
 *
 * @param configName the configuration file's name for messages, or {@code null} for the built-in defaults
 * @param configText the configuration file's text, or {@code null}
 */
public record CheckOptions(String configName, String configText, String profile, Map<String, String> rules,
        String maxBytes, String maxChars, String maxDepth, String timeout, Instant now) implements Serializable {

    private static final long serialVersionUID = 1L;

    public CheckOptions {
        rules = rules == null ? new LinkedHashMap<>() : new LinkedHashMap<>(rules);
    }

    /** The built-in settings (no configuration file, no option) with the reference time {@code now}. */
    public static CheckOptions defaults(Instant now) {
        return new CheckOptions(null, null, null, Map.of(), null, null, null, null, now);
    }

    /**
     * The options with the configuration file read: {@code explicit} when given (it must exist), else
     * {@code copydesk.yml} in {@code workingDir} when there is one, else none.
     */
    public static CheckOptions of(Path explicit, Path workingDir, String profile, Map<String, String> rules,
            String maxBytes, String maxChars, String maxDepth, String timeout, Instant now) {
        Optional<ConfigReader.Source> source;
        try {
            source = ConfigReader.locate(explicit, workingDir);
        } catch (ConfigException e) {
            throw new SettingsException(e.getMessage());
        }
        return new CheckOptions(source.map(ConfigReader.Source::name).orElse(null),
                source.map(ConfigReader.Source::text).orElse(null), profile, rules, maxBytes, maxChars, maxDepth,
                timeout, now);
    }

    /**
     * The reference time of {@code --now} (an ISO date or instant); without it, {@code sourceDateEpoch} (seconds)
     * when given, else {@code SOURCE_DATE_EPOCH} when set and usable, else the clock.
     */
    public static Instant referenceTime(String now, Long sourceDateEpoch) {
        if (now == null) {
            return SourceDateEpoch.fixed(sourceDateEpoch).orElseGet(Instant::now);
        }
        try {
            return now.length() == 10 ? LocalDate.parse(now).atStartOfDay().toInstant(ZoneOffset.UTC)
                    : Instant.parse(now);
        } catch (DateTimeParseException e) {
            throw new SettingsException("--now must be an ISO date or instant, not '" + now + "'");
        }
    }

    /** The configuration file with the {@code --rule} options applied over it. */
    public CopydeskConfig config() {
        CopydeskConfig file;
        try {
            file = configText == null ? CopydeskConfig.empty() : ConfigReader.parse(configText, configName);
        } catch (ConfigException e) {
            throw new SettingsException(e.getMessage());
        }
        Map<String, RuleLevel> levels = new LinkedHashMap<>();
        rules.forEach((id, value) -> {
            if (RuleRegistry.byId(id).isEmpty()) {
                throw new SettingsException("--rule " + id + ": unknown rule id (see 'copydesk rules')");
            }
            levels.put(id, RuleLevel.fromId(value).orElseThrow(() -> new SettingsException("--rule " + id
                    + ": must be one of " + RuleLevel.ids() + ", not '" + value + "'")));
        });
        return file.withRules(levels);
    }

    /** Everything resolved; throws {@link SettingsException} naming the first setting that cannot be used. */
    public CheckSettings resolve() {
        return resolve(config());
    }

    /** Everything resolved over {@code file}, the result of {@link #config()}. */
    public CheckSettings resolve(CopydeskConfig file) {
        String profileId = profile != null ? profile : file.profile().orElse(Profile.defaultProfile()).id();
        Profile p = Profile.fromId(profileId).orElseThrow(() -> new SettingsException(
                "unknown profile '" + profile + "' (scrape-audit or pre-publication)"));
        RuleSettings settings = file.applyTo(RuleSettings.defaults(now));
        return new CheckSettings(file, p, settings, limits(file));
    }

    /** The per-document limits: the options given over the file's, over the defaults. */
    public IngestLimits limits(CopydeskConfig file) {
        LimitSettings options = new LimitSettings(option("--max-bytes", maxBytes, LimitSettings::bytes),
                option("--max-chars", maxChars, LimitSettings::count), option("--max-depth", maxDepth,
                        LimitSettings::count), option("--timeout", timeout, LimitSettings::duration));
        return options.over(file.limits()).applyTo(IngestLimits.defaults());
    }

    private static <T> Optional<T> option(String name, String value, Function<String, T> read) {
        try {
            return Optional.ofNullable(value).map(read);
        } catch (IllegalArgumentException e) {
            throw new SettingsException(name + " " + e.getMessage());
        }
    }
}
