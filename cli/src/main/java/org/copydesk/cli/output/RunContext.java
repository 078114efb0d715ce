package org.copydesk.cli.output;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.copydesk.rules.Profile;
import org.copydesk.rules.RuleDescriptor;

/**
 * What every report writer of a run may need: where reports go, the profile and the rules that ran, the tool's
 * version, and the run's timestamp ({@code SOURCE_DATE_EPOCH} when set, so that runs are reproducible).
 */
public record RunContext(Path out, Profile profile, List<RuleDescriptor> activeRules, String toolVersion,
        Instant timestamp) {

    public RunContext {
        activeRules = List.copyOf(activeRules);
    }

    /** The run's timestamp: {@code SOURCE_DATE_EPOCH} (seconds) when it is set and valid, else the clock. */
    public static Instant timestampFromEnvironment() {
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        if (epoch != null) {
            try {
                return Instant.ofEpochSecond(Long.parseLong(epoch.strip()));
            } catch (NumberFormatException e) {
                // an unusable value is ignored, as reproducible-builds tooling does
            }
        }
        return Instant.now();
    }
}
