package org.copydesk.ingest.quotes;

/**
 * Text between a pair of quotation marks in one paragraph, before it is judged a quote, a scare quote or a title.
 *
 * @param open   offset of the opening mark
 * @param end    exclusive end: one past the closing mark, or the paragraph's end when the quote runs on
 * @param closed whether a closing mark was found in the paragraph
 * @param single whether the marks are single quotes
 */
record QuotedRegion(int open, int end, boolean closed, boolean single) {

    /** The words inside the marks, trimmed, without a trailing comma that belongs to the sentence. */
    String inner(String text) {
        int from = open + 1;
        int to = closed ? end - 1 : end;
        String s = from < to ? text.substring(from, to).strip() : "";
        return s.endsWith(",") ? s.substring(0, s.length() - 1).strip() : s;
    }
}
