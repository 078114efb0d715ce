package org.copydesk.core;

import java.io.Serializable;
import java.util.Objects;

/**
 * One piece of the lossless partition of a document's extracted text. Boilerplate segments carry their
 * category and the reason (which signal fired); the text is kept so that nothing removed is lost.
 */
public record Segment(int start, int end, SegmentRole role, BoilerplateCategory category, String reason, String text)
        implements Serializable {

    public Segment {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(text, "text");
        if (start < 0 || end < start || text.length() != end - start) {
            throw new IllegalArgumentException("segment [" + start + ", " + end + ") does not match its text");
        }
        if ((role == SegmentRole.BOILERPLATE) != (category != null)) {
            throw new IllegalArgumentException("a category is given exactly for boilerplate segments");
        }
    }

    public Span span() {
        return new Span(start, end);
    }

    /** The span of this segment without leading and trailing whitespace. */
    public Span contentSpan() {
        int s = 0;
        int e = text.length();
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return new Span(start + s, start + e);
    }

    public String content() {
        return text.strip();
    }

    public boolean isRemoved() {
        return role == SegmentRole.BOILERPLATE;
    }
}
