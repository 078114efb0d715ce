package org.copydesk.bench;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A made-up news page for the benchmarks, written from a seed: a head with meta tags and JSON-LD, page
 * furniture (navigation, cookie banner, share bar, newsletter box, related links, comment form, footer), and an
 * article with a headline, byline, {@code <time>}, a dateline and paragraphs that carry dates and attributed
 * quotes. The text is generated here, never taken from real pages; the same seed gives the same page.
 */
public final class GeneratedPage {

    private static final String[] PEOPLE = {"Maria Okafor", "Daniel Brandt", "Priya Raman", "Tomás Ledesma",
        "Helen Whitcombe", "Kenji Arai", "Fatima Zahra Idrissi", "Oliver Quist"};
    private static final String[] ROLES = {"the city's finance director", "a spokeswoman for the port authority",
        "the union's regional secretary", "a professor of hydrology", "the council leader", "an official"};
    private static final String[] PLACES = {"LISBON", "RIVERTON", "PORT ELLIS", "NORTHFIELD", "ASHGROVE"};
    private static final String[] NOUNS = {"budget", "harbour", "bridge", "tram line", "water board", "council",
        "flood barrier", "school district", "housing plan", "rail depot", "inquiry", "contract"};
    private static final String[] VERBS = {"approved", "delayed", "questioned", "announced", "rejected",
        "reviewed", "extended", "revised", "funded", "postponed"};
    private static final String[] CLAIMS = {"We have waited long enough for this", "Nobody expected the costs to rise so fast",
        "The figures will be published in full next month", "It is too early to say what went wrong",
        "We will keep the depot open for as long as we can"};
    private static final String[] SAID = {"said", "told reporters", "added", "said on Tuesday", "wrote in a statement"};
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);

    private GeneratedPage() {
    }

    /** The page for {@code seed} with {@code paragraphs} article paragraphs (UTF-8 when encoded). */
    public static String html(long seed, int paragraphs) {
        SplittableRandom r = new SplittableRandom(seed);
        LocalDate published = LocalDate.of(2023, 1, 1).plusDays(r.nextInt(360));
        String author = pick(r, PEOPLE);
        String headline = "The " + pick(r, NOUNS) + " plan is " + pick(r, VERBS) + " after a long " + pick(r, NOUNS)
                + " dispute";
        StringBuilder b = new StringBuilder(paragraphs * 600 + 8000);
        b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>").append(headline)
                .append(" | The Generated Courier</title>\n")
                .append("<meta property=\"og:title\" content=\"").append(headline).append("\">\n")
                .append("<meta property=\"article:published_time\" content=\"").append(published)
                .append("T08:30:00Z\">\n<meta name=\"author\" content=\"").append(author).append("\">\n")
                .append("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",")
                .append("\"headline\":\"").append(headline).append("\",\"datePublished\":\"").append(published)
                .append("T08:30:00Z\",\"author\":[{\"@type\":\"Person\",\"name\":\"").append(author).append("\"}]}</script>\n");
        // Pages ship far more script than text; the parsers must skip it.
        for (int i = 0; i < 6; i++) {
            b.append("<script>window.tracker").append(i).append("={q:[]};");
            for (int j = 0; j < 40; j++) {
                b.append("tracker").append(i).append(".q.push(['evt',").append(r.nextInt(100000)).append("]);");
            }
            b.append("</script>\n");
        }
        b.append("</head><body>\n<header><nav class=\"site-nav\"><ul>");
        for (String s : new String[] {"Home", "World", "Business", "Sport", "Culture", "Opinion"}) {
            b.append("<li><a href=\"/").append(s.toLowerCase(Locale.ROOT)).append("\">").append(s).append("</a></li>");
        }
        b.append("</ul></nav></header>\n<div class=\"cookie-banner\"><p>We use cookies to improve your experience. ")
                .append("By continuing to browse you accept our use of cookies.</p><button>Accept all</button></div>\n")
                .append("<main><article class=\"article\">\n<h1 class=\"headline\">").append(headline).append("</h1>\n")
                .append("<div class=\"byline\">By <a rel=\"author\" href=\"/authors/x\">").append(author)
                .append("</a></div>\n<time datetime=\"").append(published).append("\">").append(LONG.format(published))
                .append("</time>\n<div class=\"share\"><a>Share on Facebook</a> <a>Share on X</a> <a>Email</a></div>\n")
                .append("<div class=\"article-body\">\n");
        for (int p = 0; p < paragraphs; p++) {
            b.append("<p>");
            if (p == 0) {
                b.append(pick(r, PLACES)).append(" — ");
            }
            paragraph(r, published, b);
            b.append("</p>\n");
            if (p == paragraphs / 2) {
                b.append("<aside class=\"newsletter\"><h3>Sign up for our newsletter</h3><p>Get the day's top stories ")
                        .append("in your inbox every morning.</p><form><input type=\"email\"><button>Subscribe</button></form></aside>\n");
            }
        }
        b.append("</div>\n<div class=\"donate\"><p>Independent journalism needs your support. Donate today.</p></div>\n")
                .append("</article>\n<section class=\"related\"><h2>More news</h2><ul>");
        for (int i = 0; i < 8; i++) {
            b.append("<li><a href=\"/n/").append(i).append("\">The ").append(pick(r, NOUNS)).append(" is ")
                    .append(pick(r, VERBS)).append(" again</a></li>");
        }
        b.append("</ul></section>\n<section class=\"comments\"><h2>Leave a comment</h2><form><textarea></textarea>")
                .append("<button>Post comment</button></form></section></main>\n")
                .append("<footer><p>© 2023 The Generated Courier. All rights reserved.</p><p><a>Privacy policy</a> ")
                .append("<a>Terms of use</a></p></footer>\n</body></html>\n");
        return b.toString();
    }

    private static void paragraph(SplittableRandom r, LocalDate published, StringBuilder b) {
        int sentences = 3 + r.nextInt(4);
        for (int s = 0; s < sentences; s++) {
            switch (r.nextInt(5)) {
                case 0 -> b.append('“').append(pick(r, CLAIMS)).append(",” ").append(pick(r, PEOPLE)).append(", ")
                        .append(pick(r, ROLES)).append(", ").append(pick(r, SAID)).append(". ");
                case 1 -> b.append("On ").append(LONG.format(published.minusDays(1 + r.nextInt(90))))
                        .append(", the ").append(pick(r, NOUNS)).append(" was ").append(pick(r, VERBS)).append(". ");
                case 2 -> b.append("Last ").append(published.minusDays(2 + r.nextInt(5)).getDayOfWeek()
                        .getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH)).append(" the ")
                        .append(pick(r, NOUNS)).append(" committee ").append(pick(r, VERBS)).append(" the ")
                        .append(pick(r, NOUNS)).append(" report. ");
                default -> b.append("The ").append(pick(r, NOUNS)).append(" ").append(pick(r, VERBS)).append(" by the ")
                        .append(pick(r, NOUNS)).append(" will cost ").append(1 + r.nextInt(900))
                        .append(" million over the next ").append(2 + r.nextInt(8)).append(" years, according to ")
                        .append(pick(r, ROLES)).append(". ");
            }
        }
    }

    private static String pick(SplittableRandom r, String[] words) {
        return words[r.nextInt(words.length)];
    }
}
