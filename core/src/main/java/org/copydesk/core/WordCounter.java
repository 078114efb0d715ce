package org.copydesk.core;

import java.util.regex.Pattern;

/**
 * Counts words as every stage counts them (layout, rules, reports), so that a threshold means the same
 * everywhere: runs of letters or digits, with apostrophes and hyphens inside.
 */
public final class WordCounter {

    /** What a word is; {@link #count} scans for it without running the pattern. */
    static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’\\-][\\p{L}\\p{N}]+)*");

    private WordCounter() {
    }

    /**
     * The number of words: what {@link #WORD} finds, counted by a plain scan (the pattern, run over every block
     * and paragraph of every page, cost a twentieth of a run's time).
     */
    public static int count(CharSequence text) {
        int n = 0;
        int len = text.length();
        int i = 0;
        while (i < len) {
            int cp = Character.codePointAt(text, i);
            if (!isWordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            n++;
            i += Character.charCount(cp);
            while (i < len) {
                int c = Character.codePointAt(text, i);
                if (isWordChar(c)) {
                    i += Character.charCount(c);
                } else if ((c == '\'' || c == '’' || c == '-') && i + 1 < len
                        && isWordChar(Character.codePointAt(text, i + 1))) {
                    i++; // the joiner; the letter after it is taken on the next turn
                } else {
                    break;
                }
            }
        }
        return n;
    }

    /** A letter or a number of any kind, as {@code [\p{L}\p{N}]} matches. */
    private static boolean isWordChar(int cp) {
        if (cp < 0x80) {
            return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp >= '0' && cp <= '9';
        }
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }
}
