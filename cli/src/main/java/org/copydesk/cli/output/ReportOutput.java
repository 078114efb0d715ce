package org.copydesk.cli.output;

import java.io.IOException;
import org.copydesk.cli.run.RunSummary;
import org.copydesk.core.Report;

/**
 * A writer for one {@code --format}: told of each document's report as it finishes and of the whole run at its
 * end. Per-document formats write in {@link #document}; run-level formats (SARIF, JUnit) in {@link #finish}.
 */
public interface ReportOutput {

    /**
     * One document's report.
     *
     * @param reportName the document's path relative to its input argument (WARC records carry their offset);
     *                   per-document files are {@code DIR/<reportName>.<suffix>}
     */
    default void document(String reportName, Report report) throws IOException {
    }

    /** The run is over. */
    default void finish(RunSummary summary) throws IOException {
    }
}
