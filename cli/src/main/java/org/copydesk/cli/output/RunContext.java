package org.copydesk.cli.output;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.copydesk.engine.SourceDateEpoch;
import org.copydesk.render.RunInfo;
import org.copydesk.rules.Profile;
import org.copydesk.rules.RuleDescriptor;
import org.copydesk.rules.RuleSettings;

/**
 * What the file writers of a run need: the output folder (its real path, null without {@code --out}), and what the rendered files say about the run
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
        return stamped(out, profile, activeRules, toolVersion, epochSeconds, RuleSettings.DEFAULT_MIN_CONFIDENCE);
    }

    /** {@link #stamped(Path, Profile, List, String, Long)} for a run with the minimum confidence {@code min}. */
    public static RunContext stamped(Path out, Profile profile, List<RuleDescriptor> activeRules, String toolVersion,
            Long epochSeconds, double min) {
        Optional<Instant> fixed = SourceDateEpoch.fixed(epochSeconds);
        return new RunContext(out, new RunInfo(profile, activeRules, toolVersion, fixed.orElseGet(Instant::now),
                fixed.isPresent(), min));
    }
}
