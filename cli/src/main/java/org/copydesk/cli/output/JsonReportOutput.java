package org.copydesk.cli.output;

import java.io.IOException;
import org.copydesk.cli.files.AtomicFiles;
import org.copydesk.core.Report;
import org.copydesk.engine.ReportJson;

/** {@code --format json}: {@code DIR/<name>.report.json} per document, the report contract. */
final class JsonReportOutput implements ReportOutput {

    private final RunContext context;

    JsonReportOutput(RunContext context) {
        this.context = context;
    }

    @Override
    public void document(String reportName, Report report) throws IOException {
        AtomicFiles.writeUnder(context.out(), reportName + ".report.json", ReportJson.write(report));
    }
}
