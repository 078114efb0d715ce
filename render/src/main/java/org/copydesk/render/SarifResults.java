package org.copydesk.render;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.copydesk.core.Finding;
import org.copydesk.core.Hashes;
import org.copydesk.core.LineIndex;
import org.copydesk.core.Report;
import org.copydesk.core.Severity;

/**
 * One document's findings as SARIF {@code result} objects: level, message, a location with a region computed from
 * the finding's offsets into the extracted text (whole-document findings point at line 1), a
 * {@code copydesk/v1} partial fingerprint that survives lines moving, and for a finding that relies on extracted
 * fields its {@code rank} (the lowest of their confidences, times 100) and {@code properties} ({@code confidence},
 * {@code basis}, and {@code gradedFrom} when a low confidence graded it down).
 */
public final class SarifResults {

    /** The partial fingerprint's name; bump the version when what it hashes changes. */
    static final String FINGERPRINT = "copydesk/v1";

    /** Evidence longer than this is not repeated as a snippet. */
    private static final int MAX_SNIPPET = 500;

    private SarifResults() {
    }

    /** The findings of {@code report} located in its text, with their fingerprints, in report order. */
    static List<DocumentEntry.Hit> hits(Report report, String uri) {
        String text = report.document().text();
        LineIndex lines = report.document().lineIndex();
        Map<String, Integer> seen = new HashMap<>(); // only counted, never iterated
        List<DocumentEntry.Hit> hits = new ArrayList<>(report.findings().size());
        for (int i = 0; i < report.findings().size(); i++) {
            Finding f = report.findings().get(i);
            String evidence = evidence(text, f);
            int occurrence = seen.merge(f.rule() + '\u0000' + normalise(evidence), 1, Integer::sum);
            String fingerprint = fingerprint(f.rule(), uri, evidence, occurrence);
            boolean baselined = report.isBaselined(i);
            if (f.span().length() == 0 && f.span().start() == 0) { // a finding about the whole document
                hits.add(new DocumentEntry.Hit(f.rule(), f.severity(), f.message(), f.line(), f.column(), 0, 0, 0, 0,
                        null, fingerprint, baselined, f.confidence(), f.basis(), f.gradedFrom()));
                continue;
            }
            LineIndex.Position start = lines.position(f.span().start());
            LineIndex.Position end = lines.position(f.span().end());
            String snippet = !evidence.isEmpty() && evidence.length() <= MAX_SNIPPET ? evidence : null;
            hits.add(new DocumentEntry.Hit(f.rule(), f.severity(), f.message(), f.line(), f.column(), start.line(),
                    start.column(), end.line(), end.column(), snippet, fingerprint, baselined, f.confidence(), f.basis(),
                    f.gradedFrom()));
        }
        return hits;
    }

    /** One hit as a SARIF {@code result}; {@code ruleIndex} may be {@code null} for a rule not in the catalog. */
    static ObjectNode result(DocumentEntry.Hit h, String uri, Integer ruleIndex) {
        ObjectNode r = JsonNodeFactory.instance.objectNode();
        r.put("ruleId", h.rule());
        if (ruleIndex != null) {
            r.put("ruleIndex", ruleIndex);
        }
        r.put("kind", "fail");
        r.put("level", level(h.severity()));
        r.putObject("message").put("text", h.message());
        ObjectNode physical = r.putArray("locations").addObject().putObject("physicalLocation");
        physical.putObject("artifactLocation").put("uri", uri);
        physical.set("region", region(h));
        r.putObject("partialFingerprints").put(FINGERPRINT, h.fingerprint());
        if (h.confidence() != null) {
            // SARIF's rank (0 to 100): how sure the finding is, from the confidence of the fields it relies on
            r.put("rank", Math.round(h.confidence() * 1000) / 10.0);
        }
        if (!h.basis().isEmpty()) {
            ObjectNode properties = r.putObject("properties");
            properties.put("confidence", h.confidence());
            h.basis().forEach(properties.putArray("basis")::add);
            if (h.gradedFrom() != null) {
                properties.put("gradedFrom", h.gradedFrom().id());
            }
        }
        if (h.baselined()) { // accepted in --baseline: kept, marked, not for the gate
            r.put("baselineState", "unchanged");
            r.putArray("suppressions").addObject().put("kind", "external")
                    .put("justification", "accepted in the baseline");
        }
        return r;
    }

    public static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /**
     * A hash of the rule, the document and the normalised evidence (with its occurrence number among equal
     * evidence of the same rule), never of line numbers: inserting or removing lines elsewhere keeps it.
     */
    static String fingerprint(String rule, String uri, String evidence, int occurrence) {
        String material = rule + '\u0000' + uri + '\u0000' + normalise(evidence) + '\u0000' + occurrence;
        return Hashes.sha256(material.getBytes(StandardCharsets.UTF_8));
    }

    /** NFC, whitespace runs collapsed to one space, trimmed: reflowing a paragraph keeps the fingerprint. */
    static String normalise(String evidence) {
        return Normalizer.normalize(evidence, Normalizer.Form.NFC).replaceAll("\\s+", " ").strip();
    }

    private static String evidence(String text, Finding f) {
        int end = Math.min(f.span().end(), text.length());
        return f.span().start() >= end ? "" : text.substring(f.span().start(), end);
    }

    private static ObjectNode region(DocumentEntry.Hit h) {
        ObjectNode region = JsonNodeFactory.instance.objectNode();
        if (h.startLine() == 0) {
            region.put("startLine", 1); // a finding about the whole document
            return region;
        }
        region.put("startLine", h.startLine());
        region.put("startColumn", h.startColumn());
        region.put("endLine", h.endLine());
        region.put("endColumn", h.endColumn()); // SARIF's end column is exclusive, as the span's end is
        if (h.snippet() != null) {
            region.putObject("snippet").put("text", h.snippet());
        }
        return region;
    }
}
