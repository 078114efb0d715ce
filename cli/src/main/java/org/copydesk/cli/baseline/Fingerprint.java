package org.copydesk.cli.baseline;

import org.copydesk.core.Finding;
import org.copydesk.core.Hashes;
import org.copydesk.core.Span;

/**
 * A finding's identity across runs, independent of where in the file it sits: the rule, the document's report
 * name, and the normalised text of the finding's span with a little of its line either side. Line numbers and
 * offsets are not part of it, so inserting or removing lines elsewhere leaves it unchanged; whitespace runs count
 * as one space, so re-wrapping or blank lines inside the evidence do not matter either. A finding about the
 * whole document (an empty span) is known by its message with the numbers masked, so "body has 41 words"
 * and "body has 44 words" are the same finding.
 *
 * @param rule     the rule id
 * @param document the report name (path relative to the input argument)
 * @param evidence the normalised evidence, span text between {@code [[ ]]}
 * @param hash     sha256 of the three, hex: what the baseline matches on
 */
public record Fingerprint(String rule, String document, String evidence, String hash) {

    /** Characters of context taken on each side of the span, within the span's line. */
    static final int CONTEXT = 32;
    /** Characters of the span's own text kept; longer spans are cut. */
    static final int SPAN_TEXT = 80;

    public static Fingerprint of(String document, String text, Finding f) {
        Span s = f.span();
        String evidence;
        if (s.start() == s.end() || s.end() > text.length()) {
            evidence = "message: " + normalise(f.message()).replaceAll("\\d+(?:[.,]\\d+)*", "#");
        } else {
            String span = text.substring(s.start(), s.end());
            int cut = span.indexOf('\n');
            String head = normalise(cut < 0 ? span : span.substring(0, cut));
            // a long or many-line span (a whole body, a paragraph) is known by its start: text added at its end
            // or between its paragraphs does not make it a new finding
            boolean whole = cut < 0 && head.length() <= SPAN_TEXT;
            evidence = before(text, s.start()) + "[[" + (whole ? head : cap(head) + "…") + "]]"
                    + (whole ? after(text, s.end()) : "");
        }
        return new Fingerprint(f.rule(), document, evidence,
                Hashes.sha256(f.rule() + "\n" + document + "\n" + evidence));
    }

    /** Whitespace runs as one space, trimmed. */
    static String normalise(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    private static String cap(String s) {
        return s.length() <= SPAN_TEXT ? s : s.substring(0, SPAN_TEXT);
    }

    /** Whitespace runs as one space, kept at the edges (context next to the span). */
    private static String collapse(String s) {
        return s.replaceAll("\\s+", " ");
    }

    private static String before(String text, int start) {
        int from = start;
        StringBuilder raw = new StringBuilder();
        // walk back inside the line until CONTEXT characters of normalised text are gathered
        while (from > 0 && text.charAt(from - 1) != '\n' && collapse(raw.toString()).length() <= CONTEXT) {
            raw.insert(0, text.charAt(--from));
        }
        String n = collapse(raw.toString()).stripLeading();
        return n.length() > CONTEXT ? n.substring(n.length() - CONTEXT) : n;
    }

    private static String after(String text, int end) {
        int to = end;
        StringBuilder raw = new StringBuilder();
        while (to < text.length() && text.charAt(to) != '\n' && collapse(raw.toString()).length() <= CONTEXT) {
            raw.append(text.charAt(to++));
        }
        String n = collapse(raw.toString()).stripTrailing();
        return n.length() > CONTEXT ? n.substring(0, CONTEXT) : n;
    }
}
