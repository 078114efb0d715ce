package org.copydesk.core;

import com.google.common.collect.ImmutableList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** The provenance report on one document: what was read, what was extracted and removed, and what is wrong. */
public record Report(String toolVersion, ExtractedDocument document, List<Finding> findings) {

    public static final String SCHEMA = "copydesk/report/v1";

    private static final Comparator<Finding> ORDER = Comparator.comparingInt((Finding f) -> f.span().start())
            .thenComparing(Finding::rule).thenComparingInt(f -> f.span().end()).thenComparing(Finding::message);

    public Report {
        Objects.requireNonNull(toolVersion, "toolVersion");
        Objects.requireNonNull(document, "document");
        findings = ImmutableList.sortedCopyOf(ORDER, findings);
    }

    public Verdict verdict() {
        return Verdict.of(findings);
    }

    /** Whether any finding is at least as serious as {@code threshold}. */
    public boolean hasFindingAtLeast(Severity threshold) {
        return findings.stream().anyMatch(f -> f.severity().atLeast(threshold));
    }
}
