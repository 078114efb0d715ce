package org.copydesk.ingest.markup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import org.copydesk.core.ArticleMetadata;
import org.copydesk.ingest.Ingestor;
import org.copydesk.ingest.TestReferenceTime;
import org.junit.jupiter.api.Test;

/**
 * The date an article is presented with: the first date its header shows when markup confirms it, the original
 * publication kept beside it, and the structured date when nothing confirms what is shown.
 */
class DisplayedDateTest {

    private static final Ingestor INGESTOR = new Ingestor(TestReferenceTime.NOW);

    private static final String BODY = """
            <p>Choosing a tent for a wet weekend comes down to three things: how well the fly sheds water, how the
            poles stand up to a gusty ridge, and how much condensation gathers inside by morning.</p>
            <p>We pitched eleven tents on the same field over four weekends, soaked them with a garden hose, and
            slept in each one at least twice. The ones listed here kept us dry without weighing down a pack.</p>
            <p>Prices change often, so check the retailer before you buy; we update this list when a model is
            discontinued or a better one comes along, and we note what changed at the bottom of the page.</p>
            """;

    private static ArticleMetadata read(String jsonLd, String header) {
        String html = "<!doctype html><html><head><title>The best tents for rainy weekends</title>"
                + "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"Article\","
                + "\"headline\":\"The best tents for rainy weekends\"," + jsonLd
                + "\"author\":{\"@type\":\"Person\",\"name\":\"Odile Brennan\"}}</script></head><body><article>"
                + "<h1>The best tents for rainy weekends</h1><p class=\"byline\">By Odile Brennan</p>" + header
                + BODY + "</article></body></html>";
        return INGESTOR.ingest("page.html", html.getBytes(StandardCharsets.UTF_8)).article();
    }

    @Test
    void anEvergreenPageIsPresentedWithItsUpdateAndKeepsItsFirstPublication() {
        ArticleMetadata a = read("\"datePublished\":\"2021-04-06T09:00:00-04:00\","
                + "\"dateModified\":\"2023-11-14T10:20:00-05:00\",", "<p>Updated on November 14, 2023</p>");
        assertEquals("2023-11-14", a.published().date().toString());
        assertEquals("visible:updated", a.published().source());
        assertEquals("2021-04-06", a.firstPublished().date().toString());
        assertEquals("json-ld", a.firstPublished().source());
    }

    @Test
    void aNewsPageShowingItsPublicationKeepsTheMarkupTimestamp() {
        ArticleMetadata a = read("\"datePublished\":\"2023-11-14T10:20:00-05:00\","
                + "\"dateModified\":\"2023-11-14T12:00:00-05:00\",", "<p>November 14, 2023</p>");
        assertEquals("2023-11-14T10:20-05:00", a.published().iso());
        assertEquals("json-ld", a.published().source());
        assertNull(a.firstPublished());
    }

    @Test
    void aShownDateNoMarkupConfirmsLeavesTheStructuredDate() {
        ArticleMetadata a = read("\"datePublished\":\"2021-04-06T09:00:00-04:00\","
                + "\"dateModified\":\"2022-02-01T10:00:00-05:00\",", "<p>Updated on November 14, 2023</p>");
        assertEquals("2021-04-06", a.published().date().toString());
        assertEquals("json-ld", a.published().source());
        assertNull(a.firstPublished());
    }

    @Test
    void anUpdateLineYieldsToTheLineLabelledAsThePublication() {
        ArticleMetadata a = read("\"datePublished\":\"2023-11-13T18:00:00Z\","
                + "\"dateModified\":\"2023-11-14T12:00:00Z\",",
                "<p>Updated Nov. 14, 2023, 7:00 a.m. / Published Nov. 13, 2023, 1:00 p.m.</p>");
        assertEquals("2023-11-13", a.published().date().toString());
        assertEquals("2023-11-14", a.modified().date().toString());
    }

    @Test
    void aLineOneDayOffATimestampWithALocalOffsetIsNotConfirmed() {
        // 10:40 at UTC+1 is 4 May wherever the publisher is: the line's 3 May is some other date
        ArticleMetadata a = read("\"datePublished\":\"2023-05-04T10:40:00+01:00\",", "<p>May 3, 2023</p>");
        assertEquals("2023-05-04T10:40+01:00", a.published().iso());
        assertEquals("json-ld", a.published().source());
    }

    @Test
    void aLineOneDayOffAUtcTimestampMayBeThePublishersDay() {
        ArticleMetadata a = read("\"datePublished\":\"2023-05-04T01:40:00Z\",", "<p>May 3, 2023</p>");
        assertEquals("2023-05-03", a.published().date().toString());
    }

    @Test
    void withoutMarkupTheHeaderLineIsTheDate() {
        String html = "<!doctype html><html><head><title>The best tents for rainy weekends</title></head><body>"
                + "<article><h1>The best tents for rainy weekends</h1><p>By Odile Brennan | March 9, 2023</p>"
                + BODY + "</article></body></html>";
        ArticleMetadata a = INGESTOR.ingest("page.html", html.getBytes(StandardCharsets.UTF_8)).article();
        assertEquals("2023-03-09", a.published().iso());
        assertEquals("visible:byline", a.published().source());
    }
}
