package org.copydesk.ingest.markup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.copydesk.core.ArticleMetadata;
import org.copydesk.core.DateEvidence;
import org.copydesk.core.DateValue;
import org.copydesk.core.RejectedDate;
import org.copydesk.ingest.Ingestor;
import org.junit.jupiter.api.Test;

/**
 * Where the publication date comes from: markup, then a date line near the headline, then the page's URL,
 * then the dates its text names; the kind of evidence is reported with every date that lost and why.
 */
class PublicationEvidenceTest {

    private static final Instant READ_AT = Instant.parse("2025-06-01T12:00:00Z");
    private static final Ingestor INGESTOR = new Ingestor(READ_AT);

    private static final String BODY = """
            <p>The harbour ferry will run every twenty minutes on summer weekends, the port authority said, after
            queues at the north pier stretched past the fish market for most of last August.</p>
            <p>Two older boats are being refitted to carry bicycles, and a third will be leased from the island
            cooperative until the new hull ordered from the yard upriver is delivered next spring.</p>
            <p>Fares stay the same. Season tickets bought before the change will be honoured on every crossing.</p>
            """;

    private static ArticleMetadata html(String url, String head, String header, String body) {
        String page = "<!doctype html><html><head><title>More ferries for summer weekends</title>" + head
                + "</head><body><article><h1>More ferries for summer weekends</h1>" + header + body
                + "</article></body></html>";
        return INGESTOR.ingest("ferry.html", page.getBytes(StandardCharsets.UTF_8), url).article();
    }

    private static String describe(DateValue d) {
        return d == null ? "none" : d.iso() + " @" + d.source();
    }

    private static RejectedDate rejected(ArticleMetadata a, String source) {
        return a.publishedRejected().stream().filter(r -> r.value().source().equals(source)).findFirst()
                .orElseThrow(() -> new AssertionError("no rejected date from " + source + " in "
                        + a.publishedRejected()));
    }

    @Test
    void theMarkupDateWinsOverADifferentDayInTheUrlAndTheUrlIsReportedAsBeaten() {
        ArticleMetadata a = html("https://news.example.org/2024/03/18/more-ferries",
                "<meta property=\"article:published_time\" content=\"2024-03-20T08:00:00+01:00\">", "", BODY);
        assertEquals("2024-03-20T08:00+01:00 @meta:article:published_time", describe(a.published()));
        assertEquals(DateEvidence.MARKUP, a.publishedKind());
        RejectedDate url = rejected(a, "url");
        assertEquals("2024-03-18", url.value().iso());
        assertEquals(DateEvidence.URL, url.kind());
        assertTrue(url.reason().contains("URL"), url.reason());
    }

    @Test
    void aUrlThatAgreesWithTheMarkupIsListedAsTheSameDay() {
        ArticleMetadata a = html("https://news.example.org/2024/03/20/more-ferries",
                "<meta property=\"article:published_time\" content=\"2024-03-20T08:00:00+01:00\">", "", BODY);
        assertTrue(rejected(a, "url").reason().startsWith("the same day"), rejected(a, "url").reason());
    }

    @Test
    void aPageWithOnlyAUrlDateIsDatedByItsUrl() {
        ArticleMetadata a = html("https://news.example.org/local/2024-03-18-more-ferries.html", "", "", BODY);
        assertEquals("2024-03-18 @url", describe(a.published()));
        assertEquals(DateEvidence.URL, a.publishedKind());
        assertEquals(List.of(), a.publishedRejected());
    }

    @Test
    void theCanonicalLinkIsAUrlToo() {
        ArticleMetadata a = html(null, "<link rel=\"canonical\" href=\"https://news.example.org/2024/mar/18/ferries\">",
                "", BODY);
        assertEquals("2024-03-18 @url", describe(a.published()));
    }

    @Test
    void aPlainTextDocumentFetchedFromADatedUrlTakesItsDate() {
        String text = "More ferries for summer weekends\n\n" + BODY.replaceAll("</?p>", "");
        ArticleMetadata a = INGESTOR.ingest("ferry.txt", text.getBytes(StandardCharsets.UTF_8),
                "https://news.example.org/2024/03/18/more-ferries").article();
        assertEquals("2024-03-18 @url", describe(a.published()));
        assertNull(INGESTOR.ingest("ferry.txt", text.getBytes(StandardCharsets.UTF_8), null).article().published());
    }

    @Test
    void aDateOnlyInAVisibleLineIsADateLine() {
        ArticleMetadata a = html(null, "", "<p>Published: 18 March 2024</p>", BODY);
        assertEquals("2024-03-18 @visible:published", describe(a.published()));
        assertEquals(DateEvidence.DATE_LINE, a.publishedKind());
    }

    @Test
    void theDateLineComesBeforeTheUrl() {
        ArticleMetadata a = html("https://news.example.org/2024/03/17/more-ferries", "",
                "<p>Published: 18 March 2024</p>", BODY);
        assertEquals("2024-03-18 @visible:published", describe(a.published()));
        assertTrue(a.publishedRejected().stream().anyMatch(r -> r.kind() == DateEvidence.URL));
    }

    @Test
    void aDateOpeningTheFirstParagraphDatesAnOtherwiseUndatedPage() {
        ArticleMetadata a = html(null, "", "", "<p>Portmore, 18 March 2024 &ndash; The harbour ferry will run every"
                + " twenty minutes on summer weekends, the port authority said on Monday.</p>" + BODY);
        assertEquals("2024-03-18 @text:head", describe(a.published()));
        assertEquals(DateEvidence.TEXT, a.publishedKind());
    }

    @Test
    void theTextIsNotReadWhenTheUrlDatesThePage() {
        ArticleMetadata a = html("https://news.example.org/2024/03/17/more-ferries", "", "",
                "<p>Portmore, 18 March 2024 &ndash; The harbour ferry will run every twenty minutes on summer"
                        + " weekends, the port authority said on Monday.</p>" + BODY);
        assertEquals("2024-03-17 @url", describe(a.published()));
        assertTrue(a.publishedRejected().stream().noneMatch(r -> r.kind() == DateEvidence.TEXT));
    }

    @Test
    void aDayTheTextNamesOftenOutweighsOneNamedOnce() {
        String stamps = "<p>The ferry timetable, which sets the summer crossings for the whole estuary and its two"
                + " islands, was agreed by the council on 2 February 2024 after a long debate.</p>"
                + BODY + "<ul><li>Comment by Ines, 19 March 2024</li><li>Comment by Bram, 19 March 2024</li></ul>";
        ArticleMetadata a = html(null, "", "", stamps);
        assertEquals("2024-03-19 @text", describe(a.published()));
        RejectedDate once = rejected(a, "text");
        assertEquals("2024-02-02", once.value().iso());
    }

    @Test
    void aMarkupDateAfterTheReferenceTimeYieldsToTheUrlAndIsReportedAsTooLate() {
        ArticleMetadata a = html("https://news.example.org/2024/03/18/more-ferries",
                "<meta property=\"article:published_time\" content=\"2031-01-01T00:00:00Z\">", "", BODY);
        assertEquals("2024-03-18 @url", describe(a.published()));
        RejectedDate future = rejected(a, "meta:article:published_time");
        assertTrue(future.reason().startsWith("after the reference day (2025-06-01)"), future.reason());
    }

    @Test
    void aTextDateAfterTheReferenceTimeIsNeverTaken() {
        ArticleMetadata a = html(null, "", "", "<p>Portmore, 18 March 2029 &ndash; The harbour ferry will run every"
                + " twenty minutes on summer weekends, the port authority said on Monday.</p>" + BODY);
        assertNull(a.published());
        assertNull(a.publishedKind());
    }

    @Test
    void aFutureMarkupDateStandsWhenNothingElseDatesThePage() {
        ArticleMetadata a = html(null,
                "<meta property=\"article:published_time\" content=\"2031-01-01T00:00:00Z\">", "", BODY);
        assertEquals("2031-01-01T00:00Z @meta:article:published_time", describe(a.published()));
    }

    @Test
    void everySourceLabelHasItsKind() {
        assertEquals(DateEvidence.MARKUP, DateEvidence.of("json-ld"));
        assertEquals(DateEvidence.MARKUP, DateEvidence.of("meta:article:published_time"));
        assertEquals(DateEvidence.MARKUP, DateEvidence.of("time:published"));
        assertEquals(DateEvidence.DATE_LINE, DateEvidence.of("visible"));
        assertEquals(DateEvidence.DATE_LINE, DateEvidence.of("visible:byline"));
        assertEquals(DateEvidence.DATE_LINE, DateEvidence.of("date-class"));
        assertEquals(DateEvidence.URL, DateEvidence.of("url"));
        assertEquals(DateEvidence.TEXT, DateEvidence.of("text:head"));
        assertEquals(DateEvidence.MARKUP, DateEvidence.of("texture"), "a label is matched whole, not by prefix");
    }

    @Test
    void anUndatedPageHasNoKindAndNothingRejected() {
        ArticleMetadata a = html(null, "", "", BODY);
        assertNull(a.published());
        assertNull(a.publishedKind());
        assertEquals(List.of(), a.publishedRejected());
    }

    @Test
    void aDateKeptOnlyInThePagesScriptStateDatesItAsMarkupBelowTheDateLine() {
        String state = "<div id=\"app\" data-state=\"{&quot;story&quot;:{&quot;slug&quot;:&quot;ferries&quot;,"
                + "&quot;datePublished&quot;:&quot;2024-03-19T06:15:00.000Z&quot;,"
                + "&quot;dateModified&quot;:&quot;2024-03-21T09:00:00.000Z&quot;}}\"></div>";
        ArticleMetadata stateOnly = html(null, "", state, BODY);
        assertEquals("2024-03-19T06:15Z @script:datepublished", describe(stateOnly.published()));
        assertEquals(DateEvidence.MARKUP, stateOnly.publishedKind());
        assertEquals("2024-03-21", stateOnly.modified().date().toString());

        String next = "<script id=\"__NEXT_DATA__\" type=\"application/json\">{\"props\":{\"post\":"
                + "{\"datePublished\":\"2024-03-19T06:15:00Z\"}}}</script>";
        ArticleMetadata withLine = html(null, "", next + "<p>Published: 18 March 2024</p>", BODY);
        assertEquals("2024-03-18", withLine.published().iso(), describe(withLine.published()));
        assertEquals("2024-03-19", rejected(withLine, "script:datepublished").value().date().toString());
    }

    @Test
    void jsonLdIsNotReadAgainAsScriptState() {
        ArticleMetadata a = html(null, "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                + "\"datePublished\":\"2024-03-20\"}</script>", "", BODY);
        assertEquals("2024-03-20 @json-ld", describe(a.published()));
        assertTrue(a.publishedRejected().stream().noneMatch(r -> r.value().source().startsWith("script:")),
                a.publishedRejected().toString());
    }
}
