package org.copydesk.cli.output;

import java.io.IOException;
import org.copydesk.cli.files.AtomicFiles;
import org.copydesk.core.Report;
import org.copydesk.render.HtmlReport;

/**
 * {@code --format html}: {@code DIR/<name>.report.html} per document, a self-contained page for people with the
 * verdict, the metadata, the findings and the text with every removed span, quote and finding marked in place.
 */
final class HtmlReportOutput implements ReportOutput {

    private final RunContext context;

    HtmlReportOutput(RunContext context) {
        this.context = context;
    }

    @Override
    public void document(String reportName, Report report) throws IOException {
        AtomicFiles.writeUnder(context.out(), reportName + ".report.html", HtmlReport.render(report, context.run()));
    }
}
