package org.copydesk.ingest.quotes;

import java.util.ArrayList;
import java.util.List;
import org.copydesk.core.Span;

/**
 * Splits a paragraph into sentences without looking inside quotations, so a quoted passage of several sentences
 * stays in the sentence that carries its cue ("One official said: “… . … .”").
 */
final class Sentences {

    private final Lexicon lexicon;

    Sentences(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<Span> split(String text, Span para, List<QuotedRegion> regions) {
        int end = QuoteMarks.trimEnd(text, para);
        List<Span> out = new ArrayList<>();
        int start = QuoteMarks.firstNonSpace(text, para.start(), end);
        int i = start;
        while (i < end) {
            QuotedRegion r = regionAt(regions, i);
            int boundary = -1;
            if (r != null) {
                i = r.end();
                int lastAt = r.end() - r.closeWidth() - 1;
                char last = r.closed() && lastAt > r.open() ? text.charAt(lastAt) : ' ';
                if (".!?".indexOf(last) >= 0 && startsSentence(text, i, end)) {
                    boundary = i;
                }
            } else {
                char c = text.charAt(i);
                i++;
                if (".!?".indexOf(c) >= 0 && (!abbreviationBefore(text, para.start(), i - 1)
                        || pronounAfter(text, i, end))) {
                    while (i < end && ")]".indexOf(text.charAt(i)) >= 0) {
                        i++;
                    }
                    if (startsSentence(text, i, end)) {
                        boundary = i;
                    }
                }
            }
            if (boundary > 0) {
                out.add(new Span(start, boundary));
                start = QuoteMarks.firstNonSpace(text, boundary, end);
                i = start;
            }
        }
        if (start < end) {
            out.add(new Span(start, end));
        }
        return out;
    }

    /** Whitespace, then a capital, digit or opening mark. */
    private static boolean startsSentence(String text, int i, int end) {
        if (i >= end || !QuoteMarks.isSpace(text.charAt(i))) {
            return false;
        }
        int k = QuoteMarks.firstNonSpace(text, i, end);
        if (k >= end) {
            return false;
        }
        char c = text.charAt(k);
        return Character.isUpperCase(c) || Character.isDigit(c) || "“„«\"‘'(".indexOf(c) >= 0;
    }

    /** "…at 7 p.m. He said": a capitalised pronoun after an abbreviation starts a sentence all the same. */
    private boolean pronounAfter(String text, int i, int end) {
        int k = QuoteMarks.firstNonSpace(text, i, end);
        int w = k;
        while (w < end && Character.isLetter(text.charAt(w))) {
            w++;
        }
        return k > i && w > k && w < end && Character.isUpperCase(text.charAt(k))
                && QuoteMarks.isSpace(text.charAt(w)) && lexicon.is("pronoun", text.substring(k, w));
    }

    /** "M." "Gen." "U.S." end no sentence when a name or noun follows. */
    private boolean abbreviationBefore(String text, int from, int dot) {
        int k = dot;
        while (k > from && (Character.isLetter(text.charAt(k - 1)) || text.charAt(k - 1) == '.')) {
            k--;
        }
        String word = text.substring(k, dot);
        if (word.isEmpty()) {
            return false;
        }
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true;
        }
        return word.indexOf('.') > 0 || lexicon.is("abbreviation", word);
    }

    private static QuotedRegion regionAt(List<QuotedRegion> regions, int i) {
        for (QuotedRegion r : regions) {
            if (r.open() == i) {
                return r;
            }
        }
        return null;
    }
}
