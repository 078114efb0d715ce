package org.copydesk.cli.output;

import java.io.IOException;
import org.copydesk.cli.files.AtomicFiles;
import org.copydesk.cli.run.RunSummary;
import org.copydesk.render.SarifLog;

/** {@code --format sarif}: one {@code DIR/copydesk.sarif} per run ({@link SarifLog}), from the run's entry log. */
final class SarifOutput implements ReportOutput {

    private final RunContext context;
    private final SarifLog sarif;

    SarifOutput(RunContext context) {
        this.context = context;
        this.sarif = new SarifLog(context.run());
    }

    @Override
    public void finish(RunSummary summary) throws IOException {
        AtomicFiles.writeUnder(context.out(), SarifLog.FILE,
                out -> sarif.write(summary.entries(), summary.baselineApplied(), out));
    }
}
