package org.copydesk.cli.output;

import java.io.IOException;
import org.copydesk.cli.files.AtomicFiles;
import org.copydesk.core.Report;
import org.copydesk.render.MarkdownReport;

/** {@code --format md}: {@code DIR/<name>.report.md} per document ({@link MarkdownReport}). */
final class MarkdownReportOutput implements ReportOutput {

    private final RunContext context;

    MarkdownReportOutput(RunContext context) {
        this.context = context;
    }

    @Override
    public void document(String reportName, Report report) throws IOException {
        AtomicFiles.writeUnder(context.out(), reportName + ".report.md", MarkdownReport.render(report, context.run()));
    }
}
