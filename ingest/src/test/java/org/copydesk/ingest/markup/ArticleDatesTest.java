package org.copydesk.ingest.markup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.copydesk.core.ArticleMetadata;
import org.copydesk.core.DateValue;
import org.copydesk.ingest.Ingestor;
import org.junit.jupiter.api.Test;

/**
 * A markup date after the run's reference time (and the day after it) yields to every other date the page gives,
 * and stands only when nothing else dates the article; the reference time is the ingestor's, never the clock.
 */
class ArticleDatesTest {

    private static final String BODY = """
            <p>The county library will keep its reading rooms open until ten on weeknights from the first of the
            month, after a survey found that most visitors came after work and left when the doors shut at six.</p>
            <p>The longer hours will be staffed by volunteers from the friends of the library, who have trained
            for the past two months, and by two librarians moved from the mobile service, which ends this year.</p>
            <p>The board will review the hours after six months and keep them if the evening visits hold up.</p>
            """;

    private static ArticleMetadata read(String at, String head, String header) {
        String html = "<!doctype html><html><head><title>Library opens late on weeknights</title>" + head
                + "</head><body><article><h1>Library opens late on weeknights</h1>" + header + BODY
                + "</article></body></html>";
        return new Ingestor(Instant.parse(at)).ingest("page.html", html.getBytes(StandardCharsets.UTF_8)).article();
    }

    private static String jsonLd(String fields) {
        return "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
                + "\"headline\":\"Library opens late on weeknights\"," + fields + "}</script>";
    }

    private static final String FUTURE_AND_ISSUED = "<meta property=\"article:published_time\" "
            + "content=\"2031-05-05T00:00:00Z\"><meta name=\"dc.date.issued\" content=\"2008-06-30\">";

    private static String describe(DateValue d) {
        return d == null ? "none" : d.iso() + " @" + d.source();
    }

    @Test
    void aMarkupDateAfterTheReferenceDayYieldsToAnotherMarkupDate() {
        ArticleMetadata a = read("2024-01-01T00:00:00Z", FUTURE_AND_ISSUED, "");
        assertEquals("2008-06-30 @meta:dc.date.issued", describe(a.published()));
        assertEquals(List.of("2008-06-30 @meta:dc.date.issued"),
                a.publishedCandidates().stream().map(ArticleDatesTest::describe).toList());
    }

    @Test
    void theSamePageReadAfterThatDayTakesTheMoreTrustedDate() {
        ArticleMetadata a = read("2032-01-01T00:00:00Z", FUTURE_AND_ISSUED, "");
        assertEquals("2031-05-05T00:00Z @meta:article:published_time", describe(a.published()));
    }

    @Test
    void aMarkupDateAfterTheReferenceDayYieldsToTheVisiblePublicationLine() {
        ArticleMetadata a = read("2029-01-01T00:00:00Z", jsonLd("\"datePublished\":\"2030-06-01\""),
                "<p>Published: March 3, 2028</p>");
        assertEquals("2028-03-03 @visible:published", describe(a.published()));
    }

    @Test
    void aMarkupDateAfterTheReferenceDayStandsWhenNothingElseDatesTheArticle() {
        ArticleMetadata a = read("2029-01-01T00:00:00Z", jsonLd("\"datePublished\":\"2030-06-01\","
                + "\"dateModified\":\"2030-07-01\""), "");
        assertEquals("2030-06-01 @json-ld", describe(a.published()));
        assertEquals("2030-07-01 @json-ld", describe(a.modified()));
    }

    @Test
    void aModificationAfterTheReferenceDayYieldsToTheVisibleUpdateLine() {
        ArticleMetadata a = read("2029-01-01T00:00:00Z", jsonLd("\"datePublished\":\"2028-03-03\","
                + "\"dateModified\":\"2030-07-01\""), "<p>Updated: April 4, 2028</p>");
        assertEquals("2028-04-04 @visible:updated", describe(a.modified()));
    }

    @Test
    void theDayAfterTheReferenceTimeStillCountsForAPageStampedAheadOfUtc() {
        String head = "<meta property=\"article:published_time\" content=\"2029-01-02\">"
                + "<meta name=\"dc.date.issued\" content=\"2008-06-30\">";
        assertEquals("2029-01-02 @meta:article:published_time",
                describe(read("2029-01-01T23:00:00Z", head, "").published()));
        assertEquals("2008-06-30 @meta:dc.date.issued",
                describe(read("2028-12-31T23:00:00Z", head, "").published()));
    }

    @Test
    void withoutAnyDateThereIsNone() {
        assertNull(read("2029-01-01T00:00:00Z", "", "").published());
    }
}
