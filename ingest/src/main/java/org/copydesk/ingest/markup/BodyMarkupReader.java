package org.copydesk.ingest.markup;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.copydesk.ingest.markup.MarkupClaim.Field;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads what the page body's markup says beyond the head: {@code <time datetime>} elements (those marked
 * {@code pubdate} or {@code itemprop}, or standing in the article's header), microdata {@code itemprop}
 * dates and authors, {@code rel=author} links, and elements whose class or id names them a byline or author.
 */
final class BodyMarkupReader {

    private static final Pattern BYLINE_HINT = Pattern.compile(
            "(?:^|[\\s_-])(?:by-?line|byline__?\\w*|author(?:s|-?name|__?name|-?link|-info|-meta)?|writer|"
                    + "contributors?|article-?author|post-?author|entry-?author|story-?author)(?:$|[\\s_-])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NOT_BYLINE = Pattern.compile(
            "bio|avatar|image|img|photo|pic|thumb|desc|about|social|follow|twitter|email|comment|related|more|"
                    + "card|box|list|widget|promo|newsletter|footer|menu|nav",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PUBLISHED_HINT = Pattern.compile("publish|posted|created|pubdate|date-?pub",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MODIFIED_HINT = Pattern.compile("updat|modif|edited", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADER = Pattern.compile(
            "header|byline|meta|dateline|timestamp|post-?info|entry-?info|article-?info|publish|date|time",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DATE_HINT = Pattern.compile(
            "(?:^|[\\s_-])(?:date|dateline|timestamp|published|publish-?date|pub-?date|post-?date|entry-?date|"
                    + "article-?date|story-?date|date-?published)(?:$|[\\s_-])", Pattern.CASE_INSENSITIVE);
    private static final int MAX_BYLINE_CHARS = 160;
    private static final int MAX_DATE_CHARS = 60;
    private static final int MAX_TIMES = 4;
    private static final int MAX_HINTED = 3;

    private BodyMarkupReader() {
    }

    static List<MarkupClaim> read(Document doc) {
        List<MarkupClaim> out = new ArrayList<>();
        times(doc, out);
        List<Element> dated = doc.select("[itemprop~=(?i)^(datePublished|dateCreated|dateModified)$]:not(meta)");
        if (dated.size() > MAX_TIMES) {
            dated = List.of(); // a list of teasers, each with its own date
        }
        for (Element e : dated) {
            String v = firstNonEmpty(e.attr("datetime"), e.attr("content"), e.text());
            String prop = e.attr("itemprop").toLowerCase(Locale.ROOT);
            Field f = prop.equals("datemodified") ? Field.MODIFIED : Field.PUBLISHED;
            add(out, f, v, "itemprop:" + prop, null);
        }
        for (Element e : doc.select("[itemprop~=(?i)^(author|creator)$]:not(meta)")) {
            if (e.parents().stream().anyMatch(p -> p.normalName().matches("figure|figcaption"))) {
                continue; // the creator of a picture, not of the article
            }
            Element name = e.selectFirst("[itemprop=name]");
            String v = name != null ? firstNonEmpty(name.attr("content"), name.text()) : firstNonEmpty(e.attr("content"),
                    e.text());
            if (v.isEmpty() || v.length() > MAX_BYLINE_CHARS) {
                Element url = e.selectFirst("[itemprop=url], a[href]");
                v = url == null ? "" : firstNonEmpty(url.attr("content"), url.attr("href"));
                add(out, Field.AUTHOR, v, "itemprop:author", "url");
            } else {
                add(out, Field.AUTHOR, v, "itemprop:author", kindOf(e));
            }
        }
        for (Element a : doc.select("a[rel~=(?i)^author$], link[rel~=(?i)^author$]")) {
            String v = MarkupText.clean(a.text());
            if (v.isEmpty() || v.length() > MAX_BYLINE_CHARS) {
                add(out, Field.AUTHOR, a.attr("href"), "rel-author", "url");
            } else {
                add(out, Field.AUTHOR, v, "rel-author", null);
            }
        }
        hinted(doc, out);
        return out;
    }

    /**
     * {@code <time>}: one marked {@code pubdate} or {@code itemprop} wherever it stands; one whose class says
     * published or updated, or the first plain one in an article header, unless the page holds a list of them
     * (teasers, a live feed), where none of those is the article's own.
     */
    private static void times(Document doc, List<MarkupClaim> out) {
        List<Element> all = doc.select("time");
        boolean list = all.stream().map(t -> firstNonEmpty(t.attr("datetime"), t.text())).distinct().count() > MAX_TIMES;
        boolean plainTaken = false;
        for (Element t : all) {
            String v = firstNonEmpty(t.attr("datetime"), t.attr("content"), t.text());
            String prop = t.attr("itemprop").toLowerCase(Locale.ROOT);
            String hints = t.attr("class") + " " + t.attr("id") + " " + (t.parent() == null ? "" : t.parent().className());
            String source = null;
            if (!plainTaken && list && inArticleHead(t, true)) {
                plainTaken = true;
                source = "time";
            } else if (list) {
                continue;
            } else if (t.hasAttr("pubdate") || prop.equals("datepublished")) {
                source = "time:published";
            } else if (prop.equals("datemodified") || MODIFIED_HINT.matcher(hints).find()) {
                add(out, Field.MODIFIED, v, "time:modified", null);
                shown(out, t, v, "time:modified");
            } else if (PUBLISHED_HINT.matcher(hints).find()) {
                source = "time:published";
            } else if (!plainTaken && inArticleHead(t, false)) {
                plainTaken = true;
                source = "time";
            }
            if (source != null) {
                add(out, Field.PUBLISHED, v, source, null);
                shown(out, t, v, source);
            }
        }
        if (!list) {
            datedElement(doc, out);
        }
    }

    /**
     * What a date element shows readers: its own text when that holds a date with its label ("Posted: …"),
     * else its machine-readable value.
     */
    private static void shown(List<MarkupClaim> out, Element t, String value, String source) {
        String text = MarkupText.clean(t.text());
        boolean readable = text.length() <= 2 * MAX_DATE_CHARS && text.matches(".*\\d.*");
        add(out, Field.SHOWN, readable ? text : value, source, null);
    }

    /** The first short element outside page furniture whose class or id says it holds the date. */
    private static void datedElement(Document doc, List<MarkupClaim> out) {
        for (Element e : doc.select("[class], [id]")) {
            String cls = e.className() + " " + e.id();
            if (!DATE_HINT.matcher(cls).find() || MODIFIED_HINT.matcher(cls).find() || e.normalName().equals("time")
                    || e.normalName().equals("meta") || insideBoilerplate(e)) {
                continue;
            }
            String v = MarkupText.clean(e.text());
            if (!v.isEmpty() && v.length() <= MAX_DATE_CHARS && v.matches(".*\\d.*")) {
                add(out, Field.PUBLISHED, v, "date-class", null);
                return;
            }
        }
    }

    /** Inside an article or its header (by tag, or when {@code strict} is false also by class), not in a list. */
    private static boolean inArticleHead(Element t, boolean strict) {
        boolean head = false;
        for (Element p = t.parent(); p != null; p = p.parent()) {
            String tag = p.normalName();
            if (tag.equals("footer") || tag.equals("nav") || tag.equals("aside") || tag.equals("li")) {
                return false;
            }
            head |= tag.equals("header") || tag.equals("article") || !strict && (tag.equals("main")
                    || HEADER.matcher(p.className() + " " + p.id()).find());
        }
        return head;
    }

    /** Elements whose class or id says byline or author: their short text, the first few distinct ones. */
    private static void hinted(Document doc, List<MarkupClaim> out) {
        Set<String> seen = new LinkedHashSet<>();
        for (Element e : doc.select("[class], [id]")) {
            String cls = e.className() + " " + e.id();
            if (!BYLINE_HINT.matcher(cls).find() || NOT_BYLINE.matcher(cls).find() || insideBoilerplate(e)
                    || e.normalName().equals("meta") || e.normalName().equals("img")) {
                continue;
            }
            String v = MarkupText.clean(e.text());
            if (v.isEmpty() || v.length() > MAX_BYLINE_CHARS || !seen.add(v.toLowerCase(Locale.ROOT))) {
                continue;
            }
            out.add(new MarkupClaim(Field.AUTHOR, v, "byline-class", null));
            if (seen.size() >= MAX_HINTED) {
                return;
            }
        }
    }

    private static boolean insideBoilerplate(Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            String tag = p.normalName();
            if (tag.equals("footer") || tag.equals("nav") || tag.equals("aside") || tag.equals("form")
                    || tag.equals("li") && p.parent() != null && p.parent().children().size() > 3) {
                return true;
            }
            if (tag.equals("figure") || tag.equals("figcaption")) {
                return true; // a photo's credit
            }
            // the article's own container lists its tags and features ("has-post-thumbnail"): not furniture
            boolean container = tag.equals("article") || tag.equals("main") || tag.equals("body");
            if (!container && NOT_BYLINE.matcher(p.className()).find() && !BYLINE_HINT.matcher(p.className()).find()) {
                return true;
            }
        }
        return false;
    }

    private static String kindOf(Element e) {
        String type = e.attr("itemtype").toLowerCase(Locale.ROOT);
        return type.endsWith("person") ? "Person" : type.contains("organization") ? "Organization" : null;
    }

    private static void add(List<MarkupClaim> out, Field f, String value, String source, String kind) {
        String v = MarkupText.clean(value);
        if (!v.isEmpty()) {
            out.add(new MarkupClaim(f, v, source, kind));
        }
    }

    private static String firstNonEmpty(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return "";
    }
}
