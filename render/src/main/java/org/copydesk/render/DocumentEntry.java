package org.copydesk.render;

import java.util.List;
import org.copydesk.core.Finding;
import org.copydesk.core.Report;
import org.copydesk.core.Severity;
import org.copydesk.core.SourceIdentity;
import org.copydesk.core.Verdict;

/**
 * One checked document as the run-level formats (SARIF, JUnit) need it once its report is gone: its names, its
 * source identity and its findings already located, so that a run of many documents keeps no text in memory.
 *
 * @param reportName the document's report name (its files are {@code DIR/<reportName>.<suffix>})
 * @param uri        the document's path as a SARIF artifact URI
 */
public record DocumentEntry(String reportName, SourceIdentity source, String uri, Verdict verdict, List<Hit> hits) {

    public DocumentEntry {
        hits = List.copyOf(hits);
    }

    /**
     * One finding, located: {@code startLine} 0 means the whole document (no region); {@code snippet} is the
     * evidence when short enough to repeat, else {@code null}; {@code fingerprint} is SARIF's partial fingerprint;
     * {@code confidence}, {@code basis} and {@code gradedFrom} are the finding's own (see {@link Finding}).
     */
    public record Hit(String rule, Severity severity, String message, int line, int column, int startLine,
            int startColumn, int endLine, int endColumn, String snippet, String fingerprint, boolean baselined,
            Double confidence, List<String> basis, Severity gradedFrom) {

        public Hit {
            basis = List.copyOf(basis);
        }

        /** A hit of a finding that relies on no estimated field. */
        public Hit(String rule, Severity severity, String message, int line, int column, int startLine,
                int startColumn, int endLine, int endColumn, String snippet, String fingerprint, boolean baselined) {
            this(rule, severity, message, line, column, startLine, startColumn, endLine, endColumn, snippet,
                    fingerprint, baselined, null, List.of(), null);
        }
    }

    /** The entry of {@code report}, reported as {@code reportName}. */
    public static DocumentEntry of(String reportName, Report report) {
        SourceIdentity source = report.document().source();
        String uri = SarifArtifactUri.of(source.path());
        return new DocumentEntry(reportName, source, uri, report.verdict(), SarifResults.hits(report, uri));
    }

    /** The findings no baseline accepted, in report order. */
    public List<Hit> activeHits() {
        return hits.stream().filter(h -> !h.baselined()).toList();
    }
}
