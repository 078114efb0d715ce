package org.copydesk.cli.output;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.copydesk.render.RunInfo;
import org.copydesk.rules.Profile;
import org.copydesk.rules.RuleDescriptor;

/**
 * What the file writers of a run need: the output folder, and what the rendered files say about the run
 * ({@link RunInfo}: profile, rules, tool version, timestamp — {@code SOURCE_DATE_EPOCH} when set, so that runs are
 * reproducible).
 */
public record RunContext(Path out, RunInfo run) {

    /**
     * A context stamped with {@code epochSeconds} when given, else {@code SOURCE_DATE_EPOCH} when it is set and
     * valid (both reproducible), else the clock.
     */
    public static RunContext stamped(Path out, Profile profile, List<RuleDescriptor> activeRules, String toolVersion,
            Long epochSeconds) {
        Optional<Instant> fixed = epochSeconds != null ? Optional.of(Instant.ofEpochSecond(epochSeconds))
                : sourceDateEpoch(System.getenv("SOURCE_DATE_EPOCH"));
        return new RunContext(out, new RunInfo(profile, activeRules, toolVersion, fixed.orElseGet(Instant::now),
                fixed.isPresent()));
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
