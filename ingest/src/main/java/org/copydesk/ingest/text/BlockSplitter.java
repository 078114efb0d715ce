package org.copydesk.ingest.text;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.copydesk.core.Span;

/**
 * Splits extracted text into blocks. A line is a block of its own unless it belongs to a hard-wrapped
 * paragraph (consecutive long lines that do not end a sentence), which is kept whole. Leading whitespace of
 * the text goes to the first block and whitespace after a block to that block, so extents tile the text.
 */
public final class BlockSplitter {

    /** Lines at least this long, not ending a sentence, are taken to continue on the next line. */
    private static final int WRAP_WIDTH = 55;

    private BlockSplitter() {
    }

    public static List<Block> split(String text) {
        List<int[]> lines = contentLines(text);
        List<int[]> units = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            int[] cur = lines.get(i);
            int[] last = units.isEmpty() ? null : units.get(units.size() - 1);
            if (last != null && continuesParagraph(text, last, cur)) {
                last[1] = cur[1];
            } else {
                units.add(new int[] {cur[0], cur[1]});
            }
        }
        ImmutableList.Builder<Block> blocks = ImmutableList.builder();
        for (int i = 0; i < units.size(); i++) {
            int[] u = units.get(i);
            int extentStart = i == 0 ? 0 : u[0];
            int extentEnd = i + 1 < units.size() ? units.get(i + 1)[0] : text.length();
            blocks.add(new Block(i, new Span(extentStart, extentEnd), new Span(u[0], u[1]),
                    text.substring(u[0], u[1])));
        }
        return blocks.build();
    }

    /** Whether {@code next} directly follows {@code prev} (no blank line) and {@code prev} is hard-wrapped. */
    private static boolean continuesParagraph(String text, int[] prev, int[] next) {
        String between = text.substring(prev[1], next[0]);
        if (between.chars().filter(c -> c == '\n').count() != 1) {
            return false;
        }
        String last = text.substring(lineStart(text, prev[1]), prev[1]);
        String first = text.substring(next[0], next[1]);
        boolean bullet = !first.isEmpty() && "•·▪◦●-*–".indexOf(first.charAt(0)) >= 0;
        return last.length() >= WRAP_WIDTH && !SentenceShape.endsLikeSentence(last) && !bullet
                && Character.isLowerCase(first.codePointAt(0));
    }

    private static int lineStart(String text, int end) {
        int i = text.lastIndexOf('\n', end - 1);
        return i < 0 ? 0 : i + 1;
    }

    /** Start and end of each non-blank line's trimmed content. */
    private static List<int[]> contentLines(String text) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            int eol = i;
            while (eol < n && text.charAt(eol) != '\n' && text.charAt(eol) != '\r') {
                eol++;
            }
            int s = i;
            int e = eol;
            while (s < e && isSpace(text.charAt(s))) {
                s++;
            }
            while (e > s && isSpace(text.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                out.add(new int[] {s, e});
            }
            i = eol;
            if (i < n && text.charAt(i) == '\r') {
                i++;
            }
            if (i < n && text.charAt(i) == '\n') {
                i++;
            }
        }
        return out;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00a0' || c == '\u2007' || c == '\u202f' || c == '\ufeff';
    }
}
