package org.copydesk.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.copydesk.cli.baseline.Baseline;
import org.copydesk.cli.baseline.BaselineException;
import org.copydesk.cli.baseline.BaselineFilter;
import org.copydesk.cli.config.ConfigException;
import org.copydesk.cli.config.ConfigReader;
import org.copydesk.cli.config.CopydeskConfig;
import org.copydesk.cli.config.LimitSettings;
import org.copydesk.cli.config.RuleLevel;
import org.copydesk.ingest.limits.IngestLimits;
import org.copydesk.rules.RuleRegistry;

/**
 * The check command's configuration sources turned into usage errors when wrong: {@code copydesk.yml} (or
 * {@code --config}), the {@code --rule ID=LEVEL} options on top of it, the per-document limits and the
 * {@code --baseline} file.
 */
final class RunConfig {

    private RunConfig() {
    }

    /** The configuration file (explicit, else the working directory's) with {@code --rule} options applied. */
    static CopydeskConfig load(Path explicit, Map<String, String> ruleOptions) {
        CopydeskConfig file;
        try {
            file = ConfigReader.load(explicit, Path.of(System.getProperty("user.dir")));
        } catch (ConfigException e) {
            throw new Copydesk.UsageError(e.getMessage());
        }
        Map<String, RuleLevel> rules = new LinkedHashMap<>();
        ruleOptions.forEach((id, value) -> {
            if (RuleRegistry.byId(id).isEmpty()) {
                throw new Copydesk.UsageError("--rule " + id + ": unknown rule id (see 'copydesk rules')");
            }
            rules.put(id, RuleLevel.fromId(value).orElseThrow(() -> new Copydesk.UsageError("--rule " + id
                    + ": must be one of " + RuleLevel.ids() + ", not '" + value + "'")));
        });
        return file.withRules(rules);
    }

    /**
     * A filter for {@code --baseline FILE}, or one that accepts nothing when none is given; it records the run's
     * fingerprints only when {@code recording} (for {@code --write-baseline}).
     */
    static BaselineFilter baseline(Path file, boolean recording) {
        try {
            return new BaselineFilter(file == null ? null : Baseline.read(file), recording);
        } catch (BaselineException e) {
            throw new Copydesk.UsageError("--baseline " + e.getMessage());
        }
    }

    /** The per-document limits: the options given (each may be {@code null}) over the file's, over the defaults. */
    static IngestLimits limits(CopydeskConfig file, String maxBytes, String maxChars, String maxDepth,
            String timeout) {
        LimitSettings options = new LimitSettings(option("--max-bytes", maxBytes, LimitSettings::bytes),
                option("--max-chars", maxChars, LimitSettings::count), option("--max-depth", maxDepth,
                        LimitSettings::count), option("--timeout", timeout, LimitSettings::duration));
        return options.over(file.limits()).applyTo(IngestLimits.defaults());
    }

    private static <T> java.util.Optional<T> option(String name, String value,
            java.util.function.Function<String, T> read) {
        try {
            return java.util.Optional.ofNullable(value).map(read);
        } catch (IllegalArgumentException e) {
            throw new Copydesk.UsageError(name + " " + e.getMessage());
        }
    }
}
