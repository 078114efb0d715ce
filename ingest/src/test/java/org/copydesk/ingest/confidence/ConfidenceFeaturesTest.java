package org.copydesk.ingest.confidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.copydesk.core.ExtractedDocument;
import org.copydesk.ingest.Ingestor;
import org.junit.jupiter.api.Test;

class ConfidenceFeaturesTest {

    private static final Ingestor INGEST = new Ingestor(Instant.parse("2025-03-01T00:00:00Z"));

    private static final String ARTICLE = """
            Harbour ferry returns after winter repairs

            By Lise Korhonen

            Published 12 February 2025

            The harbour ferry returned to service on Wednesday after three months in dry dock, the port authority \
            said, with a new engine and a wider deck for bicycles.

            Crews replaced the hull plating that had worn thin along the waterline, and the crossing now takes \
            eleven minutes instead of fifteen, according to the operator's timetable.

            Commuters who had driven the long way round the bay since November said the return would save them \
            close to an hour a day, and the cafe on the north pier reopened to meet the first sailing.
            """;

    private static final String MENU = """
            Ferry news

            Home

            Timetables

            Fares

            Contact Us

            Sign In

            Harbour Ferry Returns
            """;

    private static Map<String, Double> body(String text) {
        ExtractedDocument doc = INGEST.ingest("a.txt", text.getBytes(StandardCharsets.UTF_8));
        return doc.confidence().signals().get("body");
    }

    @Test
    void runningProseAndAMenuGiveDifferentBodySignals() {
        Map<String, Double> prose = body(ARTICLE);
        Map<String, Double> menu = body(MENU);
        assertTrue(prose.get("logWords") > menu.get("logWords"));
        assertTrue(prose.get("nonProseShare") < 0.2, prose.toString());
        assertTrue(menu.get("nonProseShare") > 0.8, menu.toString());
        assertEquals(0.0, prose.get("html"));
    }

    private static final String PARAGRAPHS = "<p>The harbour ferry returned to service on Wednesday after three months"
            + " in dry dock, the port authority said, with a new engine and a wider deck for bicycles.</p>"
            + "<p>Crews replaced the hull plating that had worn thin along the waterline, and the crossing now takes"
            + " eleven minutes instead of fifteen, according to the operator's timetable.</p>"
            + "<p>Commuters who had driven the long way round the bay since November said the return would save"
            + " them close to an hour a day, and the cafe on the north pier reopened for the first sailing.</p>";

    private static Map<String, Double> htmlBody(String html) {
        ExtractedDocument doc = INGEST.ingest("a.html", html.getBytes(StandardCharsets.UTF_8));
        return doc.confidence().signals().get("body");
    }

    @Test
    void aClearArticleHoldsThePageProseWithoutARunnerUp() {
        Map<String, Double> f = htmlBody("<html><body><nav><a href='/'>Home</a> <a href='/t'>Timetables</a></nav>"
                + "<article><h1>Harbour ferry returns after winter repairs</h1>" + PARAGRAPHS + "</article>"
                + "<footer><a href='/c'>Contact us</a></footer></body></html>");
        assertEquals(1.0, f.get("html"));
        assertTrue(f.get("proseCoverage") > 0.9, f.toString());
        assertEquals(0.0, f.get("runnerUp"), 1e-9, f.toString());
    }

    @Test
    void aSecondStoryAsLongAsTheFirstIsARunnerUp() {
        String other = PARAGRAPHS.replace("harbour ferry", "mountain railway").replace("hull plating", "rails");
        Map<String, Double> f = htmlBody("<html><body><main><div class='story'><h1>Harbour ferry returns</h1>"
                + PARAGRAPHS + "</div></main><div class='column'><div><div><div class='story'>"
                + "<h2>Mountain railway reopens</h2>" + other + "</div></div></div></div></body></html>");
        assertTrue(f.get("runnerUp") > 0.5, f.toString());
        assertTrue(f.get("proseCoverage") < 0.6, f.toString());
    }

    @Test
    void aPlainTextDocumentHasNoContainerSignals() {
        Map<String, Double> f = body(ARTICLE);
        assertEquals(0.0, f.get("runnerUp"));
    }

    /** Three paragraphs in a script written without spaces, each ending with a full-width full stop. */
    private static final String UNSPACED = """
            港口渡轮修好了

            经过三个月的维修，港口的渡轮星期三重新开始运营，新的发动机让航程从十五分钟缩短到十一分钟，乘客们都很高兴。

            工人们更换了船体上已经磨薄的钢板，还加宽了甲板，让骑自行车的人也能方便地上船，港务局说这是多年来最大的一次维修。

            冬天里一直开车绕着海湾上班的人说，渡轮回来以后每天可以省下将近一个小时，北码头的咖啡馆也为第一班船重新开门了。
            """;

    @Test
    void proseInAScriptWithoutSpacesIsMeasuredAsProse() {
        Map<String, Double> f = body(UNSPACED);
        assertTrue(f.get("nonProseShare") < 0.2, f.toString());
        assertEquals(0.0, f.get("fewWords"), f.toString());
        // without its sentence marks the same text is judged by its paragraphs' length alone
        String[] parts = UNSPACED.replace("。", "").strip().split("\n\n");
        Map<String, Double> unmarked = htmlBody("<html><body><article><h1>" + parts[0] + "</h1><p>" + parts[1]
                + "</p><p>" + parts[2] + "</p><p>" + parts[3] + "</p></article></body></html>");
        assertEquals(1.0, unmarked.get("html"));
        assertTrue(unmarked.get("nonProseShare") < 0.2, unmarked.toString());
    }

    @Test
    void theIngestedDocumentCarriesItsConfidence() {
        ExtractedDocument doc = INGEST.ingest("a.txt", ARTICLE.getBytes(StandardCharsets.UTF_8));
        ExtractedDocument menu = INGEST.ingest("b.txt", MENU.getBytes(StandardCharsets.UTF_8));
        assertTrue(doc.confidence().body() > menu.confidence().body(),
                doc.confidence().body() + " vs " + menu.confidence().body());
        assertTrue(doc.confidence().published() != null && doc.confidence().bylines() != null);
        assertEquals(1.0, doc.confidence().signals().get("bylines").get("one"));
    }

    @Test
    void trigramAgreementIsOneForTheSameTextAndZeroForUnrelatedText() {
        String a = "the ferry returned to service on wednesday after three months";
        assertEquals(1.0, ConfidenceFeatures.trigramF1(a, a), 1e-9);
        assertEquals(0.0, ConfidenceFeatures.trigramF1(a, "bread prices rose sharply in the spring"), 1e-9);
        assertEquals(0.0, ConfidenceFeatures.trigramF1(a, ""), 1e-9);
    }
}
