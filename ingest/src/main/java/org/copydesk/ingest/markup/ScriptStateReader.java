package org.copydesk.ingest.markup;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.ingest.markup.MarkupClaim.Field;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads the schema.org date keys a page keeps in its application state rather than in JSON-LD: a script that
 * hydrates the page ({@code __NEXT_DATA__}, {@code window.__STATE__ = {…}}) or a {@code data-*} attribute
 * holding JSON, where {@code "datePublished": "2023-12-05T03:51:59Z"} names the article's dates as the CMS
 * stores them. Such state also describes teasers and related articles, so only the first value of each key
 * is read, as {@code script:datepublished} or {@code script:datemodified}, trusted below every markup a page
 * shows to search engines and below its visible date lines ({@code source-trust.txt}).
 */
final class ScriptStateReader {

    /** A key and its string value, with the quotes JSON escapes inside a string ({@code \"}) allowed. */
    private static final Pattern KEY = Pattern.compile(
            "\\\\?\"(datePublished|dateModified)\\\\?\"\\s*:\\s*\\\\?\"(\\d{4}-\\d\\d-\\d\\d[^\"\\\\]{0,30})");
    /** State beyond this many characters is not searched further: a page's own record comes early. */
    private static final int MAX_CHARS = 2_000_000;

    private ScriptStateReader() {
    }

    static List<MarkupClaim> read(Document doc) {
        List<MarkupClaim> out = new ArrayList<>();
        int budget = MAX_CHARS;
        for (Element e : doc.getElementsByTag("script")) {
            String type = e.attr("type").toLowerCase(Locale.ROOT);
            if (type.contains("ld+json")) {
                continue; // read as JSON-LD
            }
            String data = e.data();
            budget -= data.length();
            scan(data, out);
            if (budget <= 0 || out.size() == 2) {
                return out;
            }
        }
        for (Element e : doc.select("[^data-]")) {
            for (Attribute a : e.attributes()) {
                if (a.getKey().startsWith("data-") && a.getValue().length() > 40) {
                    scan(a.getValue(), out);
                    if (out.size() == 2) {
                        return out;
                    }
                }
            }
        }
        return out;
    }

    private static void scan(String text, List<MarkupClaim> out) {
        if (!text.contains("datePublished") && !text.contains("dateModified")) {
            return;
        }
        Matcher m = KEY.matcher(text);
        while (m.find()) {
            Field field = m.group(1).equals("datePublished") ? Field.PUBLISHED : Field.MODIFIED;
            if (out.stream().noneMatch(c -> c.field() == field)) {
                out.add(MarkupClaim.of(field, m.group(2), "script:" + m.group(1).toLowerCase(Locale.ROOT)));
            }
        }
    }
}
