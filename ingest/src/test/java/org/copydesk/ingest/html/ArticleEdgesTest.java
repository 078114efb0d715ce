package org.copydesk.ingest.html;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.copydesk.ingest.Ingestor;
import org.copydesk.ingest.TestReferenceTime;
import org.junit.jupiter.api.Test;

/**
 * The edges of the article on an HTML page: the lines that close it, sections the template wraps one by one,
 * class words a page builder gives every block, and addresses that are not paragraphs. Each behaviour fires on
 * one small page and stays quiet on its near miss.
 */
class ArticleEdgesTest {

    private static final Ingestor INGESTOR = new Ingestor(TestReferenceTime.NOW);

    private static final String PARAGRAPHS = """
            <p>The allotment society met on Sunday to decide how the new water tank would be paid for, after a dry
            spring in which the old butts ran empty twice and several plots lost their first sowing of beans.</p>
            <p>Some members wanted a flat charge on every plot, while others argued that the larger gardens, which
            draw far more water in August, should carry a bigger share of the bill than the small beds do.</p>
            <p>In the end the meeting settled on a charge by the size of each plot, with a small discount for the
            members who collect rain from their own shed roofs and hardly touch the shared supply at all.</p>
            <p>The treasurer said the tank would be ordered this month and fitted before the summer, once the
            concrete base has been laid by volunteers on the two working weekends already in the calendar.</p>
            """;

    @Test
    void aSignOffBesideTheLastParagraphClosesTheArticle() {
        String page = "<html><body><h1>Water tank for the allotments</h1><div class=\"story-text\">" + PARAGRAPHS
                + "<p>See you at the gate</p><p>Marta, for the committee</p></div>"
                + "<div class=\"more\"><p>Seed swap in the village hall</p></div></body></html>";
        String body = body(page);
        assertTrue(body.contains("See you at the gate"), body);
        assertTrue(body.contains("Marta, for the committee"), body);
        assertFalse(body.contains("Seed swap in the village hall"), body);
    }

    @Test
    void anAgencyCreditOrALabelForFurnitureDoesNotCloseTheArticle() {
        String page = "<html><body><h1>Water tank for the allotments</h1><div class=\"story-text\">" + PARAGRAPHS
                + "<p>kl/Reuters</p></div></body></html>";
        String body = body(page);
        assertTrue(body.contains("The treasurer said the tank"), body);
        assertFalse(body.contains("kl/Reuters"), body);
        String polish = body(page.replace("kl/Reuters", "ab/PAP"));
        assertFalse(polish.contains("ab/PAP"), polish);

        String labelled = "<html><body><h1>Water tank for the allotments</h1><div class=\"story-text\">" + PARAGRAPHS
                + "<p>Further reading:</p><ul><li><a href=\"/a\">Rain butts compared in a long test</a></li>"
                + "<li><a href=\"/b\">How to lay a concrete base for a tank</a></li></ul>"
                + "<p>Tank size:</p><p>two thousand litres</p></div></body></html>";
        String withLabel = body(labelled);
        assertFalse(withLabel.contains("Further reading:"), withLabel);
        assertTrue(body(labelled.replace("<p>Further reading:</p><ul><li><a href=\"/a\">Rain butts compared in a"
                + " long test</a></li><li><a href=\"/b\">How to lay a concrete base for a tank</a></li></ul>", ""))
                .contains("two thousand litres"));
    }

    @Test
    void numberedSectionsOfOneArticleAreTakenTogether() {
        String page = "<html><body><h1>Water tank for the allotments</h1><div class=\"sections\">"
                + section(1, "<h2>The meeting</h2>" + PARAGRAPHS)
                + section(2, "<h3>What the tank costs</h3><p>The quote came to a little under two thousand pounds,"
                        + " fitting included, and the supplier will take back the old butts for recycling free.</p>"
                        + "<p>Members can pay their share in two parts, in spring and in autumn, if they ask.</p>")
                + "</div></body></html>";
        String body = body(page);
        assertTrue(body.contains("The allotment society met on Sunday"), body);
        assertTrue(body.contains("The quote came to a little under two thousand pounds"), body);
    }

    @Test
    void aSectionWithAHeadlineOfItsOwnIsTheNextArticle() {
        String page = "<html><body><div class=\"sections\">"
                + section(1, "<h1>Water tank for the allotments</h1>" + PARAGRAPHS)
                + section(2, "<h1>Hedgehog count next week</h1><p>Volunteers will walk the hedges at dusk on"
                        + " Thursday and Friday to count hedgehogs, and the results will go to the county survey.</p>")
                + "</div></body></html>";
        String body = body(page);
        assertTrue(body.contains("The allotment society met on Sunday"), body);
        assertFalse(body.contains("Volunteers will walk the hedges"), body);
    }

    @Test
    void aWordThePageBuilderGivesEveryBlockSaysNothing() {
        StringBuilder blocks = new StringBuilder();
        for (String p : PARAGRAPHS.split("</p>")) {
            if (!p.isBlank()) {
                blocks.append("<div class=\"builder-widget\"><div class=\"widget-body\">").append(p)
                        .append("</p><p>Tank: two thousand litres</p></div></div>");
            }
        }
        String page = "<html><body><h1>Water tank for the allotments</h1><div class=\"story-text\">"
                + "<p>This is the second tank the society has bought, and the first one, put in twenty years ago by the"
                + " founding members, will stay in use at the far end of the site for the fruit cages.</p>" + blocks
                + "</div></body></html>";
        String body = body(page);
        assertTrue(body.contains("The allotment society met on Sunday"), body);
        assertTrue(body.contains("Tank: two thousand litres"), body);
    }

    @Test
    void aSingleWidgetInsideTheArticleIsStillFurniture() {
        String page = "<html><body><h1>Water tank for the allotments</h1><div class=\"story-text\">" + PARAGRAPHS
                + "<div class=\"weather-widget\"><p>Tomorrow: light rain</p></div></div></body></html>";
        String body = body(page);
        assertTrue(body.contains("The treasurer said the tank"), body);
        assertFalse(body.contains("Tomorrow: light rain"), body);
    }

    @Test
    void aLivePageWhoseEntriesAreCalledCommentsKeepsThem() {
        StringBuilder entries = new StringBuilder();
        for (int minute = 5; minute <= 85; minute += 10) {
            entries.append("<div class=\"live-comment\"><span>").append(minute).append("'</span><p>Minute ")
                    .append(minute).append(": the home side press high again, win the ball near the halfway line,")
                    .append(" and the winger's cross is cleared by the last defender at the near post.</p></div>");
        }
        String page = "<html><body><h1>Harbour Rovers against Quay Athletic, live</h1>"
                + "<div class=\"live-feed\"><p>Both sides need a win, and the pitch, after a week of rain, is heavy.</p>"
                + "<div class=\"live-comments\">" + entries + "</div></div></body></html>";
        String body = body(page);
        assertTrue(body.contains("Minute 45: the home side press high again"), body);
    }

    @Test
    void readersCommentsUnderAShortArticleAreStillFurniture() {
        StringBuilder comments = new StringBuilder();
        for (int i = 1; i <= 5; i++) {
            comments.append("<div class=\"comment\"><p>Reader ").append(i).append(" writes that the charge by plot")
                    .append(" size is fair enough, though the water should have been metered years ago, and that")
                    .append(" the committee ought to publish the quote for everyone to read.</p></div>");
        }
        String page = "<html><body><h1>Water tank for the allotments</h1><div class=\"story\">"
                + PARAGRAPHS + "<div class=\"comments\">" + comments + "</div></div></body></html>";
        String body = body(page);
        assertTrue(body.contains("The allotment society met on Sunday"), body);
        assertFalse(body.contains("Reader 2 writes"), body);
    }

    @Test
    void aPopupHoldingMoreProseThanTheArticleIsNotTheArticle() {
        String popup = "<div class=\"site-popup-overlay\"><div class=\"box\">" + PARAGRAPHS.replace("allotment", "rowing")
                + PARAGRAPHS.replace("allotment", "choir") + PARAGRAPHS.replace("allotment", "chess") + "</div></div>";
        String page = "<html><body><h1>Water tank for the allotments</h1><div class=\"column\">" + PARAGRAPHS
                + PARAGRAPHS.replace("The allotment society met", "The parish council met") + "</div>" + popup
                + "</body></html>";
        String body = body(page);
        assertTrue(body.contains("The allotment society met on Sunday"), body);
        assertFalse(body.contains("The rowing society met on Sunday"), body);
        assertFalse(body.contains("The choir society met on Sunday"), body);
    }

    @Test
    void anArticleTheTemplateOpensAsAModalIsStillTheArticle() {
        String page = "<html><body><div class=\"article-modal\"><h1>Water tank for the allotments</h1>"
                + PARAGRAPHS + PARAGRAPHS.replace("allotment", "rowing") + PARAGRAPHS.replace("allotment", "choir")
                + "</div><div class=\"column\">" + PARAGRAPHS.replace("allotment", "chess")
                + PARAGRAPHS.replace("allotment", "cycling") + "</div></body></html>";
        String body = body(page);
        assertTrue(body.contains("The allotment society met on Sunday"), body);
        assertTrue(body.contains("The choir society met on Sunday"), body);
    }

    @Test
    void aPageWhoseOnlyProseIsInAPopupKeepsIt() {
        String page = "<html><body><h1>Water tank for the allotments</h1><nav><a href=\"/\">Home</a></nav>"
                + "<div class=\"site-popup-overlay\"><div class=\"box\">" + PARAGRAPHS + "</div></div></body></html>";
        String body = body(page);
        assertTrue(body.contains("The allotment society met on Sunday"), body);
    }

    @Test
    void anAddressIsNotAParagraph() {
        assertTrue(ContainerScorer.isAddress("https://pictures.example.org/2024/05/allotment-tank-in-the-rain.jpg"));
        assertFalse(ContainerScorer.isAddress("The tank, see www.example.org, holds two thousand litres."));
        StringBuilder slider = new StringBuilder("<div class=\"slides\">");
        for (int i = 1; i <= 20; i++) {
            slider.append("<div class=\"slide\"><a href=\"/p").append(i).append("\">Plot ").append(i)
                    .append("</a><div>https://pictures.example.org/2024/05/allotment-plot-number-").append(i)
                    .append("-seen-from-the-gate-on-a-wet-morning.jpg</div></div>");
        }
        slider.append("</div>");
        String page = "<html><body><h1>Water tank for the allotments</h1><div class=\"story-text\">" + PARAGRAPHS
                + "</div>" + slider + "</body></html>";
        String body = body(page);
        assertTrue(body.contains("The allotment society met on Sunday"), body);
        assertFalse(body.contains("seen-from-the-gate"), body);
    }

    private static String section(int n, String inner) {
        return "<section class=\"part part-" + n + "\"><div class=\"part-body\">" + inner + "</div></section>";
    }

    private static String body(String html) {
        return INGESTOR.ingest("page.html", html.getBytes(StandardCharsets.UTF_8)).body();
    }
}
