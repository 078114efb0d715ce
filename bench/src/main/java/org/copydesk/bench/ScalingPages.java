package org.copydesk.bench;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Made-up news pages of {@code n} units in one of several {@link Shape}s, for the scaling benchmark
 * ({@link ScalingBench}): each shape repeats one kind of content that a different stage works on, so that a
 * stage whose cost grows faster than the page shows up in one shape's ratio. The words are generated here, never
 * taken from real pages; the same shape, size and seed give the same page. A unit is about 150 to 300
 * characters of text, so a page of 10,000 units stays well under the default character limit (5 million).
 */
public final class ScalingPages {

    /** What a page repeats {@code n} times. */
    public enum Shape {
        /** Plain paragraphs of prose: no dates, quotes or links (block splitting, boilerplate phrases, layout). */
        PROSE,
        /** Paragraphs with several inline links, and a list of related links every tenth unit (link density). */
        LINKS,
        /** Paragraphs that each mention two or three dates, absolute and relative (the date engine). */
        DATES,
        /** Paragraphs of quotes with speakers and roles, many different people (quotes, speakers, persons). */
        QUOTES,
        /** Small nested divs, each with a line or two of text (container candidates, element scoring). */
        DIVS,
        /** A short article followed by a long comment section of named, dated comments (furniture after it). */
        COMMENTS,
        /** A short article followed by tables, one row a unit (cells as blocks). */
        TABLE,
        /** An interview: an introduction naming the guest, then labelled turns ("Q:", "ABERNETHY:") naming people. */
        TRANSCRIPT;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static final String[] FIRST = {"Ana", "Bruno", "Chiara", "Dmitri", "Elif", "Farid", "Greta", "Hugo",
        "Ines", "Jonas", "Katya", "Lucas", "Mirela", "Nils", "Oona", "Pavel", "Rosa", "Stefan", "Talia", "Umar",
        "Vera", "Wim", "Yara", "Zoltan"};
    private static final String[] LAST = {"Abernethy", "Bianchi", "Castell", "Delacroix", "Eriksen", "Fonseca",
        "Gallagher", "Haddad", "Ivanova", "Jaramillo", "Kowalczyk", "Lindqvist", "Moreau", "Nakamura", "Okonkwo",
        "Petrov", "Quintero", "Rasmussen", "Szabo", "Takahashi", "Underwood", "Valdes", "Whitlock", "Yilmaz"};
    private static final String[] ROLES = {"a harbour engineer", "the district's planning officer",
        "a spokesman for the ferry company", "the chair of the residents' group", "a lecturer in transport policy",
        "the mayor's deputy", "a local shopkeeper", "the regional health director"};
    private static final String[] NOUNS = {"ferry link", "sea wall", "library", "bus depot", "market hall",
        "canal bridge", "clinic", "school roof", "cycle path", "pumping station", "tide gauge", "town archive"};
    private static final String[] VERBS = {"reopened", "stalled", "expanded", "inspected", "sold", "rebuilt",
        "closed", "surveyed", "renamed", "moved"};
    private static final String[] ADJECTIVES = {"narrow", "costly", "overdue", "modest", "disputed", "temporary",
        "quiet", "ambitious", "cautious", "unexpected"};
    private static final String[] CLAIMS = {"The work has to be finished before the winter storms",
        "Nobody on the board saw the bill coming", "We asked for the plans three times and heard nothing",
        "The old building simply cannot take another season", "Residents deserve a straight answer about the delay",
        "Our crews are ready as soon as the permits arrive"};
    private static final String[] SAID = {"said", "told the meeting", "added", "said on Monday", "said in an interview"};
    private static final String[] RELATIVE = {"last week", "two days ago", "last Thursday", "earlier this month",
        "next spring", "three years ago", "yesterday", "the following Monday"};
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter NUMERIC = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ENGLISH);

    private ScalingPages() {
    }

    /** The page of {@code shape} with {@code n} units, written from {@code seed}. */
    public static String html(Shape shape, int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed * 31 + shape.ordinal());
        LocalDate published = LocalDate.of(2024, 1, 1).plusDays(r.nextInt(300));
        String author = person(r);
        String headline = "The " + pick(r, ADJECTIVES) + " " + pick(r, NOUNS) + " plan is " + pick(r, VERBS)
                + " once more";
        StringBuilder b = new StringBuilder(n * 400 + 6000);
        b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>").append(headline)
                .append(" | The Harbour Ledger</title>\n<meta property=\"og:title\" content=\"").append(headline)
                .append("\">\n<meta property=\"article:published_time\" content=\"").append(published)
                .append("T07:00:00Z\">\n<meta name=\"author\" content=\"").append(author).append("\">\n")
                .append("</head><body>\n<header><nav class=\"menu\"><ul>");
        for (String s : new String[] {"Home", "Local", "Coast", "Money", "Sport", "Letters"}) {
            b.append("<li><a href=\"/").append(s.toLowerCase(Locale.ROOT)).append("\">").append(s).append("</a></li>");
        }
        b.append("</ul></nav></header>\n<main><article class=\"story\">\n<h1>").append(headline).append("</h1>\n")
                .append("<p class=\"byline\">By <a rel=\"author\" href=\"/staff/1\">").append(author)
                .append("</a></p>\n<time datetime=\"").append(published).append("\">").append(LONG.format(published))
                .append("</time>\n<div class=\"story-body\">\n");
        switch (shape) {
            case PROSE -> {
                for (int i = 0; i < n; i++) {
                    b.append("<p>");
                    prose(r, b, 2 + r.nextInt(2));
                    b.append("</p>\n");
                }
            }
            case LINKS -> {
                for (int i = 0; i < n; i++) {
                    if (i % 10 == 9) {
                        b.append("<ul class=\"see-also\">");
                        for (int k = 0; k < 4; k++) {
                            b.append("<li><a href=\"/story/").append(r.nextInt(1_000_000)).append("\">The ")
                                    .append(pick(r, NOUNS)).append(" is ").append(pick(r, VERBS)).append("</a></li>");
                        }
                        b.append("</ul>\n");
                        continue;
                    }
                    b.append("<p>");
                    for (int k = 0; k < 3; k++) {
                        b.append("The <a href=\"/topic/").append(r.nextInt(5000)).append("\">").append(pick(r, NOUNS))
                                .append("</a> was ").append(pick(r, VERBS)).append(" after <a href=\"/people/")
                                .append(r.nextInt(5000)).append("\">").append(person(r)).append("</a> wrote to the board. ");
                    }
                    b.append("</p>\n");
                }
            }
            case DATES -> {
                for (int i = 0; i < n; i++) {
                    b.append("<p>");
                    LocalDate d = published.minusDays(1 + r.nextInt(700));
                    switch (r.nextInt(3)) {
                        case 0 -> b.append("On ").append(LONG.format(d)).append(" the ").append(pick(r, NOUNS))
                                .append(" was ").append(pick(r, VERBS)).append(", and ").append(pick(r, RELATIVE))
                                .append(" it was ").append(pick(r, VERBS)).append(" again. ");
                        case 1 -> b.append("The ").append(pick(r, NOUNS)).append(" closed on ")
                                .append(d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH)).append(", ")
                                .append(DAY_MONTH.format(d)).append(", and reopened ").append(pick(r, RELATIVE))
                                .append(". ");
                        default -> b.append("A notice dated ").append(NUMERIC.format(d)).append(" said the ")
                                .append(pick(r, NOUNS)).append(" would be ").append(pick(r, VERBS)).append(" by ")
                                .append(d.plusMonths(2).getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH))
                                .append(' ').append(d.plusMonths(2).getYear()).append(". ");
                    }
                    b.append("Work began in ").append(1990 + r.nextInt(34)).append(" and ")
                            .append(pick(r, RELATIVE)).append(" the crews returned.</p>\n");
                }
            }
            case QUOTES -> {
                for (int i = 0; i < n; i++) {
                    b.append("<p>");
                    String who = person(r);
                    switch (r.nextInt(3)) {
                        case 0 -> b.append('“').append(pick(r, CLAIMS)).append(",” ").append(who).append(", ")
                                .append(pick(r, ROLES)).append(", ").append(pick(r, SAID)).append('.');
                        case 1 -> b.append(who).append(", ").append(pick(r, ROLES)).append(", said: “")
                                .append(pick(r, CLAIMS)).append(".”");
                        default -> b.append('“').append(pick(r, CLAIMS)).append(",” ")
                                .append(pick(r, SAID)).append(' ').append(who).append(". “")
                                .append(pick(r, CLAIMS)).append(".”");
                    }
                    b.append("</p>\n");
                }
            }
            case DIVS -> {
                for (int i = 0; i < n; i++) {
                    b.append("<div class=\"tile tile-").append(i % 7).append("\"><div class=\"tile-inner\">")
                            .append("<div class=\"tile-head\"><span>").append(pick(r, ADJECTIVES)).append(' ')
                            .append(pick(r, NOUNS)).append("</span></div><div class=\"tile-text\"><div>");
                    prose(r, b, 1);
                    b.append("</div></div></div></div>\n");
                }
            }
            case COMMENTS -> {
                article(r, b, 30);
                b.append("</div>\n</article>\n<section class=\"comments\"><h2>").append(n)
                        .append(" comments</h2><ol class=\"comment-list\">\n");
                for (int i = 0; i < n; i++) {
                    LocalDate d = published.plusDays(r.nextInt(20));
                    b.append("<li class=\"comment\"><div class=\"comment-meta\"><span class=\"comment-author\">")
                            .append(person(r)).append("</span> <time datetime=\"").append(d).append("\">")
                            .append(LONG.format(d)).append("</time></div><div class=\"comment-body\"><p>");
                    prose(r, b, 1 + r.nextInt(2));
                    b.append("</p></div><a class=\"reply\" href=\"#c").append(i).append("\">Reply</a></li>\n");
                }
                b.append("</ol></section>\n");
            }
            case TABLE -> {
                article(r, b, 10);
                for (int i = 0; i < n; i++) {
                    if (i % 50 == 0) {
                        if (i > 0) {
                            b.append("</tbody></table>\n");
                        }
                        b.append("<table class=\"results\"><thead><tr><th>Site</th><th>Work</th><th>Cost</th>")
                                .append("<th>Date</th><th>Note</th></tr></thead><tbody>\n");
                    }
                    b.append("<tr><td>").append(pick(r, NOUNS)).append(' ').append(i).append("</td><td>")
                            .append(pick(r, VERBS)).append("</td><td>").append(1 + r.nextInt(900)).append(",")
                            .append(100 + r.nextInt(900)).append("</td><td>")
                            .append(published.minusDays(r.nextInt(400))).append("</td><td>The ")
                            .append(pick(r, ADJECTIVES)).append(" part of the job was ").append(pick(r, VERBS))
                            .append(" by the crew</td></tr>\n");
                }
                if (n > 0) {
                    b.append("</tbody></table>\n");
                }
            }
            case TRANSCRIPT -> {
                String guest = person(r);
                String surname = guest.substring(guest.indexOf(' ') + 1).toUpperCase(Locale.ROOT);
                b.append("<p>").append(guest).append(", ").append(pick(r, ROLES))
                        .append(", spoke to the Ledger about the year ahead. The interview has been edited.</p>\n");
                for (int i = 0; i < n; i++) {
                    if (i % 2 == 0) {
                        b.append("<p>Q: What happens to the ").append(pick(r, NOUNS)).append(" now that ")
                                .append(person(r)).append(" has left the board?</p>\n");
                    } else {
                        b.append("<p>").append(surname).append(": ");
                        prose(r, b, 1);
                        b.append(" I spoke to ").append(person(r)).append(" about it last month.</p>\n");
                    }
                }
            }
            default -> throw new IllegalStateException(shape.toString());
        }
        if (shape != Shape.COMMENTS) {
            b.append("</div>\n</article>\n");
        }
        b.append("<section class=\"more\"><h2>More from the coast</h2><ul>");
        for (int i = 0; i < 6; i++) {
            b.append("<li><a href=\"/m/").append(i).append("\">The ").append(pick(r, NOUNS)).append(" is ")
                    .append(pick(r, VERBS)).append("</a></li>");
        }
        b.append("</ul></section></main>\n<footer><p>© 2024 The Harbour Ledger. All rights reserved.</p>")
                .append("<p><a href=\"/privacy\">Privacy</a> <a href=\"/terms\">Terms</a></p></footer>\n</body></html>\n");
        return b.toString();
    }

    /** A short article of {@code paragraphs} paragraphs of prose, inside the open article body. */
    private static void article(SplittableRandom r, StringBuilder b, int paragraphs) {
        for (int i = 0; i < paragraphs; i++) {
            b.append("<p>");
            prose(r, b, 3);
            b.append("</p>\n");
        }
    }

    private static void prose(SplittableRandom r, StringBuilder b, int sentences) {
        for (int s = 0; s < sentences; s++) {
            if (s > 0) {
                b.append(' ');
            }
            switch (r.nextInt(4)) {
                case 0 -> b.append("The ").append(pick(r, ADJECTIVES)).append(' ').append(pick(r, NOUNS))
                        .append(" was ").append(pick(r, VERBS)).append(" while the ").append(pick(r, NOUNS))
                        .append(" waited for a decision from the council.");
                case 1 -> b.append("Engineers expect the ").append(pick(r, NOUNS)).append(" to cost about ")
                        .append(2 + r.nextInt(90)).append(" million, far more than the ").append(pick(r, ADJECTIVES))
                        .append(" first estimate.");
                case 2 -> b.append("Many residents walk past the ").append(pick(r, NOUNS))
                        .append(" every day and wonder why it is still ").append(pick(r, ADJECTIVES)).append('.');
                default -> b.append("A report on the ").append(pick(r, NOUNS)).append(" found that the ")
                        .append(pick(r, NOUNS)).append(" had been ").append(pick(r, VERBS))
                        .append(" without a proper survey.");
            }
        }
    }

    /** One of 576 made-up people. */
    private static String person(SplittableRandom r) {
        return pick(r, FIRST) + " " + pick(r, LAST);
    }

    private static String pick(SplittableRandom r, String[] words) {
        return words[r.nextInt(words.length)];
    }
}
