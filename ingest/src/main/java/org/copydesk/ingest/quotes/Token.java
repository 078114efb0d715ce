package org.copydesk.ingest.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word, punctuation mark or masked quotation in a sentence, with its offsets into the article text. Speaker
 * phrases are read token by token, so quoted words (masked) can never be mistaken for a cue.
 */
record Token(String text, int start, int end, Kind kind) {

    /** What a token is. */
    enum Kind { WORD, PUNCT, MASK }

    /** Stands in for every character inside a quotation so cue patterns skip quoted words. */
    static final char MASK_CHAR = '\u0001';

    // any space character, the no-break space included, separates tokens
    private static final Pattern TOKEN = Pattern.compile(
            "\u0001+|\\p{L}(?:\\.\\p{L})+\\.?|[\\p{L}\\p{N}]+(?:[’'\\-][\\p{L}\\p{N}]+)*(?:(?<=s)[’'](?![\\p{L}\\p{N}]))?"
            + "|[^\\s\\p{Z}]"); // "the workers’ union": a plural possessive keeps its apostrophe

    String lower() {
        return text.toLowerCase(Locale.ROOT);
    }

    boolean isWord() {
        return kind == Kind.WORD;
    }

    boolean isCapitalized() {
        return kind == Kind.WORD && Character.isUpperCase(text.charAt(0));
    }

    boolean is(String s) {
        return text.equalsIgnoreCase(s);
    }

    /** The word without a possessive ending ("Sharif’s" → "Sharif"). */
    String bare() {
        return stripPossessive(stripPossessive(text, false), true);
    }

    /** {@code w} without a final apostrophe-s (or, unless {@code needS}, a bare final apostrophe). */
    private static String stripPossessive(String w, boolean needS) {
        int n = w.length();
        if (n >= 2 && w.charAt(n - 1) == 's' && isApostrophe(w.charAt(n - 2))) {
            return w.substring(0, n - 2);
        }
        return !needS && n >= 1 && isApostrophe(w.charAt(n - 1)) ? w.substring(0, n - 1) : w;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’';
    }

    /** Splits {@code masked[from, to)} into tokens; a period joins an initial or a known abbreviation. */
    static List<Token> tokenize(String masked, int from, int to, Lexicon lexicon) {
        List<Token> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(masked).region(from, to);
        while (m.find()) {
            String t = m.group();
            int start = m.start();
            int end = m.end();
            Kind kind = t.charAt(0) == MASK_CHAR ? Kind.MASK
                    : Character.isLetterOrDigit(t.charAt(0)) ? Kind.WORD : Kind.PUNCT;
            boolean initial = t.length() == 1 && Character.isUpperCase(t.charAt(0));
            if (kind == Kind.WORD && end < to && masked.charAt(end) == '.'
                    && (initial || lexicon.is("abbreviation", t))) {
                end++;
                t = t + ".";
                m.region(end, to);
            }
            out.add(new Token(t, start, end, kind));
        }
        return out;
    }

    static String join(List<Token> tokens, String text) {
        return tokens.isEmpty() ? "" : text.substring(tokens.get(0).start(), tokens.get(tokens.size() - 1).end());
    }
}
