package org.copydesk.cli.output;

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
 * the finding's offsets into the extracted text (whole-document findings point at line 1), and a
 * {@code copydesk/v1} partial fingerprint that survives lines moving.
 */
final class SarifResults {

    /** The partial fingerprint's name; bump the version when what it hashes changes. */
    static final String FINGERPRINT = "copydesk/v1";

    /** Evidence longer than this is not repeated as a snippet. */
    private static final int MAX_SNIPPET = 500;

    private SarifResults() {
    }

    static List<ObjectNode> of(Report report, String uri, Map<String, Integer> ruleIndex) {
        String text = report.document().text();
        LineIndex lines = report.document().lineIndex();
        Map<String, Integer> seen = new HashMap<>(); // only counted, never iterated
        List<ObjectNode> results = new ArrayList<>(report.findings().size());
        for (int i = 0; i < report.findings().size(); i++) {
            Finding f = report.findings().get(i);
            ObjectNode r = JsonNodeFactory.instance.objectNode();
            r.put("ruleId", f.rule());
            Integer index = ruleIndex.get(f.rule());
            if (index != null) {
                r.put("ruleIndex", index);
            }
            r.put("kind", "fail");
            r.put("level", level(f.severity()));
            r.putObject("message").put("text", f.message());
            ObjectNode physical = r.putArray("locations").addObject().putObject("physicalLocation");
            physical.putObject("artifactLocation").put("uri", uri);
            String evidence = evidence(text, f);
            physical.set("region", region(f, lines, evidence));
            String key = f.rule() + '\u0000' + normalise(evidence);
            int occurrence = seen.merge(key, 1, Integer::sum);
            r.putObject("partialFingerprints").put(FINGERPRINT, fingerprint(f.rule(), uri, evidence, occurrence));
            if (report.isBaselined(i)) { // accepted in --baseline: kept, marked, not for the gate
                r.put("baselineState", "unchanged");
                r.putArray("suppressions").addObject().put("kind", "external")
                        .put("justification", "accepted in the baseline");
            }
            results.add(r);
        }
        return results;
    }

    static String level(Severity s) {
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

    private static ObjectNode region(Finding f, LineIndex lines, String evidence) {
        ObjectNode region = JsonNodeFactory.instance.objectNode();
        if (f.span().length() == 0 && f.span().start() == 0) {
            region.put("startLine", 1); // a finding about the whole document
            return region;
        }
        LineIndex.Position start = lines.position(f.span().start());
        LineIndex.Position end = lines.position(f.span().end());
        region.put("startLine", start.line());
        region.put("startColumn", start.column());
        region.put("endLine", end.line());
        region.put("endColumn", end.column()); // SARIF's end column is exclusive, as the span's end is
        if (!evidence.isEmpty() && evidence.length() <= MAX_SNIPPET) {
            region.putObject("snippet").put("text", evidence);
        }
        return region;
    }
}
