package org.copydesk.ingest.quotes;

import java.util.ArrayList;
import java.util.List;
import org.copydesk.core.Span;

/**
 * Pairs quotation marks inside one paragraph. Which way a mark faces is read from its neighbours as well as its
 * glyph, because scraped text mixes styles (“…“, ”…”, straight quotes) and uses the same glyphs for apostrophes,
 * feet and minutes.
 */
final class QuoteMarks {

    /**
     * What one paragraph holds.
     *
     * @param regions      quoted stretches in text order (double and single)
     * @param openAtEnd    offset of an opening mark still open at the paragraph's end, or -1
     * @param wrongCloseAtEnd offset of an opening glyph (“) that ends the paragraph as if it closed a quote, or -1
     * @param stray        closing marks with no opening mark, and openers superseded before closing
     * @param opensWithMark whether the paragraph's first character is an opening mark (the multi-paragraph reopen)
     */
    record Paragraph(List<QuotedRegion> regions, int openAtEnd, int wrongCloseAtEnd, List<Integer> stray,
            boolean opensWithMark) {
    }

    private enum Role { OPEN, CLOSE, SKIP }

    private final Lexicon lexicon;

    QuoteMarks(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    Paragraph scan(String text, Span para) {
        int end = trimEnd(text, para);
        List<QuotedRegion> regions = new ArrayList<>();
        List<Integer> stray = new ArrayList<>();
        int open = -1;
        int openWidth = 1;
        char openChar = 0;
        int wrongClose = -1;
        for (int i = para.start(); i < end; i++) {
            int width = doubledMark(text, i, end);
            char c = width == 2 ? (text.charAt(i) == '`' ? '„' : '"') : text.charAt(i);
            if (width == 1 && "“”„«»\"".indexOf(c) < 0) {
                continue;
            }
            Role role = role(text, para.start(), end, i, width, c, open >= 0, openChar);
            if (role == Role.OPEN) {
                if (open >= 0) {
                    stray.add(open);
                }
                open = i;
                openWidth = width;
                openChar = c;
            } else if (role == Role.CLOSE) {
                if (open < 0) {
                    stray.add(i);
                } else {
                    regions.add(new QuotedRegion(open, i + width, true, false, openWidth, width));
                    // “ closing the paragraph is the wrong glyph: balanced only if the next paragraph reopens
                    if (c == '“' && openChar != '„' && i + 1 == end) {
                        wrongClose = i;
                    }
                    open = -1;
                }
            }
            i += width - 1;
        }
        int first = firstNonSpace(text, para.start(), end);
        boolean opensWithMark = first < end && "“„«\"”".indexOf(text.charAt(first)) >= 0
                && (open == first || regions.stream().anyMatch(r -> r.open() == first));
        if (open >= 0) {
            regions.add(new QuotedRegion(open, end, false, false, openWidth, 0));
        }
        addSingles(text, para.start(), end, regions);
        regions.sort((a, b) -> Integer.compare(a.open(), b.open()));
        return new Paragraph(regions, open, wrongClose, stray, opensWithMark);
    }

    /** 2 where {@code ''} or {@code ``} stands for a double quotation mark, else 1. */
    private static int doubledMark(String text, int i, int end) {
        char c = text.charAt(i);
        return (c == '\'' || c == '`') && i + 1 < end && text.charAt(i + 1) == c ? 2 : 1;
    }

    private static Role role(String text, int from, int to, int i, int width, char c, boolean inQuote,
            char openChar) {
        char prev = i > from ? text.charAt(i - 1) : ' ';
        char next = i + width < to ? text.charAt(i + width) : ' ';
        boolean spaceBefore = isSpace(prev) || "([{—–-/".indexOf(prev) >= 0;
        boolean spaceAfter = isSpace(next) || ",.;:!?)]—–-".indexOf(next) >= 0;
        switch (c) {
            case '„':
                return Role.OPEN;
            case '«':
                return inQuote && openChar == '»' ? Role.CLOSE : Role.OPEN;
            case '»': // »…« is the German and Danish order
                return !inQuote && spaceBefore && Character.isLetterOrDigit(next) ? Role.OPEN : Role.CLOSE;
            case '“':
                if (inQuote && (openChar == '„' || !isSpace(prev) && spaceAfter)) {
                    return Role.CLOSE;
                }
                return Role.OPEN;
            case '”':
                if (Character.isDigit(prev) && !inQuote) {
                    return Role.SKIP;
                }
                return !inQuote && spaceBefore && Character.isLetterOrDigit(next) ? Role.OPEN : Role.CLOSE;
            default: // straight "
                if (Character.isDigit(prev) && (!inQuote || isMeasurement(text, from, i))) {
                    return Role.SKIP; // 5' 11", 3'20"
                }
                if (inQuote) {
                    return spaceBefore && Character.isLetterOrDigit(next) ? Role.OPEN : Role.CLOSE;
                }
                return !spaceBefore && i > from && spaceAfter ? Role.CLOSE : Role.OPEN;
        }
    }

    private static boolean isMeasurement(String text, int from, int i) {
        for (int k = i - 1; k >= Math.max(from, i - 5); k--) {
            char c = text.charAt(k);
            if ((c == '\'' || c == '′' || c == '’') && k > from && Character.isDigit(text.charAt(k - 1))) {
                return true;
            }
        }
        return false;
    }

    /** Single quotes count only where an opener faces a word and a closer follows; the rest are apostrophes. */
    private void addSingles(String text, int from, int to, List<QuotedRegion> doubles) {
        List<QuotedRegion> singles = new ArrayList<>();
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if ("‘'’".indexOf(c) < 0 || inside(doubles, i) || !opensSingle(text, from, to, i)) {
                continue;
            }
            for (int j = i + 2; j < to && j < i + 600; j++) {
                QuotedRegion nested = startingAt(doubles, j);
                if (nested != null && nested.closed()) {
                    j = nested.end() - 1; // ‘… “closed for good” …’: a double quote inside a single one
                    continue;
                }
                if (inside(doubles, j)) {
                    break;
                }
                char d = text.charAt(j);
                char next = j + 1 < to ? text.charAt(j + 1) : ' ';
                if ((d == '’' || d == '\'') && !isSpace(text.charAt(j - 1))
                        && !Character.isLetterOrDigit(next)) {
                    singles.add(new QuotedRegion(i, j + 1, true, true));
                    i = j;
                    break;
                }
            }
        }
        for (QuotedRegion s : singles) {
            doubles.removeIf(d -> d.open() > s.open() && d.end() <= s.end());
        }
        doubles.addAll(singles);
    }

    private static QuotedRegion startingAt(List<QuotedRegion> regions, int i) {
        for (QuotedRegion r : regions) {
            if (r.open() == i) {
                return r;
            }
        }
        return null;
    }

    private boolean opensSingle(String text, int from, int to, int i) {
        char prev = i > from ? text.charAt(i - 1) : ' ';
        if (i + 1 >= to || !Character.isLetterOrDigit(text.charAt(i + 1))) {
            return false;
        }
        if (!(i == from || isSpace(prev) || "([{—–-/“\"".indexOf(prev) >= 0)) {
            return false;
        }
        int k = i + 1;
        while (k < to && Character.isLetterOrDigit(text.charAt(k))) {
            k++;
        }
        String word = text.substring(i + 1, k);
        // ’80s, ’n’, ’em: elided letters, not a quotation
        return !Character.isDigit(word.charAt(0)) && !lexicon.elisions.contains(word.toLowerCase());
    }

    private static boolean inside(List<QuotedRegion> regions, int i) {
        for (QuotedRegion r : regions) {
            if (i >= r.open() && i < r.end()) {
                return true;
            }
        }
        return false;
    }

    static int trimEnd(String text, Span para) {
        int end = para.end();
        while (end > para.start() && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    /** Whitespace, no-break spaces included (scraped text is full of them). */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    static int firstNonSpace(String text, int from, int to) {
        int k = from;
        while (k < to && isSpace(text.charAt(k))) {
            k++;
        }
        return k;
    }
}
