package org.copydesk.core;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The provenance report on one document: what was read, what was extracted and removed, and what is wrong.
 * Findings accepted in a baseline stay in {@link #findings()} (nothing is hidden from the report) but are
 * marked in {@link #baselined()} and do not count towards the verdict.
 *
 * @param baselined indices into {@link #findings()} of the findings a baseline accepts
 */
public record Report(String toolVersion, ExtractedDocument document, List<Finding> findings, Set<Integer> baselined)
        implements Serializable {

    public static final String SCHEMA = "copydesk/report/v1";

    private static final Comparator<Finding> ORDER = Comparator.comparingInt((Finding f) -> f.span().start())
            .thenComparing(Finding::rule).thenComparingInt(f -> f.span().end()).thenComparing(Finding::message);

    public Report {
        Objects.requireNonNull(toolVersion, "toolVersion");
        Objects.requireNonNull(document, "document");
        List<Finding> sorted = ImmutableList.sortedCopyOf(ORDER, findings);
        if (!sorted.equals(findings) && !baselined.isEmpty()) {
            throw new IllegalArgumentException("baselined indices need findings in report order");
        }
        findings = sorted;
        baselined = ImmutableSortedSet.copyOf(baselined);
        for (int i : baselined) {
            Objects.checkIndex(i, findings.size());
        }
    }

    /** A report with no baselined finding. */
    public Report(String toolVersion, ExtractedDocument document, List<Finding> findings) {
        this(toolVersion, document, findings, Set.of());
    }

    /** This report with the findings at {@code indices} (into {@link #findings()}) marked as baselined. */
    public Report withBaselined(Set<Integer> indices) {
        return new Report(toolVersion, document, findings, indices);
    }

    public boolean isBaselined(int index) {
        return baselined.contains(index);
    }

    /** The findings a baseline does not accept: the ones the verdict and exit code consider. */
    public List<Finding> activeFindings() {
        return IntStream.range(0, findings.size()).filter(i -> !baselined.contains(i)).mapToObj(findings::get)
                .collect(ImmutableList.toImmutableList());
    }

    /** Fail on any active error, else warn on any active warning, else pass. */
    public Verdict verdict() {
        return Verdict.of(activeFindings());
    }

    /** Whether any active finding is at least as serious as {@code threshold}. */
    public boolean hasFindingAtLeast(Severity threshold) {
        return activeFindings().stream().anyMatch(f -> f.severity().atLeast(threshold));
    }
}
