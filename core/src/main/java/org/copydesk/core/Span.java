package org.copydesk.core;

import java.io.Serializable;

/** A half-open range {@code [start, end)} of UTF-16 offsets into a document's extracted text. */
public record Span(int start, int end) implements Serializable, Comparable<Span> {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public static Span of(int start, int end) {
        return new Span(start, end);
    }

    public int length() {
        return end - start;
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }

    public boolean contains(Span other) {
        return other.start >= start && other.end <= end;
    }

    public boolean overlaps(Span other) {
        return other.start < end && start < other.end;
    }

    /** The characters of {@code text} this span covers. */
    public String in(CharSequence text) {
        return text.subSequence(start, end).toString();
    }

    /** This span shifted right by {@code delta} characters. */
    public Span shift(int delta) {
        return new Span(start + delta, end + delta);
    }

    @Override
    public int compareTo(Span o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
    }
}
