package org.copydesk.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.copydesk.core.BoilerplateCategory;
import org.copydesk.core.ExtractedDocument;
import org.copydesk.core.Segment;
import org.copydesk.core.SegmentRole;
import org.copydesk.ingest.Ingestor;
import org.copydesk.ingest.TestReferenceTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * HTML pages are read by their structure: the article's paragraphs, headings and hidden continuation are the
 * body; menus, cookie banners, share bars, newsletter boxes, related links, comment forms, captions and
 * footers are removed with their category; and the segments still partition the extracted text.
 */
class HtmlArticleTest {

    private static final Ingestor INGESTOR = new Ingestor(TestReferenceTime.NOW);
    private static final ExtractedDocument FURNISHED = ingest("furnished-article.html");

    @Test
    void bodyIsTheArticlesProseAndSubheadings() {
        String body = FURNISHED.body();
        assertTrue(body.startsWith("The council of Eastwick Harbour voted on Wednesday"), body);
        assertTrue(body.contains("A cheaper design"), "a subheading inside the article is kept");
        assertTrue(body.contains("before any contract is signed."));
        assertTrue(body.contains("The council agreed to publish the engineering report"),
                "text hidden inside the article is its continuation");
        for (String furniture : new String[] {"cookies", "Home", "Share on Facebook", "morning newsletter",
            "Related stories", "Storm closes ferry", "Leave a comment", "All rights reserved", "Photo: Lakeside",
            "By Mara Lindqvist", "Subscribe now", "@islandparents"}) {
            assertFalse(body.contains(furniture), furniture + " must not be in the body:\n" + body);
        }
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "We use cookies to improve your experience | cookie-consent",
        "Accept all cookies | cookie-consent",
        "Sport | navigation",
        "Share on Facebook | social-share",
        "Sign up for our morning newsletter | newsletter-prompt",
        "Storm closes ferry crossing for the winter | related-links",
        "Leave a comment | comment-form",
        "2024 The Lakeside Courier. All rights reserved. | legal-footer",
        "The old pier after the October storm | other",
        "Ferry pier vote tonight, everyone from the islands | other"})
    void furnitureIsRemovedWithItsCategory(String text, String category) {
        Segment s = segmentWith(FURNISHED, text);
        assertEquals(SegmentRole.BOILERPLATE, s.role(), s.toString());
        assertEquals(BoilerplateCategory.fromId(category).orElseThrow(), s.category(), s.reason());
        assertNotNull(s.reason());
    }

    @Test
    void headlineBylineAndDateComeFromTheArticleHeader() {
        assertEquals("Harbour town votes to rebuild its flooded ferry pier", FURNISHED.article().headline());
        assertEquals(SegmentRole.HEADLINE, segmentWith(FURNISHED, "Harbour town votes").role());
        assertEquals(SegmentRole.METADATA, segmentWith(FURNISHED, "By Mara Lindqvist").role());
        assertTrue(FURNISHED.article().bylines().stream().anyMatch(b -> b.name().equals("Mara Lindqvist")),
                FURNISHED.article().bylines().toString());
        assertEquals("2024-03-14", FURNISHED.article().published().date().toString());
    }

    @Test
    void scriptsAndStylesAreNotText() {
        assertFalse(FURNISHED.text().contains("dataLayer"));
        assertFalse(FURNISHED.text().contains("position: fixed"));
    }

    @Test
    void segmentsPartitionTheTextExactly() {
        for (ExtractedDocument doc : new ExtractedDocument[] {FURNISHED, ingest("json-ld-article.html")}) {
            StringBuilder joined = new StringBuilder();
            int at = 0;
            for (Segment s : doc.segments()) {
                assertEquals(at, s.start());
                joined.append(s.text());
                at = s.end();
            }
            assertEquals(doc.text(), joined.toString());
        }
    }

    @Test
    void jsonLdArticleBodyLocatesTheArticleButTheBodyIsThePagesText() {
        ExtractedDocument doc = ingest("json-ld-article.html");
        String body = doc.body();
        assertTrue(body.startsWith("Apple growers across the Vale of Tarrow"), body);
        assertTrue(body.endsWith("expects to double before the summer."), body);
        assertFalse(body.contains("Winter wheat prices"), "sidebar teasers are not the article");
        assertFalse(body.contains("Advertisement"));
        assertEquals(BoilerplateCategory.ADVERTISEMENT, segmentWith(doc, "Advertisement").category());
        assertEquals("Orchard growers count the cost of a late frost", doc.article().headline());
    }

    @Test
    void charsetsAreDetected() {
        String sentence = "The caf\u00e9 owner\u2019s reply was \u201cnot today\u201d \u2014 and the queue went home.";
        String late = "<html><head><script>" + "var x = 1;\n".repeat(1200) + "</script><meta charset=\"utf-8\">"
                + "<title>T</title></head><body><p>" + sentence + "</p><p>" + sentence + "</p></body></html>";
        assertTrue(INGESTOR.ingest("late-meta.html", late.getBytes(StandardCharsets.UTF_8)).text().contains(sentence),
                "a meta charset after 8 KB of script must not lead to a misreading");
        String bom = "\ufeff<html><body><p>" + sentence + "</p></body></html>";
        ExtractedDocument d = INGESTOR.ingest("bom.html", bom.getBytes(StandardCharsets.UTF_8));
        assertEquals(sentence, d.text());
        String declared = "<html><head><meta charset=\"windows-1252\"></head><body><p>" + sentence
                + "</p></body></html>";
        assertTrue(INGESTOR.ingest("cp1252.html", declared.getBytes(Charset.forName("windows-1252"))).text()
                .contains(sentence));
    }

    private static Segment segmentWith(ExtractedDocument doc, String text) {
        return doc.segments().stream().filter(s -> s.text().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no segment contains " + text + " in\n" + doc.text()));
    }

    private static ExtractedDocument ingest(String name) {
        try (InputStream in = HtmlArticleTest.class.getResourceAsStream(name)) {
            return INGESTOR.ingest(name, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
