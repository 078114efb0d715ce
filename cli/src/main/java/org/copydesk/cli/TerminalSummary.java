package org.copydesk.cli;

import java.io.PrintWriter;
import org.copydesk.core.Finding;
import org.copydesk.core.Report;

/** The human summary of a report on the terminal: the verdict line and, when asked, each finding. */
final class TerminalSummary {

    private TerminalSummary() {
    }

    static void document(PrintWriter out, Report r, boolean withFindings) {
        out.printf("%-4s %s  (%d finding%s)%n", r.verdict().id().toUpperCase(java.util.Locale.ROOT),
                r.document().source().path(), r.findings().size(), r.findings().size() == 1 ? "" : "s");
        if (withFindings) {
            for (Finding f : r.findings()) {
                out.printf("     %d:%d %-7s %-32s %s%n", f.line(), f.column(), f.severity().id(), f.rule(),
                        f.message());
            }
        }
    }
}
