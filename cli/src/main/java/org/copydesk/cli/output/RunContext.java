package org.copydesk.cli.output;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.copydesk.rules.Profile;
import org.copydesk.rules.RuleDescriptor;

/**
 * What every report writer of a run may need: where reports go, the profile and the rules that ran, the tool's
 * version, and the run's timestamp ({@code SOURCE_DATE_EPOCH} when set, so that runs are reproducible).
 *
 * @param reproducible whether the timestamp was fixed ({@code SOURCE_DATE_EPOCH} or the check command's hidden
 *                     {@code --source-date-epoch}): writers then leave out everything that varies from run to run,
 *                     such as timings
 */
public record RunContext(Path out, Profile profile, List<RuleDescriptor> activeRules, String toolVersion,
        Instant timestamp, boolean reproducible) {

    public RunContext {
        activeRules = List.copyOf(activeRules);
    }

    /** A context whose timestamp came from the clock (not reproducible). */
    public RunContext(Path out, Profile profile, List<RuleDescriptor> activeRules, String toolVersion,
            Instant timestamp) {
        this(out, profile, activeRules, toolVersion, timestamp, false);
    }

    /**
     * A context stamped with {@code epochSeconds} when given, else {@code SOURCE_DATE_EPOCH} when it is set and
     * valid (both reproducible), else the clock.
     */
    public static RunContext stamped(Path out, Profile profile, List<RuleDescriptor> activeRules, String toolVersion,
            Long epochSeconds) {
        Optional<Instant> fixed = epochSeconds != null ? Optional.of(Instant.ofEpochSecond(epochSeconds))
                : sourceDateEpoch(System.getenv("SOURCE_DATE_EPOCH"));
        return new RunContext(out, profile, activeRules, toolVersion, fixed.orElseGet(Instant::now),
                fixed.isPresent());
    }

    /** The run's timestamp: {@code SOURCE_DATE_EPOCH} (seconds) when it is set and valid, else the clock. */
    public static Instant timestampFromEnvironment() {
        return sourceDateEpoch(System.getenv("SOURCE_DATE_EPOCH")).orElseGet(Instant::now);
    }

    /** A {@code SOURCE_DATE_EPOCH} value as an instant; empty when absent or unusable. */
    static Optional<Instant> sourceDateEpoch(String epoch) {
        if (epoch != null) {
            try {
                return Optional.of(Instant.ofEpochSecond(Long.parseLong(epoch.strip())));
            } catch (NumberFormatException e) {
                // an unusable value is ignored, as reproducible-builds tooling does
            }
        }
        return Optional.empty();
    }
}
