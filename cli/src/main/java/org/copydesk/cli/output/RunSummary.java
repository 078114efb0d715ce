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
 * skipped container records and timings. Run-level writers read it at the end.
 */
public final class RunSummary {

    /** One document as the run-level formats need it: its report and where its files are. */
    public record Entry(String reportName, Report report) {
    }

    private final List<Entry> entries = new java.util.ArrayList<>();
    private final Map<Verdict, Integer> verdicts = new LinkedHashMap<>();
    private final Map<String, Integer> findingsByRule = new TreeMap<>();
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
        if (report.document().hasProblem(InputProblem.Kind.UNREADABLE)) {
            unreadable++;
        }
    }

    public void skipped(int records) {
        skippedRecords += records;
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
