package org.copydesk.cli.baseline;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.copydesk.core.Finding;
import org.copydesk.core.Report;

/**
 * Applies a {@link Baseline} to one run: marks each finding the baseline accepts, counts the rest as new, and at
 * the end names the stale entries, accepted findings no document showed any more. One per run, used from one
 * thread; also records every finding of the run for {@code --write-baseline}.
 */
public final class BaselineFilter {

    private final Baseline baseline;
    private final Map<String, Integer> remaining = new HashMap<>();
    private final Map<String, List<Fingerprint>> seen = new HashMap<>(); // by report name
    private int accepted;
    private int fresh;

    private final boolean recording;

    /** A filter for {@code baseline}; {@code null} accepts nothing and only records fingerprints. */
    public BaselineFilter(Baseline baseline) {
        this(baseline, true);
    }

    /**
     * A filter for {@code baseline} ({@code null}: accepts nothing) that keeps every finding's fingerprint for
     * {@link #recorded()} only when {@code recording}: a run that writes no baseline must not grow with its
     * findings.
     */
    public BaselineFilter(Baseline baseline, boolean recording) {
        this.baseline = baseline;
        this.recording = recording;
        if (baseline != null) {
            baseline.entries().forEach(e -> remaining.merge(e.fingerprint(), e.count(), Integer::sum));
        }
    }

    /** Whether a baseline is applied (not only recorded). */
    public boolean active() {
        return baseline != null;
    }

    /** {@code report} with the findings the baseline accepts marked; the first ones in report order win. */
    public Report apply(String reportName, Report report) {
        if (baseline == null && !recording) {
            return report;
        }
        String text = report.document().text();
        Set<Integer> marked = new LinkedHashSet<>();
        List<Finding> findings = report.findings();
        List<Fingerprint> prints = new ArrayList<>(findings.size());
        if (recording) {
            seen.put(reportName, prints);
        }
        for (int i = 0; i < findings.size(); i++) {
            Fingerprint f = Fingerprint.of(reportName, text, findings.get(i));
            prints.add(f);
            Integer left = remaining.get(f.hash());
            if (left != null && left > 0) {
                remaining.put(f.hash(), left - 1);
                marked.add(i);
            }
        }
        if (baseline == null) {
            return report;
        }
        accepted += marked.size();
        fresh += findings.size() - marked.size();
        return marked.isEmpty() ? report : report.withBaselined(marked);
    }

    /**
     * {@code after}, a new report on the document {@code before} was {@linkplain #apply applied} to (the run's
     * corpus pass added to its findings), with the baseline applied in place of {@code before}: the entries
     * {@code before} used up are given back first, so that each finding is matched once.
     */
    public Report reapply(String reportName, Report before, Report after) {
        if (baseline == null && !recording) {
            return after;
        }
        if (baseline != null) {
            String text = before.document().text();
            for (int i : before.baselined()) {
                remaining.merge(Fingerprint.of(reportName, text, before.findings().get(i)).hash(), 1,
                        Integer::sum);
            }
            accepted -= before.baselined().size();
            fresh -= before.findings().size() - before.baselined().size();
        }
        return apply(reportName, after);
    }

    /** Findings the baseline accepted so far. */
    public int baselined() {
        return accepted;
    }

    /** Findings not in the baseline so far. */
    public int newFindings() {
        return fresh;
    }

    /** Baseline entries (one per missing occurrence) that no document of the run showed. */
    public List<Baseline.Entry> stale() {
        if (baseline == null) {
            return List.of();
        }
        ImmutableList.Builder<Baseline.Entry> out = ImmutableList.builder();
        for (Baseline.Entry e : baseline.entries()) {
            int left = remaining.getOrDefault(e.fingerprint(), 0);
            if (left > 0) {
                out.add(new Baseline.Entry(e.document(), e.rule(), e.fingerprint(), e.evidence(), left));
            }
        }
        return out.build();
    }

    /** The baseline of everything this run found, for {@code --write-baseline}. */
    public Baseline recorded() {
        return Baseline.of(seen.values().stream().flatMap(List::stream).toList());
    }
}
