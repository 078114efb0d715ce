package org.copydesk.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.copydesk.core.Confidence;
import org.copydesk.core.ExtractedDocument;
import org.copydesk.core.Finding;
import org.copydesk.core.Report;
import org.copydesk.core.Severity;
import org.copydesk.core.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What SARIF, the entry log, the HTML and the Markdown report show of the fields' and the findings' confidence. */
class ConfidenceRenderingTest {

    private static Report report;

    @BeforeAll
    static void make() throws IOException {
        ExtractedDocument doc = HostileArticle.report().document()
                .withConfidence(new Confidence(0.9, 0.8, 0.31, null, 0.7, 0.95, Map.of()));
        Finding graded = Finding.at("date.missing-published", Severity.WARNING, "no publication date", Span.of(0, 0),
                doc.lineIndex()).withBasis(List.of("published"), 0.31).gradedDown();
        Finding sure = Finding.at("text.too-short", Severity.WARNING, "short", Span.of(0, 0), doc.lineIndex())
                .withBasis(List.of("body"), 0.9);
        Finding input = Finding.at("input.limit", Severity.ERROR, "cut off", Span.of(0, 0), doc.lineIndex());
        report = new Report("test-version", doc, List.of(graded, sure, input));
    }

    private static DocumentEntry.Hit hit(DocumentEntry entry, String rule) {
        return entry.hits().stream().filter(h -> h.rule().equals(rule)).findFirst().orElseThrow();
    }

    @Test
    void sarifGivesRankAndPropertiesOnlyToFindingsWithABasis() {
        DocumentEntry entry = DocumentEntry.of("x.txt", report);
        ObjectNode graded = SarifResults.result(hit(entry, "date.missing-published"), entry.uri(), null);
        assertEquals("note", graded.get("level").asText(), "a warning graded down to info");
        assertEquals(31.0, graded.get("rank").asDouble());
        assertEquals(0.31, graded.at("/properties/confidence").asDouble());
        assertEquals("published", graded.at("/properties/basis/0").asText());
        assertEquals("warning", graded.at("/properties/gradedFrom").asText());
        ObjectNode sure = SarifResults.result(hit(entry, "text.too-short"), entry.uri(), null);
        assertEquals(90.0, sure.get("rank").asDouble());
        assertFalse(sure.at("/properties").has("gradedFrom"));
        ObjectNode input = SarifResults.result(hit(entry, "input.limit"), entry.uri(), null);
        assertFalse(input.has("rank"), input.toString());
        assertFalse(input.has("properties"), input.toString());
    }

    @Test
    void theEntryLogKeepsEachHitsConfidenceBasisAndGrading() throws IOException {
        DocumentEntry entry = DocumentEntry.of("x.txt", report);
        assertEquals(entry, DocumentEntryCodec.decode(DocumentEntryCodec.encode(entry)));
        assertEquals(Severity.WARNING, hit(entry, "date.missing-published").gradedFrom());
    }

    @Test
    void theHtmlReportTabulatesEveryFieldAndMarksTheLowOnes() {
        String html = HtmlReport.render(report, HostileArticle.run());
        assertTrue(html.contains("<tr class=\"low\"><td>published <small>(relied on)</small></td><td>0.310 "
                + "<strong>low</strong>: below 0.50</td></tr>"), html);
        assertTrue(html.contains("<tr><td>body <small>(relied on)</small></td><td>0.900</td></tr>"), html);
        assertTrue(html.contains("<tr><td>bylines</td><td>0.700</td></tr>"), "not relied on in scrape-audit");
        assertTrue(html.contains("<tr><td>modified</td><td>not estimated</td></tr>"), html);
        assertTrue(html.contains("<p class=\"why graded\">confidence 0.310 (published); graded down from warning: "
                + "below the minimum 0.50</p>"), html);
        assertTrue(html.contains("<p class=\"why\">confidence 0.900 (body)</p>"), html);
    }

    @Test
    void theMarkdownReportListsEveryFieldAndMarksTheLowOnes() {
        String md = MarkdownReport.render(report, HostileArticle.run());
        assertTrue(md.contains("\n## Confidence\n\n- **body:** 0.900 (the profile relies on it)\n"), md);
        assertTrue(md.contains("- **published:** **0.310 \u2014 low, below 0.50** (the profile relies on it)\n"), md);
        assertTrue(md.contains("  - confidence 0.310 (published); graded down from warning: below the minimum 0.50\n"),
                md);
    }

    @Test
    void bothReportsGiveEachQuoteItsSpeakerConfidence() {
        org.copydesk.core.Quote q = report.document().quotes().quotes().get(0);
        assertTrue(q.confidence() != null, "the ingested quotes carry a speaker confidence");
        String shown = String.format(java.util.Locale.ROOT, ", confidence %.3f)", q.confidence());
        String html = HtmlReport.render(report, HostileArticle.run());
        String quotes = html.substring(html.indexOf("<section id=\"quotes\">"));
        assertTrue(quotes.substring(0, quotes.indexOf("</li>") + 5).endsWith(shown + "</li>"), quotes);
        String md = MarkdownReport.render(report, HostileArticle.run());
        String list = md.substring(md.indexOf("\n## Quotes\n"));
        assertTrue(list.substring(0, list.indexOf("\n- **2.**") < 0 ? list.length() : list.indexOf("\n- **2.**"))
                .contains(shown), list);
    }
}
