package org.copydesk.engine;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The options of a check that every front end takes, declared once as a picocli mixin ({@code @Mixin}) so the
 * command line and the Spark job cannot drift apart: profile, configuration file, rule levels, reference time and
 * the per-document limits. {@link #options} turns them into {@link CheckOptions}.
 */
public final class CheckFlags {

    @Option(names = "--profile", paramLabel = "P",
            description = "scrape-audit (default) or pre-publication; overrides the configuration file.")
    String profile;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Configuration file; default: copydesk.yml in the working directory, if there is one.")
    Path config;

    @Option(names = "--rule", paramLabel = "ID=LEVEL", description = "Switch a rule off or on, or re-grade it "
            + "(error, warning, info); repeatable; overrides the configuration file.")
    Map<String, String> rules = new LinkedHashMap<>();

    @Option(names = "--now", paramLabel = "TIME",
            description = "Reference time for date.future (ISO instant or date); default: SOURCE_DATE_EPOCH when "
                    + "set, else the clock.")
    String now;

    @Option(names = "--max-bytes", paramLabel = "SIZE", description = "Per document: read at most SIZE bytes "
            + "(e.g. 16M, the default; K, M, G suffixes); overrides limits.max-bytes of the configuration file.")
    String maxBytes;

    @Option(names = "--max-chars", paramLabel = "N", description = "Per document: keep at most N characters of "
            + "text (default 5000000); overrides limits.max-chars.")
    String maxChars;

    @Option(names = "--max-depth", paramLabel = "N", description = "Per document: flatten HTML and XML elements "
            + "nested deeper than N (default 512); overrides limits.max-depth.")
    String maxDepth;

    @Option(names = "--timeout", paramLabel = "TIME", description = "Per document: stop reading after TIME (e.g. "
            + "30s, the default; ms, s, m); overrides limits.timeout.")
    String timeout;

    /**
     * The options given, with the configuration file read ({@code --config}, else {@code copydesk.yml} in
     * {@code workingDir}) and the reference time from {@code --now}, else {@code sourceDateEpoch} (seconds, may be
     * null), else {@code SOURCE_DATE_EPOCH}, else the clock. A mistake is a {@link SettingsException}.
     */
    public CheckOptions options(Path workingDir, Long sourceDateEpoch) {
        return CheckOptions.of(config, workingDir, profile, rules, maxBytes, maxChars, maxDepth, timeout,
                CheckOptions.referenceTime(now, sourceDateEpoch));
    }

    /** The {@code --profile} given, or null. */
    public String profile() {
        return profile;
    }
}
