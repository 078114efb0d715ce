package org.copydesk.ingest.markup;

import org.jsoup.parser.Parser;

/** Markup values as text: character entities decoded, stray tags dropped, whitespace collapsed. */
final class MarkupText {

    private MarkupText() {
    }

    static String clean(String s) {
        if (s == null) {
            return "";
        }
        String v = s.indexOf('&') >= 0 ? Parser.unescapeEntities(s, false) : s;
        if (v.indexOf('<') >= 0) {
            v = v.replaceAll("<[^>]{0,200}>", " ");
        }
        return v.replace('\u00a0', ' ').replaceAll("[\\s\\u200b\\u2028\\u2029]+", " ").strip();
    }
}
