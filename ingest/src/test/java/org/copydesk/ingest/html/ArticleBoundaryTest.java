package org.copydesk.ingest.html;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.copydesk.ingest.Ingestor;
import org.copydesk.ingest.TestReferenceTime;
import org.junit.jupiter.api.Test;

/**
 * Where the article begins and ends on an HTML page: the standfirst its markup names, writing inside an element
 * whose template words say furniture, furniture wording inside the publisher's articleBody, and teaser cards for other pages. Each behaviour fires on one small page
 * and stays quiet on its near miss.
 */
class ArticleBoundaryTest {

    private static final Ingestor INGESTOR = new Ingestor(TestReferenceTime.NOW);

    private static final String PARAGRAPHS = """
            <p>The harbour board met on Tuesday evening to settle the price of the winter crossing, after a summer in
            which fuel bills rose faster than anyone on the island had planned for, and the ferry ran half empty.</p>
            <p>Members argued for two hours about whether the increase should fall on visitors or on residents, who
            already pay for the quay repairs through the parish rate and say they have given enough this year.</p>
            <p>In the end the board chose a smaller rise for islanders, with the larger share of the cost carried by
            day tickets sold at the mainland office during the busy weeks of the autumn half term.</p>
            <p>The chair said the figures would be reviewed in March, once the new engine has been fitted and the
            crossing time is known, and that no further rise would be proposed before the spring timetable.</p>
            """;

    @Test
    void aStandfirstTheMarkupNamesIsBody() {
        String page = "<html><body><header><h1>Ferry fares rise again</h1>"
                + "<p class=\"article-dek\">Islanders will pay less than day visitors under the new plan</p>"
                + "<div class=\"byline\">By Ruth Calder</div></header>"
                + "<div class=\"story-text\">" + PARAGRAPHS + "</div></body></html>";
        String body = body(page);
        assertTrue(body.contains("Islanders will pay less than day visitors"), body);
        assertTrue(body.contains("The harbour board met on Tuesday"), body);
    }

    @Test
    void aWrapperNamedIntroThatHoldsTheHeadlineIsNotAStandfirst() {
        String page = "<html><body><div class=\"story-intro\"><div><h1>Ferry fares rise again</h1>"
                + "<div>Filed from the harbour desk this week</div></div></div>"
                + "<div class=\"story-text\">" + PARAGRAPHS + "</div></body></html>";
        String body = body(page);
        assertFalse(body.contains("Filed from the harbour desk"), body);
        assertTrue(body.contains("The harbour board met on Tuesday"), body);
    }

    @Test
    void writingInsideAnElementWithTemplateFurnitureWordsIsKept() {
        String page = "<html><body><h1>Ferry fares rise again</h1><article>" + PARAGRAPHS
                + "<div class=\"cmp-text\"><p>Passengers who travel on medical appointments keep their free"
                + " return, the board added, and the school runs are not affected by any of the changes.</p>"
                + "<p>A petition against the rise has gathered several hundred names in a week; its organisers"
                + " want the board to publish the fuel contract, which they believe was signed in a hurry.</p>"
                + "<p>The board said it would answer the petition at its next meeting, in public, and that the"
                + " contract, the fuel prices and the engine quote would all be read out before any vote.</p>"
                + "<p>Season tickets bought before the end of the month keep the old price until the spring.</p></div>"
                + "<div class=\"ad-slot\"><p>Advertise with us today.</p></div></article></body></html>";
        String body = body(page);
        assertTrue(body.contains("medical appointments keep their free return"), body);
        assertTrue(body.contains("would answer the petition"), body);
        assertFalse(body.contains("Advertise with us"), body);
    }

    @Test
    void aReadAlsoLineThePublisherWroteIntoItsArticleBodyIsStillFurniture() {
        String paragraphs = PARAGRAPHS.replace("<p>In the end",
                "<p>Read also: Island school trips move to the morning boat</p>\n<p>In the end");
        String bodyText = paragraphs.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip();
        String page = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                + "\"headline\":\"Ferry fares rise again\",\"articleBody\":\"" + bodyText + "\"}</script></head>"
                + "<body><h1>Ferry fares rise again</h1><div class=\"story-text\">" + paragraphs
                + "<p>Fares at a glance</p></div></body></html>";
        String body = body(page);
        assertTrue(body.contains("In the end the board chose"), body);
        assertTrue(paragraphs.contains("Read also"), paragraphs);
        assertFalse(body.contains("Read also: Island school trips"), body);
    }

    @Test
    void aStandfirstInThePageHeaderThatTheDescriptionRepeatsIsBody() {
        String dek = "Islanders will pay less than day visitors under the plan the harbour board agreed on Tuesday,"
                + " and season tickets keep their old price until the spring timetable";
        String page = "<html><head><meta name=\"description\" content=\"" + dek + ".\"></head><body>"
                + "<header><h2>Ferry fares rise again</h2><p>" + dek + ".</p>"
                + "<p>Islanders and visitors alike can read the timetable at the quay office every day.</p></header>"
                + "<div class=\"story-text\">" + PARAGRAPHS + "</div></body></html>";
        String body = body(page);
        assertTrue(body.contains("Islanders will pay less than day visitors"), body);
        assertFalse(body.contains("read the timetable at the quay office"), body);
        assertTrue(body.contains("The harbour board met on Tuesday"), body);
    }

    @Test
    void withoutADescriptionTheHeaderParagraphStaysOut() {
        String dek = "Islanders will pay less than day visitors under the plan the harbour board agreed on Tuesday,"
                + " and season tickets keep their old price until the spring timetable";
        String page = "<html><head><meta name=\"description\" content=\"News from the islands and the harbour"
                + " every day of the week.\"></head><body><header><h2>Ferry fares rise again</h2><p>" + dek
                + ".</p></header><div class=\"story-text\">" + PARAGRAPHS + "</div></body></html>";
        String body = body(page);
        assertFalse(body.contains("Islanders will pay less than day visitors"), body);
        assertTrue(body.contains("The harbour board met on Tuesday"), body);
    }

    @Test
    void aReadMoreBoxHoldingTheRestOfTheArticleIsKept() {
        String page = "<html><body><h1>Ferry fares rise again</h1><article>" + PARAGRAPHS
                + "<div class=\"readmore\"><p>Passengers who travel on medical appointments keep their free"
                + " return, the board added, and the school runs are not affected by any of the changes.</p>"
                + "<p>A petition against the rise has gathered several hundred names in a week; its organisers"
                + " want the board to publish the fuel contract, which they believe was signed in a hurry.</p>"
                + "<p>The board said it would answer the petition at its next meeting, in public, and that the"
                + " contract, the fuel prices and the engine quote would all be read out before any vote.</p>"
                + "</div></article></body></html>";
        String body = body(page);
        assertTrue(body.contains("medical appointments keep their free return"), body);
        assertTrue(body.contains("would answer the petition"), body);
    }

    @Test
    void aReadMoreBoxOfLinksToOtherStoriesIsNotTheArticle() {
        String page = "<html><body><h1>Ferry fares rise again</h1><article>" + PARAGRAPHS
                + "<div class=\"readmore\"><p><a href=\"/a\">Island school trips move to the morning boat</a></p>"
                + "<p><a href=\"/b\">Harbour cafe reopens after the winter storms</a></p>"
                + "<p><a href=\"/c\">New engine for the ferry arrives in March</a></p></div></article></body></html>";
        String body = body(page);
        assertTrue(body.contains("no further rise would be proposed"), body);
        assertFalse(body.contains("Harbour cafe reopens"), body);
    }

    @Test
    void commentsInsideTheArticleStayFurnitureHoweverLong() {
        String page = "<html><body><h1>Ferry fares rise again</h1><article>" + PARAGRAPHS
                + "<div class=\"comments\"><p>I have taken this ferry for thirty years and never seen the board"
                + " listen to anyone who lives here, so I doubt the March review will change a thing for us.</p>"
                + "<p>Day visitors keep the cafes open all summer; charging them more seems short sighted to me,"
                + " and I say that as someone who has to pay the islander fare twice every single week.</p></div>"
                + "</article></body></html>";
        String body = body(page);
        assertFalse(body.contains("thirty years"), body);
        assertTrue(body.contains("no further rise would be proposed"), body);
    }

    @Test
    void teaserCardsForOtherPagesAreNotTheArticle() {
        StringBuilder cards = new StringBuilder();
        for (int i = 1; i <= 8; i++) {
            cards.append("<div class=\"card\"><h3><a href=\"/story-").append(i).append("\">Other story number ")
                    .append(i).append(" from the islands</a></h3><div>A short summary of another story, number ")
                    .append(i).append(", written for the front page, with a comma, a clause, and an end.</div>")
                    .append("</div>");
        }
        String page = "<html><body><h1>Ferry fares rise again</h1><div class=\"content\"><div class=\"body\">"
                + PARAGRAPHS + "</div><div>" + cards + "</div></div></body></html>";
        String body = body(page);
        assertTrue(body.contains("The harbour board met on Tuesday"), body);
        assertTrue(body.contains("no further rise would be proposed"), body);
        assertFalse(body.contains("A short summary of another story"), body);
    }

    @Test
    void subheadingsThatAreNotLinksKeepTheirShortParagraphs() {
        StringBuilder sections = new StringBuilder();
        for (int i = 1; i <= 4; i++) {
            sections.append("<div class=\"section\"><h2>Question ").append(i).append(" for the board</h2><p>")
                    .append("The answer to question ").append(i).append(" was given by the chair, briefly, and")
                    .append(" the members, who had heard it before, did not ask again.</p></div>");
        }
        String page = "<html><body><h1>Ferry fares rise again</h1><article>" + PARAGRAPHS + sections
                + "</article></body></html>";
        String body = body(page);
        assertTrue(body.contains("The answer to question 3 was given"), body);
        assertTrue(body.contains("Question 2 for the board"), body);
    }

    @Test
    void aLinkedHeadingOverALongParagraphIsNotATeaser() {
        String page = "<html><body><h1>Ferry fares rise again</h1><article>" + PARAGRAPHS
                + "<div><h2><a href=\"/timetable\">The winter timetable</a></h2><p>The winter timetable keeps the"
                + " early crossing on weekdays and drops the late one on Sundays, which the board says carried"
                + " fewer than ten passengers on most nights last year; the first crossing will leave ten minutes"
                + " earlier to meet the mainland train, and the café on board will stay closed until April.</p>"
                + "</div></article></body></html>";
        String body = body(page);
        assertTrue(body.contains("keeps the early crossing on weekdays"), body);
    }

    @Test
    void aPlainListAfterTheLastParagraphIsTheArticles() {
        String page = "<html><body><h1>Ferry fares rise again</h1><article>" + PARAGRAPHS
                + "<ul><li>Day ticket from the mainland: nine pounds</li><li>Island resident return: four pounds"
                + "</li><li>Bicycles and dogs: free of charge</li></ul>"
                + "<p>• Season tickets keep last year's price until March</p>"
                + "<p>Filed under harbour and transport</p></article></body></html>";
        String body = body(page);
        assertTrue(body.contains("Island resident return: four pounds"), body);
        assertTrue(body.contains("Season tickets keep last year's price"), body);
        assertFalse(body.contains("Filed under harbour"), "a lone line without a sentence ending is a tail: " + body);
    }

    @Test
    void aListOfLinksAfterTheLastParagraphIsNotKeptAsAPlainList() {
        String page = "<html><body><h1>Ferry fares rise again</h1><article>" + PARAGRAPHS
                + "<ul><li><a href=\"/a\">Harbour wall repairs</a></li><li><a href=\"/b\">Quay opening hours</a>"
                + "</li><li><a href=\"/c\">Winter timetable</a></li></ul></article></body></html>";
        String body = body(page);
        assertFalse(body.contains("Quay opening hours"), body);
    }

    @Test
    void aLongFeedInAnAsideDoesNotTakeTheArticlesPlace() {
        StringBuilder feed = new StringBuilder();
        for (int i = 1; i <= 24; i++) {
            feed.append("<li><p>Update ").append(i).append(": the coastguard reports that the crossing, the quay,")
                    .append(" the slipway and the car park are open, and that the wind, for now, is easing along")
                    .append(" the coast, although the forecast, as ever, may change before the evening.</p></li>");
        }
        String page = "<html><body><div><h1>Ferry fares rise again</h1><div>"
                + PARAGRAPHS + PARAGRAPHS.replace("harbour board", "island council") + "</div><aside><ul>" + feed
                + "</ul></aside></div></body></html>";
        String body = body(page);
        assertTrue(body.contains("The harbour board met on Tuesday"), body);
        assertFalse(body.contains("the coastguard reports"), body);
    }

    @Test
    void aPageWhoseOnlyProseIsInAnAsideKeepsIt() {
        String page = "<html><body><main><aside class=\"content\"><h1>Ferry fares rise again</h1>" + PARAGRAPHS
                + "</aside></main></body></html>";
        String body = body(page);
        assertTrue(body.contains("The harbour board met on Tuesday"), body);
    }

    @Test
    void aSectionOfTheArticleDeepAfterAFigureIsKept() {
        String deep = "<div class=\"story-part\"><section><div><div><div><div>"
                + "<p>Before the vote the treasurer explained, with some care, that the quay repairs, the new engine"
                + " and the winter fuel had all been paid for out of the reserve, which is now nearly empty.</p>"
                + "<p>She added that the reserve would be rebuilt over three years, and that the parish, the board and"
                + " the ferry company had each agreed to put a share of their surplus into it every spring.</p>"
                + "</div></div></div></div></section></div>";
        String page = "<html><body><h1>Ferry fares rise again</h1><div class=\"post-body\">" + deep
                + "<figure><img src=\"pier.jpg\"><figcaption>The pier at low tide</figcaption></figure>"
                + "<div class=\"story-part\">" + PARAGRAPHS + "</div>"
                + "<div class=\"promo-box\"><p>Read our guide to the island's walks and beaches.</p></div>"
                + "</div></body></html>";
        String body = body(page);
        assertTrue(body.contains("The harbour board met on Tuesday"), body);
        assertTrue(body.contains("the treasurer explained, with some care"), body);
        assertFalse(body.contains("guide to the island's walks"), body);
    }

    @Test
    void aSlideshowEmbeddedInTheArticleIsNotItsText() {
        StringBuilder slides = new StringBuilder();
        for (int i = 1; i <= 12; i++) {
            slides.append("<li><h2>").append(i).append("/12 Harbour picture</h2><p>Picture ").append(i)
                    .append(": the ferry, the quay, the slipway and the fish market, seen from the old lighthouse,")
                    .append(" on a clear morning in the week before the winter timetable began.</p></li>");
        }
        String page = "<html><body><h1>Ferry fares rise again</h1><div class=\"story\">" + PARAGRAPHS
                + PARAGRAPHS.replace("harbour board", "island council")
                + "<div class=\"media-gallery\"><ul>" + slides + "</ul></div></div></body></html>";
        String body = body(page);
        assertTrue(body.contains("The island council met on Tuesday"), body);
        assertFalse(body.contains("seen from the old lighthouse"), body);
    }

    @Test
    void aSlideshowThatIsTheArticleIsKept() {
        StringBuilder slides = new StringBuilder();
        for (int i = 1; i <= 6; i++) {
            slides.append("<div class=\"slide\"><h2>Stop ").append(i).append("</h2><p>At stop ").append(i)
                    .append(" of the walk the path, which the volunteers rebuilt last summer, climbs along the cliff,")
                    .append(" and the view across the estuary, on a clear day, reaches the mainland.</p></div>");
        }
        String page = "<html><body><h1>Six stops on the island walk</h1><div class=\"gallery\">" + slides
                + "</div></body></html>";
        String body = body(page);
        assertTrue(body.contains("At stop 4 of the walk"), body);
    }

    private static String body(String html) {
        return INGESTOR.ingest("page.html", html.getBytes(StandardCharsets.UTF_8)).body();
    }
}
