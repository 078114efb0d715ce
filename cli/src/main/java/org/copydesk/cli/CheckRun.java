package org.copydesk.cli;

import java.io.IOException;
import java.util.zip.GZIPInputStream;
import java.nio.file.Files;
import java.io.InputStream;
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
import org.copydesk.core.ExtractedDocument;
import org.copydesk.core.InputProblem;
import org.copydesk.core.Report;
import org.copydesk.core.Severity;
import org.copydesk.core.SourceIdentity;
import org.copydesk.ingest.Ingestor;
import org.copydesk.ingest.warc.WarcPage;
import org.copydesk.ingest.warc.WarcSplitter;
import org.copydesk.rules.RuleEngine;

/**
 * One {@code check} run over its inputs: the walk hands each document to a {@link WorkPool}, whose workers share
 * one {@link Ingestor} and one {@link RuleEngine} (both thread-safe), and each finished report goes to the
 * baseline, the summary, the per-document writers and the terminal as soon as it is ready. With {@code --resume},
 * inputs whose complete JSON report is already under {@code --out} are counted from it instead of checked.
 */
final class CheckRun {

    /** What the run needs besides its inputs. {@code resumeFrom} is the {@code --out} directory, or null. */
    record Setup(Ingestor ingestor, RuleEngine engine, Severity threshold, BaselineFilter accepted,
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
        earlier.ifPresent(r -> {
            summary.addResumed(r.verdict(), r.findings());
            synchronized (this) {
                failing |= setup.threshold() != null && r.findings().stream()
                        .anyMatch(f -> !f.baselined() && f.severity().atLeast(setup.threshold()));
            }
            setup.progress().done();
        });
        return earlier.isPresent();
    }

    private void add(Report checked, String reportName) {
        Report report;
        synchronized (this) { // the baseline filter consumes its entries: one report at a time
            report = setup.accepted().apply(reportName, checked);
            failing |= setup.threshold() != null && report.hasFindingAtLeast(setup.threshold());
        }
        summary.add(reportName, report);
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
        ExtractedDocument doc;
        try {
            if (in.isStdin()) {
                doc = setup.ingestor().ingest("-", System.in);
            } else if (in.isGzip()) {
                // Inflated as a stream under the ingest byte limit: a gzip bomb is cut off with input.limit.
                try (InputStream gz = new GZIPInputStream(Files.newInputStream(in.file()), 1 << 16)) {
                    doc = setup.ingestor().ingest(in.displayPath(), gz);
                }
            } else {
                doc = setup.ingestor().ingest(in.file(), in.displayPath());
            }
        } catch (IOException | RuntimeException | StackOverflowError | OutOfMemoryError e) {
            doc = unreadable(in.displayPath(), "cannot read the input: " + e);
        }
        return report(doc);
    }

    /**
     * One report per HTML page of a WARC file, named as {@link WarcPage} documents; a file that cannot be
     * opened gets one unreadable report under its own name, a damaged record one at its offset. Records are
     * read here, in file order; their pages are checked on the workers.
     */
    private void expandWarc(Inputs.Input in, WorkPool pool) {
        try (WarcSplitter pages = WarcSplitter.open(in.file())) {
            for (WarcPage page : pages) {
                String name = page.reportName(in.relativePath());
                if (resumed(name)) {
                    continue;
                }
                String path = page.displayPath(in.displayPath());
                pool.submit(() -> add(report(page.isUnreadable() ? unreadable(path, page.problem())
                        : setup.ingestor().ingest(path, page.payload(), page.targetUri())), name));
            }
            summary.skipped(pages.skipped());
        } catch (IOException | RuntimeException e) {
            if (e instanceof Copydesk.UsageError u) {
                throw u; // a report could not be written: the run stops
            }
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            pool.submit(() -> add(report(unreadable(in.displayPath(), "cannot read the WARC file: " + why)),
                    in.relativePath()));
        }
    }

    private Report report(ExtractedDocument doc) {
        return new Report(ToolVersion.get(), doc, setup.engine().check(doc));
    }

    private static ExtractedDocument unreadable(String path, String why) {
        return ExtractedDocument.unreadable(new SourceIdentity(path, null, null, 0),
                new InputProblem(InputProblem.Kind.UNREADABLE, why));
    }
}
