package org.copydesk.ingest.quotes;

/**
 * Text between a pair of quotation marks in one paragraph, before it is judged a quote, a scare quote or a title.
 *
 * @param open   offset of the opening mark
 * @param end    exclusive end: one past the closing mark, or the paragraph's end when the quote runs on
 * @param closed whether a closing mark was found in the paragraph
 * @param single whether the marks are single quotes
 * @param openWidth  characters in the opening mark (2 for {@code ''} and {@code ``} written as a double mark)
 * @param closeWidth characters in the closing mark
 */
record QuotedRegion(int open, int end, boolean closed, boolean single, int openWidth, int closeWidth) {

    QuotedRegion(int open, int end, boolean closed, boolean single) {
        this(open, end, closed, single, 1, 1);
    }

    /** The words inside the marks, trimmed, without a trailing comma that belongs to the sentence. */
    String inner(String text) {
        int from = open + openWidth;
        int to = closed ? end - closeWidth : end;
        String s = from < to ? text.substring(from, to).strip() : "";
        return s.endsWith(",") ? s.substring(0, s.length() - 1).strip() : s;
    }
}
