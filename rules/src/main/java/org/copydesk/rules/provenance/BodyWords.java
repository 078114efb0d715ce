package org.copydesk.rules.provenance;

import java.util.Arrays;
import java.util.Locale;

/**
 * A body as the corpus pass compares it: its words (runs of letters and digits, lower-cased, so that quote
 * typography and apostrophes never make two copies differ), where each stands in the body, and whether it sits
 * inside a quotation. Quotations open and close with double quotation marks in any of their forms (“ ” „ « »,
 * the straight mark, or two apostrophes as some archives write it) or with curly single marks (‘ ’, where a ’
 * before a letter is an apostrophe), and never run past a line break. Immutable.
 */
public final class BodyWords {

    private final String[] words;
    private final int[] starts;
    private final int[] ends;
    private final boolean[] quoted;
    private final long chars;

    private BodyWords(String[] words, int[] starts, int[] ends, boolean[] quoted) {
        this.words = words;
        this.starts = starts;
        this.ends = ends;
        this.quoted = quoted;
        long c = 0;
        for (int i = 0; i < words.length; i++) {
            c += ends[i] - starts[i];
        }
        this.chars = c;
    }

    /** The words of {@code body}. */
    public static BodyWords of(String body) {
        int n = body.length();
        String[] words = new String[Math.max(4, n / 5)];
        int[] starts = new int[words.length];
        int[] ends = new int[words.length];
        boolean[] quoted = new boolean[words.length];
        int count = 0;
        boolean inQuote = false;
        boolean inSingle = false;
        int opener = 0;
        int i = 0;
        while (i < n) {
            int c = body.codePointAt(i);
            if (Character.isLetterOrDigit(c)) {
                int start = i;
                while (i < n && Character.isLetterOrDigit(body.codePointAt(i))) {
                    i += Character.charCount(body.codePointAt(i));
                }
                if (count == words.length) {
                    int grown = count * 2;
                    words = Arrays.copyOf(words, grown);
                    starts = Arrays.copyOf(starts, grown);
                    ends = Arrays.copyOf(ends, grown);
                    quoted = Arrays.copyOf(quoted, grown);
                }
                words[count] = body.substring(start, i).toLowerCase(Locale.ROOT);
                starts[count] = start;
                ends[count] = i;
                quoted[count] = inQuote || inSingle;
                count++;
                continue;
            }
            if (c == '\n' || c == '\r') {
                inQuote = false;
                inSingle = false;
            } else if (c == '‘') {
                inSingle = true;
            } else if (c == '’' && inSingle && (i + 1 >= n || !Character.isLetter(body.charAt(i + 1)))) {
                inSingle = false;
            } else if (c == '„' || c == '“' || c == '«' || c == '»') {
                // „…“ and »…« close with what opens elsewhere: a mark closes the quotation its partner opened
                boolean closes = inQuote && (c == '“' && opener == '„' || c == '«' && opener == '»'
                        || c == '»' && opener == '«');
                inQuote = !closes;
                opener = closes ? 0 : c;
            } else if (c == '”') {
                inQuote = false;
            } else if (c == '"') {
                inQuote = !inQuote;
            } else if (c == '\'' && i + 1 < n && body.charAt(i + 1) == '\'') {
                inQuote = !inQuote;
                i++;
            }
            i += Character.charCount(c);
        }
        return new BodyWords(Arrays.copyOf(words, count), Arrays.copyOf(starts, count), Arrays.copyOf(ends, count),
                Arrays.copyOf(quoted, count));
    }

    public int size() {
        return words.length;
    }

    /** The {@code i}th word, lower-cased. */
    public String word(int i) {
        return words[i];
    }

    /** Where the {@code i}th word starts in the body. */
    public int start(int i) {
        return starts[i];
    }

    /** Where the {@code i}th word ends in the body (exclusive). */
    public int end(int i) {
        return ends[i];
    }

    /** Whether the {@code i}th word is inside a quotation. */
    public boolean quoted(int i) {
        return quoted[i];
    }

    /** The characters of all words together: what shares of this body are shares of. */
    public long chars() {
        return chars;
    }
}
