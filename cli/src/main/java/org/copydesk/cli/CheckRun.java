package org.copydesk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.copydesk.cli.baseline.BaselineFilter;
import org.copydesk.cli.files.ReportNames;
import org.copydesk.cli.output.ReportOutput;
import org.copydesk.cli.run.CorpusStage;
import org.copydesk.cli.run.Progress;
import org.copydesk.cli.run.ResumedReport;
import org.copydesk.cli.run.RunSummary;
import org.copydesk.cli.run.WorkPool;
import org.copydesk.core.Provenance;
import org.copydesk.core.Report;
import org.copydesk.core.Severity;
import org.copydesk.engine.DocumentChecker;
import org.copydesk.ingest.timing.Stage;
import org.copydesk.ingest.timing.StageClock;
import org.copydesk.ingest.warc.WarcSplitter;
import org.copydesk.render.VisibleText;

/**
 * One {@code check} run over its inputs: the walk hands each document to a {@link WorkPool}, whose workers share
 * one {@link DocumentChecker} (thread-safe), and each finished report goes to the
 * baseline, the summary, the per-document writers and the terminal as soon as it is ready. Report names are handed
 * out by the walk, in its fixed order ({@link ReportNames#claim}), so no two documents share one. With
 * {@code --resume}, inputs whose complete JSON report is already under {@code --out}, made from the same content,
 * are counted from it instead of checked. A document whose reports cannot be written is named on stderr and
 * counted ({@link RunSummary#unwritten}); the run goes on. With {@code --timings}, each checked document's stages
 * are timed on its own {@link StageClock}, from the start of its check to its reports written. Each report also
 * goes to the {@link CorpusStage}; once every document is done, the corpus pass compares them and every document
 * it found something about is checked again with what it found and written again, in place of its first reports
 * (or, resumed, of the earlier run's).
 */
final class CheckRun {

    /** The family of the corpus pass's rules. */
    private static final String PROVENANCE = "provenance.";

    /**
     * What the run needs besides its inputs. {@code resumeFrom} is the {@code --out} directory, or null;
     * {@code notes} is standard error, for renamed documents and reports that could not be written;
     * {@code timings} whether each document's stages are timed; {@code corpus} the corpus pass (null: none).
     */
    record Setup(DocumentChecker checker, Severity threshold, BaselineFilter accepted,
            List<ReportOutput> outputs, TerminalSummary terminal, Progress progress, Path resumeFrom,
            PrintWriter notes, String stdinUrl, boolean timings, CorpusStage corpus) {
    }

    private final Setup setup;
    private final RunSummary summary;
    private final ReportNames names = new ReportNames();
    /** At most this many documents the corpus pass gave a finding are shown again on the terminal. */
    static final int SHOWN_AGAIN = 50;
    // for the terminal, the first SHOWN_AGAIN by name, as light copies (no text): a run's memory stays flat
    private final TreeMap<String, Report> provenanceFindings = new TreeMap<>();
    private int provenanceFindingDocuments;
    private SortedMap<String, Provenance> found = Collections.emptySortedMap();
    private final Set<String> failing = new HashSet<>(); // report names with a finding at the threshold
    private final Set<String> resumedCompared = new HashSet<>(); // resumed, with what an earlier pass found
    private final Set<String> resumedNames = new HashSet<>(); // every resumed document

    CheckRun(Setup setup, RunSummary summary) {
        this.setup = setup;
        this.summary = summary;
    }

    RunSummary summary() {
        return summary;
    }

    /** Whether a report had a finding at or above the {@code --fail-on} threshold. */
    synchronized boolean failing() {
        return !failing.isEmpty();
    }

    /** Checks every input on {@code jobs} workers; returns when all reports are written. */
    void run(Iterator<Inputs.Input> inputs, int jobs) {
        try (WorkPool pool = new WorkPool(jobs)) {
            while (inputs.hasNext()) {
                Inputs.Input in = inputs.next();
                summary.input();
                if (in.isWarc()) {
                    expandWarc(in, pool);
                    continue;
                }
                String name = claim(in.relativePath(), in.renamed(), in.displayPath());
                DocumentChecker.SourceMatch same = in.isStdin() ? (sha256, size) -> false
                        : (sha256, size) -> setup.checker().unchanged(in.file(), sha256, size);
                pool.submit(() -> {
                    if (!resumed(name, same)) {
                        StageClock clock = clock();
                        add(check(in, clock), name, clock);
                    }
                });
            }
            pool.await();
        } finally {
            setup.progress().finish();
        }
        if (setup.corpus() != null) {
            compare(jobs);
        }
    }

    /**
     * The corpus pass, once every document is checked: compares the documents' bodies, then checks again, on
     * {@code jobs} workers, each document the pass found something about, with what it found, and rewrites its
     * reports in place of the first ones (summary, entry log and baseline follow the new report).
     */
    private void compare(int jobs) {
        long started = System.nanoTime();
        try {
            found = setup.corpus().compare();
        } catch (IOException | UncheckedIOException e) {
            throw new Copydesk.UsageError("cannot compare the run's documents: " + e.getMessage());
        }
        SortedMap<String, Provenance> amended = new TreeMap<>(found);
        synchronized (this) {
            // a resumed document whose report holds what an earlier pass found is written again, even with nothing
            resumedCompared.forEach(name -> amended.putIfAbsent(name, Provenance.NONE));
        }
        try (WorkPool pool = new WorkPool(jobs)) {
            amended.forEach((name, provenance) -> pool.submit(() -> amend(name, provenance)));
            pool.await();
        }
        summary.corpusPass((System.nanoTime() - started) / 1_000_000, amended.size());
    }

    private void amend(String reportName, Provenance provenance) {
        Report before;
        Optional<ResumedReport> resumed;
        synchronized (this) {
            resumed = resumedNames.contains(reportName)
                    ? ResumedReport.read(setup.resumeFrom().resolve(reportName + ".report.json")) : Optional.empty();
        }
        try {
            before = setup.corpus().kept(reportName);
        } catch (IOException e) { // the scratch file or log damaged under the run: its first reports stand
            summary.unwritten(reportName);
            note(reportName + ": cannot read back its report for the corpus pass: " + e.getMessage());
            return;
        }
        Report checked = setup.checker().report(before.document().withProvenance(provenance));
        Report after;
        synchronized (this) {
            after = setup.accepted().reapply(reportName, before, checked);
            if (setup.threshold() != null && after.hasFindingAtLeast(setup.threshold())) {
                failing.add(reportName);
            } else {
                failing.remove(reportName);
            }
            if (after.activeFindings().stream().anyMatch(f -> f.rule().startsWith(PROVENANCE))) {
                provenanceFindingDocuments++;
                provenanceFindings.put(reportName, TerminalSummary.light(after));
                if (provenanceFindings.size() > SHOWN_AGAIN) {
                    provenanceFindings.pollLastEntry();
                }
            }
        }
        if (resumed.isPresent()) { // counted from its earlier JSON report, not from a check in this run
            summary.amendResumed(reportName, resumed.get(), after);
        } else {
            summary.amend(reportName, before, after);
        }
        String unwritten = write(reportName, after);
        if (unwritten != null) {
            summary.unwritten(reportName);
            note(after.document().source().path() + ": cannot write its reports as " + reportName + ": "
                    + unwritten);
        }
    }

    /** What the corpus pass found, by report name: the documents it found anything about. */
    SortedMap<String, Provenance> found() {
        return found;
    }

    /**
     * The first {@link #SHOWN_AGAIN} documents (by report name) the corpus pass gave an active provenance finding,
     * for the terminal.
     */
    synchronized List<Report> withProvenanceFindings() {
        return List.copyOf(provenanceFindings.values());
    }

    /** How many documents the corpus pass gave an active provenance finding (all, not only those shown). */
    synchronized int provenanceFindingDocuments() {
        return provenanceFindingDocuments;
    }

    /** Writes {@code report} to every per-document output; the last failure's message, or null. */
    private String write(String reportName, Report report) {
        String unwritten = null;
        for (ReportOutput o : setup.outputs()) { // distinct files per document: safe from any worker
            try {
                o.document(reportName, report);
            } catch (IOException | RuntimeException e) {
                unwritten = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            }
        }
        return unwritten;
    }

    /** The name this run gives a document, with a note on stderr when it is not the document's own. */
    private String claim(String name, boolean encoded, String displayPath) {
        String claimed = names.claim(name);
        if (encoded || !claimed.equals(name)) {
            note(displayPath + ": " + (claimed.equals(name) ? "its name cannot be a file name as it is"
                    : "report name " + name + " is taken in this run") + "; its reports are named " + claimed);
        }
        return claimed;
    }

    private void note(String message) {
        setup.progress().print(() -> printNote(message));
    }

    /** A line on stderr about one input; its text may come from a file name, so it is shown escaped. */
    private void printNote(String message) {
        setup.notes().println("copydesk: " + VisibleText.terminal(message));
        setup.notes().flush();
    }

    /**
     * With {@code --resume}, counts the complete report an earlier run left for {@code reportName}, if its
     * recorded source is still the input's content ({@code same}).
     */
    private boolean resumed(String reportName, DocumentChecker.SourceMatch same) {
        if (setup.resumeFrom() == null) {
            return false;
        }
        Optional<ResumedReport> earlier = ResumedReport.read(setup.resumeFrom().resolve(reportName + ".report.json"));
        // SARIF and JUnit need the entry the earlier run logged too; resumeEntry takes it into this run; the
        // corpus pass needs the report it logged (adopted first: a document checked again replaces it)
        if (earlier.isEmpty() || !same.matches(earlier.get().sha256(), earlier.get().size())
                || !adopted(reportName) || !summary.resumeEntry(reportName)) {
            return false;
        }
        ResumedReport r = earlier.get();
        summary.addResumed(reportName, r.path(), r.verdict(), r.findings(), r.confidence());
        synchronized (this) {
            if (setup.threshold() != null && r.findings().stream()
                    .anyMatch(f -> !f.baselined() && f.severity().atLeast(setup.threshold()))) {
                failing.add(reportName);
            }
            resumedNames.add(reportName);
            if (r.compared()) {
                resumedCompared.add(reportName);
            }
        }
        setup.progress().done();
        return true;
    }

    /** Whether the corpus pass takes the earlier run's report of {@code reportName} (always, without a pass). */
    private boolean adopted(String reportName) {
        if (setup.corpus() == null) {
            return true;
        }
        try {
            return setup.corpus().adopt(reportName);
        } catch (IOException e) {
            return false; // a damaged record: the document is checked again
        }
    }

    /** A clock for the next document: running with {@code --timings}, else one that measures nothing. */
    private StageClock clock() {
        return setup.timings() ? StageClock.start() : StageClock.OFF;
    }

    private void add(Report checked, String reportName, StageClock clock) {
        Report report;
        synchronized (this) { // the baseline filter consumes its entries: one report at a time
            report = setup.accepted().apply(reportName, checked);
            if (setup.threshold() != null && report.hasFindingAtLeast(setup.threshold())) {
                failing.add(reportName);
            }
        }
        try {
            summary.add(reportName, report);
        } catch (UncheckedIOException e) { // the entry log SARIF and JUnit are written from
            throw new Copydesk.UsageError(e.getMessage());
        }
        if (setup.corpus() != null) {
            try {
                setup.corpus().add(reportName, report);
            } catch (IOException e) {
                throw new Copydesk.UsageError("cannot keep a report for the corpus pass: " + e.getMessage());
            }
        }
        String unwritten = write(reportName, report);
        if (unwritten != null) {
            summary.unwritten(reportName);
        }
        if (clock.on()) {
            clock.lap(Stage.OUTPUT);
            clock.stop();
            summary.timed(report.document().source().path(), report.document().source().bytes(), clock);
        }
        String why = unwritten;
        setup.progress().done(() -> {
            setup.terminal().document(report);
            if (why != null) {
                printNote(report.document().source().path() + ": cannot write its reports as " + reportName + ": "
                        + why);
            }
        });
    }

    private Report check(Inputs.Input in, StageClock clock) {
        return in.isStdin() ? setup.checker().checkStream("-", System.in, setup.stdinUrl(), clock)
                : setup.checker().checkFile(in.file(), in.displayPath(), clock);
    }

    /**
     * One report per HTML page of a WARC file, as the engine expands it ({@link DocumentChecker#warcDocuments}):
     * records are read here, in file order; their pages are checked on the workers.
     */
    private void expandWarc(Inputs.Input in, WorkPool pool) {
        Iterator<DocumentChecker.WarcDocument> docs = setup.checker().warcDocuments(
                () -> WarcSplitter.open(in.file()), in.relativePath(), in.displayPath(), summary::skipped);
        if (in.renamed()) {
            note(in.displayPath() + ": its name cannot be a file name as it is; its reports are named after "
                    + in.relativePath());
        }
        while (docs.hasNext()) {
            DocumentChecker.WarcDocument d = docs.next();
            String name = claim(d.reportName(), false, in.displayPath());
            pool.submit(() -> {
                if (!resumed(name, d.unchanged())) {
                    StageClock clock = clock();
                    add(d.timedCheck().apply(clock), name, clock);
                }
            });
        }
    }
}
