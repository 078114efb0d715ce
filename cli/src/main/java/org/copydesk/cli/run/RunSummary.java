package org.copydesk.cli.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.copydesk.core.Finding;
import org.copydesk.core.InputProblem;
import org.copydesk.core.Provenance;
import org.copydesk.core.Report;
import org.copydesk.core.Severity;
import org.copydesk.core.Verdict;
import org.copydesk.ingest.timing.StageClock;
import org.copydesk.render.ConfidenceTally;
import org.copydesk.render.DocumentEntry;
import org.copydesk.rules.Profile;
import org.copydesk.rules.RuleSettings;

/**
 * The run as a whole, gathered as reports finish (from any worker thread: every method is synchronized): inputs,
 * documents by verdict, findings by rule and severity, unreadable inputs, resumed reports, skipped container
 * records, timings (with {@code --timings}, per stage and the slowest documents), each field's confidence and the documents with a field the profile relies on below the
 * minimum, and with {@code --baseline} the new, baselined and stale counts. Run-level writers read it at
 * the end. It keeps counts, and a compact {@link DocumentEntry} per document only when a run-level format needs
 * one; those go to a log file in the output directory ({@link EntrySpill}), so that a run's memory grows neither
 * with its documents' text nor with their findings, and a {@code --resume} run can list the documents it did not
 * check again. {@link #close} closes that file.
 */
public final class RunSummary implements AutoCloseable {

    /** The entry log's name in the output directory (a dot name: input walks skip it). */
    public static final String ENTRY_LOG = ".copydesk-entries";

    /** A finding of a report resumed from an earlier run, as its JSON file gives it. */
    public record Tallied(String rule, Severity severity, boolean baselined) {
    }

    /** At most this many low-confidence documents are listed by name (the first by report name); all are counted. */
    public static final int LISTED_LOW_CONFIDENCE = 1000;

    /** A document with a field the profile relies on below the minimum confidence, and those fields. */
    public record LowConfidence(String document, Map<String, Double> fields) {
    }

    private final EntrySpill entries; // null when no run-level format needs entries
    private final ConfidenceTally confidence;
    private final TreeMap<String, LowConfidence> lowConfidence = new TreeMap<>(); // by report name, bounded
    private final Map<Verdict, Integer> verdicts = new LinkedHashMap<>();
    private final Map<String, Integer> findingsByRule = new TreeMap<>();
    private final Map<String, Integer> activeFindingsByRule = new TreeMap<>();
    private final Map<Severity, Integer> activeBySeverity = new EnumMap<>(Severity.class);
    private boolean baselineApplied;
    private int documents;
    private int inputs;
    private int resumed;
    private int baselinedFindings;
    private int staleBaselineEntries;
    private int unreadable;
    private int unwritten;
    private final Set<String> unwrittenNames = new HashSet<>(); // only those that failed: few
    private int skippedRecords;
    private long elapsedMillis;
    private long corpusPassMillis;
    private int corpusPassRewritten;
    private TimingTally timings; // null unless the run times its stages
    private Provenances provenance = new Provenances(0, 0, 0, 0, 0);
    private Map<String, CorpusStage.SiteCounts> provenanceBySite = new LinkedHashMap<>();

    /**
     * What the run's corpus pass found: documents compared, documents related to another, stories of two
     * documents or more, uncredited copies, changed quotes.
     */
    public record Provenances(int compared, int related, int clusters, int uncreditedCopies, int alteredQuotes) {
    }

    /** A summary of counts only, for runs without SARIF or JUnit, judging confidence as the default profile does. */
    public RunSummary() {
        this(null, defaultConfidence());
    }

    /** A summary of counts only, judging each document's confidence with {@code confidence}. */
    public RunSummary(ConfidenceTally confidence) {
        this(null, confidence);
    }

    private RunSummary(EntrySpill entries, ConfidenceTally confidence) {
        this.entries = entries;
        this.confidence = confidence;
        for (Verdict v : Verdict.values()) {
            verdicts.put(v, 0);
        }
    }

    /**
     * A summary that keeps a {@link DocumentEntry} per document, for SARIF and JUnit, in the log file {@code log}
     * ({@link #ENTRY_LOG} in the output directory). With {@code resume}, the entries an earlier run logged there
     * are kept for {@link #resumeEntry}; without, the log starts empty.
     */
    public static RunSummary withEntryLog(Path log, boolean resume) throws IOException {
        return withEntryLog(log, resume, defaultConfidence());
    }

    /** {@link #withEntryLog(Path, boolean)}, judging each document's confidence with {@code confidence}. */
    public static RunSummary withEntryLog(Path log, boolean resume, ConfidenceTally confidence) throws IOException {
        return new RunSummary(EntrySpill.log(log, resume), confidence);
    }

    private static ConfidenceTally defaultConfidence() {
        return new ConfidenceTally(Profile.defaultProfile().reliesOn(), RuleSettings.DEFAULT_MIN_CONFIDENCE);
    }

    /** One checked document's report (after any baseline was applied). */
    public synchronized void add(String reportName, Report report) {
        if (entries != null) {
            keep(DocumentEntry.of(reportName, report));
        }
        documents++;
        verdicts.merge(report.verdict(), 1, Integer::sum);
        for (int i = 0; i < report.findings().size(); i++) {
            Finding f = report.findings().get(i);
            count(new Tallied(f.rule(), f.severity(), report.isBaselined(i)));
        }
        if (report.document().hasProblem(InputProblem.Kind.UNREADABLE)) {
            unreadable++;
        }
        low(reportName, report.document().source().path(), confidence.add(report.document().confidence()));
    }

    private void low(String reportName, String path, Map<String, Double> fields) {
        if (fields.isEmpty()) {
            return;
        }
        lowConfidence.put(reportName, new LowConfidence(path, Map.copyOf(fields)));
        if (lowConfidence.size() > LISTED_LOW_CONFIDENCE) {
            lowConfidence.pollLastEntry(); // keep the first by name, whatever order workers finish in
        }
    }

    private void keep(DocumentEntry entry) {
        try {
            entries.add(entry);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot add to the run's entry log: " + e.getMessage(), e);
        }
    }

    /**
     * A checked document's report as the run's corpus pass changed it ({@code after}, with the baseline applied)
     * in place of the one {@link #add}ed before ({@code before}): verdicts, findings and its entry follow the new
     * one; what the pass cannot change (confidence, readability) stays counted once.
     */
    public synchronized void amend(String reportName, Report before, Report after) {
        if (entries != null) {
            keep(DocumentEntry.of(reportName, after));
        }
        verdicts.merge(before.verdict(), -1, Integer::sum);
        verdicts.merge(after.verdict(), 1, Integer::sum);
        for (int i = 0; i < before.findings().size(); i++) {
            Finding f = before.findings().get(i);
            uncount(new Tallied(f.rule(), f.severity(), before.isBaselined(i)));
        }
        for (int i = 0; i < after.findings().size(); i++) {
            Finding f = after.findings().get(i);
            count(new Tallied(f.rule(), f.severity(), after.isBaselined(i)));
        }
    }

    /**
     * As {@link #amend}, for a document resumed from its earlier JSON report ({@code before}, as it was counted):
     * the corpus pass of this run changed what that report said.
     */
    public synchronized void amendResumed(String reportName, ResumedReport before, Report after) {
        if (entries != null) {
            keep(DocumentEntry.of(reportName, after));
        }
        verdicts.merge(before.verdict(), -1, Integer::sum);
        verdicts.merge(after.verdict(), 1, Integer::sum);
        before.findings().forEach(this::uncount);
        for (int i = 0; i < after.findings().size(); i++) {
            Finding f = after.findings().get(i);
            count(new Tallied(f.rule(), f.severity(), after.isBaselined(i)));
        }
    }

    private void uncount(Tallied f) {
        findingsByRule.merge(f.rule(), -1, Integer::sum);
        findingsByRule.remove(f.rule(), 0);
        if (f.baselined()) {
            baselinedFindings--;
        } else {
            activeFindingsByRule.merge(f.rule(), -1, Integer::sum);
            activeFindingsByRule.remove(f.rule(), 0);
            activeBySeverity.merge(f.severity(), -1, Integer::sum);
        }
    }

    /**
     * Whether the document {@code reportName}, whose complete report an earlier run left, can be resumed as far as
     * the run-level files go: always when no entries are kept, else when the earlier run logged its entry (which
     * this run then lists as its own). False means it must be checked again.
     */
    public synchronized boolean resumeEntry(String reportName) {
        return entries == null || entries.adopt(reportName);
    }

    /**
     * A document whose complete report an earlier run left ({@code --resume}): counted, not checked again;
     * {@code confidence} is its report's (field to probability, unestimated fields absent or null).
     */
    public synchronized void addResumed(String reportName, String path, Verdict verdict, List<Tallied> findings,
            Map<String, Double> confidence) {
        documents++;
        resumed++;
        verdicts.merge(verdict, 1, Integer::sum);
        findings.forEach(this::count);
        low(reportName, path, this.confidence.add(confidence));
    }

    private void count(Tallied f) {
        findingsByRule.merge(f.rule(), 1, Integer::sum);
        if (f.baselined()) {
            baselinedFindings++;
        } else {
            activeFindingsByRule.merge(f.rule(), 1, Integer::sum);
            activeBySeverity.merge(f.severity(), 1, Integer::sum);
        }
    }

    /** One input named on the command line or found in a directory (a WARC file is one input). */
    public synchronized void input() {
        inputs++;
    }

    /**
     * A document whose reports could not all be written (its name is on stderr); the run went on. A document the
     * corpus pass rewrote counts once, however often its writing failed.
     */
    public synchronized void unwritten(String reportName) {
        if (unwrittenNames.add(reportName)) {
            unwritten++;
        }
    }

    /** Documents whose reports could not all be written. */
    public synchronized int unwrittenDocuments() {
        return unwritten;
    }

    public synchronized void skipped(int records) {
        skippedRecords += records;
    }

    /**
     * Records that the run was checked against a {@code --baseline} and how many of its entries (occurrences) no
     * document showed any more. Set before the run-level writers finish.
     */
    public synchronized void baseline(int staleEntries) {
        baselineApplied = true;
        staleBaselineEntries = staleEntries;
    }

    /** Whether a {@code --baseline} was applied; the three counts below are meaningful only then. */
    public synchronized boolean baselineApplied() {
        return baselineApplied;
    }

    /** Findings not in the baseline: the ones the verdicts and the exit code consider. */
    public synchronized int newFindings() {
        return activeFindingsByRule.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Findings the baseline accepted: still in the reports (marked {@code "baselined": true}), out of the verdicts. */
    public synchronized int baselinedFindings() {
        return baselinedFindings;
    }

    /** Baseline entry occurrences that no document of the run showed (fixed, or the text changed). */
    public synchronized int staleBaselineEntries() {
        return staleBaselineEntries;
    }

    /** Findings by rule id, baselined ones left out; the same as {@link #findingsByRule()} without a baseline. */
    public synchronized Map<String, Integer> activeFindingsByRule() {
        return new TreeMap<>(activeFindingsByRule);
    }

    /** Findings not in the baseline by severity (every severity present, zero when none). */
    public synchronized Map<Severity, Integer> activeFindingsBySeverity() {
        Map<Severity, Integer> out = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            out.put(s, activeBySeverity.getOrDefault(s, 0));
        }
        return out;
    }

    /** What the corpus pass found per site (a {@code null} key: pages whose site is not known). */
    public synchronized void provenanceBySite(Map<String, CorpusStage.SiteCounts> bySite) {
        provenanceBySite = new LinkedHashMap<>(bySite);
    }

    public synchronized Map<String, CorpusStage.SiteCounts> provenanceBySite() {
        return Collections.unmodifiableMap(provenanceBySite);
    }

    /** Records what the corpus pass found: {@code compared} documents, {@code clusters} stories, and per document. */
    public synchronized void provenance(int compared, int clusters, Collection<Provenance> found) {
        int related = 0;
        int uncredited = 0;
        int altered = 0;
        for (Provenance p : found) {
            related += p.related().isEmpty() ? 0 : 1;
            uncredited += p.uncredited() == null ? 0 : 1;
            altered += p.altered().size();
        }
        provenance = new Provenances(compared, related, clusters, uncredited, altered);
    }

    public synchronized Provenances provenance() {
        return provenance;
    }

    /** The corpus pass's time: comparing the documents, then rewriting the {@code rewritten} it found about. */
    public synchronized void corpusPass(long millis, int rewritten) {
        corpusPassMillis = millis;
        corpusPassRewritten = rewritten;
    }

    public synchronized long corpusPassMillis() {
        return corpusPassMillis;
    }

    /** Reports the corpus pass wrote again (found something about, or resumed with what an earlier pass found). */
    public synchronized int corpusPassRewritten() {
        return corpusPassRewritten;
    }

    /** Makes the run keep each checked document's stage times ({@code --timings}); call before the first. */
    public synchronized void timeStages() {
        timings = new TimingTally();
    }

    /** Whether the run keeps stage times. */
    public synchronized boolean timesStages() {
        return timings != null;
    }

    /**
     * One checked document's stopped {@code clock}, with its path and size; ignored unless {@link #timeStages}
     * was called.
     */
    public synchronized void timed(String path, long bytes, StageClock clock) {
        if (timings != null) {
            timings.add(path, bytes, clock);
        }
    }

    /** The run's stage times; null unless {@link #timeStages} was called. */
    public synchronized TimingTally timings() {
        return timings;
    }

    public synchronized void elapsed(long millis) {
        elapsedMillis = millis;
    }

    /**
     * Every document of this run (resumed ones with the entry an earlier run logged), sorted by report name and
     * path so that run-level files do not depend on the order workers finished in; empty unless entries were kept.
     * Each iteration reads the entries back from their log, one at a time (a failed read throws
     * {@link UncheckedIOException}); call it once the run's documents are all added.
     */
    public synchronized Iterable<DocumentEntry> entries() {
        return entries == null ? List.of() : entries.sorted();
    }

    /** Closes the entry log (kept on disk for a later {@code --resume}); the summary keeps its counts. */
    @Override
    public synchronized void close() throws IOException {
        if (entries != null) {
            entries.close();
        }
    }

    /** Documents reported, resumed ones included. */
    public synchronized int documents() {
        return documents;
    }

    /** Inputs the run went through: files and WARC files found, standard input, resumed ones included. */
    public synchronized int inputs() {
        return inputs;
    }

    /** Documents whose reports an earlier run had written completely ({@code --resume}). */
    public synchronized int resumed() {
        return resumed;
    }

    public synchronized Map<Verdict, Integer> verdicts() {
        return Map.copyOf(verdicts);
    }

    public synchronized Map<String, Integer> findingsByRule() {
        return new TreeMap<>(findingsByRule);
    }

    public synchronized int unreadable() {
        return unreadable;
    }

    public synchronized int skippedRecords() {
        return skippedRecords;
    }

    /** The run's confidence figures (see {@link ConfidenceTally#json}). */
    public synchronized ConfidenceTally confidence() {
        return confidence;
    }

    /**
     * The documents with a field the profile relies on below the minimum, with those fields, by report name: the
     * first {@link #LISTED_LOW_CONFIDENCE} of them ({@link ConfidenceTally#lowDocuments()} counts them all).
     */
    public synchronized List<LowConfidence> lowConfidence() {
        return List.copyOf(lowConfidence.values());
    }

    public synchronized long elapsedMillis() {
        return elapsedMillis;
    }
}
