package org.copydesk.cli.output;

import java.io.IOException;
import org.copydesk.cli.files.AtomicFiles;
import org.copydesk.core.Report;
import org.copydesk.render.ProvReport;

/** {@code --format prov}: {@code DIR/<name>.prov.json} per document ({@link ProvReport}). */
final class ProvOutput implements ReportOutput {

    private final RunContext context;
    private final ProvReport prov;

    ProvOutput(RunContext context) {
        this.context = context;
        this.prov = new ProvReport(context.run());
    }

    @Override
    public void document(String reportName, Report report) throws IOException {
        AtomicFiles.writeUnder(context.out(), reportName + ProvReport.SUFFIX, prov.render(reportName, report));
    }
}
