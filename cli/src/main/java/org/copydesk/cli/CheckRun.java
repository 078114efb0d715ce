package org.copydesk.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.copydesk.cli.baseline.BaselineFilter;
import org.copydesk.cli.output.ReportOutput;
import org.copydesk.cli.output.RunSummary;
import org.copydesk.cli.run.Progress;
import org.copydesk.cli.run.ResumedReport;
import org.copydesk.cli.run.WorkPool;
import org.copydesk.core.Report;
import org.copydesk.core.Severity;
import org.copydesk.engine.DocumentChecker;
import org.copydesk.ingest.warc.WarcSplitter;

/**
 * One {@code check} run over its inputs: the walk hands each document to a {@link WorkPool}, whose workers share
 * one {@link DocumentChecker} (thread-safe), and each finished report goes to the
 * baseline, the summary, the per-document writers and the terminal as soon as it is ready. With {@code --resume},
 * inputs whose complete JSON report is already under {@code --out} are counted from it instead of checked.
 */
final class CheckRun {

    /** What the run needs besides its inputs. {@code resumeFrom} is the {@code --out} directory, or null. */
    record Setup(DocumentChecker checker, Severity threshold, BaselineFilter accepted,
            List<ReportOutput> outputs, TerminalSummary terminal, Progress progress, Path resumeFrom) {
    }

    private final Setup setup;
    private final RunSummary summary;
    private boolean failing;

    CheckRun(Setup setup, RunSummary summary) {
        this.setup = setup;
        this.summary = summary;
    }

    RunSummary summary() {
        return summary;
    }

    /** Whether a report had a finding at or above the {@code --fail-on} threshold. */
    synchronized boolean failing() {
        return failing;
    }

    /** Checks every input on {@code jobs} workers; returns when all reports are written. */
    void run(Iterator<Inputs.Input> inputs, int jobs) {
        try (WorkPool pool = new WorkPool(jobs)) {
            while (inputs.hasNext()) {
                Inputs.Input in = inputs.next();
                summary.input();
                if (in.isWarc()) {
                    expandWarc(in, pool);
                } else if (!resumed(in.relativePath())) {
                    pool.submit(() -> add(check(in), in.relativePath()));
                }
            }
            pool.await();
        } finally {
            setup.progress().finish();
        }
    }

    /** With {@code --resume}, counts the complete report an earlier run left for {@code reportName}, if any. */
    private boolean resumed(String reportName) {
        if (setup.resumeFrom() == null) {
            return false;
        }
        Optional<ResumedReport> earlier = ResumedReport.read(setup.resumeFrom().resolve(reportName + ".report.json"));
        // SARIF and JUnit need the entry the earlier run logged too; resumeEntry takes it into this run
        if (earlier.isEmpty() || !summary.resumeEntry(reportName)) {
            return false;
        }
        ResumedReport r = earlier.get();
        summary.addResumed(r.verdict(), r.findings());
        synchronized (this) {
            failing |= setup.threshold() != null && r.findings().stream()
                    .anyMatch(f -> !f.baselined() && f.severity().atLeast(setup.threshold()));
        }
        setup.progress().done();
        return true;
    }

    private void add(Report checked, String reportName) {
        Report report;
        synchronized (this) { // the baseline filter consumes its entries: one report at a time
            report = setup.accepted().apply(reportName, checked);
            failing |= setup.threshold() != null && report.hasFindingAtLeast(setup.threshold());
        }
        try {
            summary.add(reportName, report);
        } catch (UncheckedIOException e) { // the entry log SARIF and JUnit are written from
            throw new Copydesk.UsageError(e.getMessage());
        }
        for (ReportOutput o : setup.outputs()) { // distinct files per document: safe from any worker
            try {
                o.document(reportName, report);
            } catch (IOException e) {
                throw new Copydesk.UsageError("cannot write the reports of " + reportName + ": " + e.getMessage());
            }
        }
        setup.progress().done(() -> setup.terminal().document(report));
    }

    private Report check(Inputs.Input in) {
        return in.isStdin() ? setup.checker().checkStream("-", System.in)
                : setup.checker().checkFile(in.file(), in.displayPath());
    }

    /**
     * One report per HTML page of a WARC file, as the engine expands it ({@link DocumentChecker#warcDocuments}):
     * records are read here, in file order; their pages are checked on the workers.
     */
    private void expandWarc(Inputs.Input in, WorkPool pool) {
        Iterator<DocumentChecker.WarcDocument> docs = setup.checker().warcDocuments(
                () -> WarcSplitter.open(in.file()), in.relativePath(), in.displayPath(), summary::skipped);
        while (docs.hasNext()) {
            DocumentChecker.WarcDocument d = docs.next();
            if (!resumed(d.reportName())) {
                pool.submit(() -> add(d.check().get(), d.reportName()));
            }
        }
    }
}
