package org.copydesk.render;

import java.time.Instant;
import java.util.List;
import org.copydesk.rules.Profile;
import org.copydesk.rules.RuleDescriptor;
import org.copydesk.rules.RuleSettings;

/**
 * What a rendered report says about the run that made it: the profile and the rules that ran, the tool's version,
 * and the run's timestamp. Renderers read nothing else from outside their document, so the same report and the
 * same run give the same bytes.
 *
 * @param reproducible  whether the timestamp was fixed ({@code SOURCE_DATE_EPOCH}): renderers then leave out
 *                      everything that varies from run to run
 * @param minConfidence {@code thresholds.min-confidence}: a field less sure than this is shown as low
 */
public record RunInfo(Profile profile, List<RuleDescriptor> activeRules, String toolVersion, Instant timestamp,
        boolean reproducible, double minConfidence) {

    public RunInfo {
        activeRules = List.copyOf(activeRules);
    }

    /** A run at the default minimum confidence. */
    public RunInfo(Profile profile, List<RuleDescriptor> activeRules, String toolVersion, Instant timestamp,
            boolean reproducible) {
        this(profile, activeRules, toolVersion, timestamp, reproducible, RuleSettings.DEFAULT_MIN_CONFIDENCE);
    }
}
