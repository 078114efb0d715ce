package org.copydesk.cli.output;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.copydesk.core.Finding;
import org.copydesk.core.InputProblem;
import org.copydesk.core.Report;
import org.copydesk.core.Verdict;

/**
 * The run as a whole, gathered as reports finish: documents by verdict, findings by rule, unreadable inputs,
 * skipped container records, timings, and with {@code --baseline} the new, baselined and stale counts. Run-level writers read it at the end.
 */
public final class RunSummary {

    /** One document as the run-level formats need it: its report and where its files are. */
    public record Entry(String reportName, Report report) {
    }

    private final List<Entry> entries = new java.util.ArrayList<>();
    private final Map<Verdict, Integer> verdicts = new LinkedHashMap<>();
    private final Map<String, Integer> findingsByRule = new TreeMap<>();
    private final Map<String, Integer> activeFindingsByRule = new TreeMap<>();
    private boolean baselineApplied;
    private int baselinedFindings;
    private int staleBaselineEntries;
    private int unreadable;
    private int skippedRecords;
    private long elapsedMillis;

    public RunSummary() {
        for (Verdict v : Verdict.values()) {
            verdicts.put(v, 0);
        }
    }

    public void add(String reportName, Report report) {
        entries.add(new Entry(reportName, report));
        verdicts.merge(report.verdict(), 1, Integer::sum);
        for (Finding f : report.findings()) {
            findingsByRule.merge(f.rule(), 1, Integer::sum);
        }
        for (Finding f : report.activeFindings()) {
            activeFindingsByRule.merge(f.rule(), 1, Integer::sum);
        }
        baselinedFindings += report.baselined().size();
        if (report.document().hasProblem(InputProblem.Kind.UNREADABLE)) {
            unreadable++;
        }
    }

    public void skipped(int records) {
        skippedRecords += records;
    }

    /**
     * Records that the run was checked against a {@code --baseline} and how many of its entries (occurrences) no
     * document showed any more. Set before the run-level writers finish.
     */
    public void baseline(int staleEntries) {
        baselineApplied = true;
        staleBaselineEntries = staleEntries;
    }

    /** Whether a {@code --baseline} was applied; the three counts below are meaningful only then. */
    public boolean baselineApplied() {
        return baselineApplied;
    }

    /** Findings not in the baseline: the ones the verdicts and the exit code consider. */
    public int newFindings() {
        return activeFindingsByRule.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Findings the baseline accepted: still in the reports (marked {@code "baselined": true}), out of the verdicts. */
    public int baselinedFindings() {
        return baselinedFindings;
    }

    /** Baseline entry occurrences that no document of the run showed (fixed, or the text changed). */
    public int staleBaselineEntries() {
        return staleBaselineEntries;
    }

    /** Findings by rule id, baselined ones left out; the same as {@link #findingsByRule()} without a baseline. */
    public Map<String, Integer> activeFindingsByRule() {
        return new TreeMap<>(activeFindingsByRule);
    }

    public void elapsed(long millis) {
        elapsedMillis = millis;
    }

    /** Every document of the run, in the order they were checked. */
    public List<Entry> entries() {
        return List.copyOf(entries);
    }

    public int documents() {
        return entries.size();
    }

    public Map<Verdict, Integer> verdicts() {
        return Map.copyOf(verdicts);
    }

    public Map<String, Integer> findingsByRule() {
        return new TreeMap<>(findingsByRule);
    }

    public int unreadable() {
        return unreadable;
    }

    public int skippedRecords() {
        return skippedRecords;
    }

    public long elapsedMillis() {
        return elapsedMillis;
    }
}
