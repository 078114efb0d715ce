package org.copydesk.core;

import java.util.Locale;

/**
 * The kind of evidence a publication date comes from, as the report names it: structured {@code markup}
 * (JSON-LD, meta tags, microdata, {@code <time>} elements), a visible {@code date-line} near the headline, the
 * page's {@code url}, or a date found in the page's {@code text}. The order is the order of trust.
 */
public enum DateEvidence {
    MARKUP("markup"),
    DATE_LINE("date-line"),
    URL("url"),
    TEXT("text");

    private final String id;

    DateEvidence(String id) {
        this.id = id;
    }

    /** The name the report uses. */
    public String id() {
        return id;
    }

    /**
     * The kind of a date value's source label: {@code visible…} labels and {@code date-class} (the text of an
     * element classed as the date) are date lines, {@code url} the page's address, {@code text…} a date found
     * in the text, every other label (a markup source) markup.
     */
    public static DateEvidence of(String source) {
        String s = source.toLowerCase(Locale.ROOT);
        if (s.equals("visible") || s.startsWith("visible:") || s.equals("date-class")) {
            return DATE_LINE;
        }
        if (s.equals("url") || s.startsWith("url:")) {
            return URL;
        }
        if (s.equals("text") || s.startsWith("text:")) {
            return TEXT;
        }
        return MARKUP;
    }
}
