package org.copydesk.spark;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;
import org.copydesk.engine.DocumentChecker;
import org.copydesk.render.RunInfo;

/**
 * The readable and run-level formats a job writes besides its reports ({@code --format}), and the run's timestamp
 * they carry: fixed once on the driver, so every executor renders the same run.
 *
 * @param formats      {@code sarif}, {@code md}, {@code html}, in any combination (possibly none)
 * @param timestamp    the run's timestamp ({@code SOURCE_DATE_EPOCH} when set, else when the job started)
 * @param reproducible whether the timestamp was fixed by {@code SOURCE_DATE_EPOCH}
 */
record Rendering(Set<String> formats, Instant timestamp, boolean reproducible) implements Serializable {

    static final Set<String> FORMATS = Set.of("sarif", "md", "html");

    Rendering {
        formats = Set.copyOf(formats);
    }

    boolean wants(String format) {
        return formats.contains(format);
    }

    /** What the rendered files say about the run, with the profile and rules of {@code checker}. */
    RunInfo run(DocumentChecker checker, String toolVersion) {
        return new RunInfo(checker.engine().profile(), checker.engine().activeRules(), toolVersion, timestamp,
                reproducible, checker.engine().settings().minConfidence());
    }
}
