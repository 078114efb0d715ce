package org.copydesk.cli.output;

import java.io.IOException;
import org.copydesk.cli.files.AtomicFiles;
import org.copydesk.cli.run.RunSummary;
import org.copydesk.render.JunitReport;

/** {@code --format junit}: one {@code DIR/junit.xml} per run ({@link JunitReport}), from the run's entry log. */
final class JunitOutput implements ReportOutput {

    private final RunContext context;
    private final JunitReport junit;

    JunitOutput(RunContext context) {
        this.context = context;
        this.junit = new JunitReport(context.run());
    }

    @Override
    public void finish(RunSummary summary) throws IOException {
        AtomicFiles.writeUnder(context.out(), JunitReport.FILE, out -> junit.write(summary.entries(), out));
    }
}
