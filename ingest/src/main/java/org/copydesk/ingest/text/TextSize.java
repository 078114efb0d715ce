package org.copydesk.ingest.text;

import org.copydesk.core.WordCounter;

/**
 * How much text a block holds, in words, comparable across scripts: in a script written without spaces (Chinese,
 * Japanese, Thai, Lao, Khmer, Myanmar, Tibetan) every few letters count as a word, so that its paragraphs weigh
 * what they would in a spaced script instead of a handful of "words" between punctuation marks. Long runs of
 * Latin letters without spaces (addresses, encoded data) still count as one word each.
 */
public final class TextSize {

    /** Letters of an unspaced script that count as one word. */
    private static final int LETTERS_PER_WORD = 2;
    /**
     * No letter below Thai (U+0E00) is of an unspaced script: below it the script lookup, a search through
     * Unicode's script table for every letter, is skipped.
     */
    private static final int FIRST_UNSPACED = 0x0E00;

    private TextSize() {
    }

    /** The block's size in words: its word count, plus a word for every two letters of an unspaced script. */
    public static int units(String text) {
        int unspaced = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (cp >= FIRST_UNSPACED && Character.isLetter(cp) && unspaced(Character.UnicodeScript.of(cp))) {
                unspaced++;
            }
            i += Character.charCount(cp);
        }
        return WordCounter.count(text) + unspaced / LETTERS_PER_WORD;
    }

    /** Whether most of the text's letters belong to a script written without spaces between words. */
    public static boolean mostlyUnspaced(String text) {
        int letters = 0;
        int unspaced = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.isLetter(cp)) {
                letters++;
                unspaced += cp >= FIRST_UNSPACED && unspaced(Character.UnicodeScript.of(cp)) ? 1 : 0;
            }
            i += Character.charCount(cp);
        }
        return unspaced * 2 > letters;
    }

    static boolean unspaced(Character.UnicodeScript s) {
        return switch (s) {
            case HAN, HIRAGANA, KATAKANA, THAI, LAO, KHMER, MYANMAR, TIBETAN -> true;
            default -> false;
        };
    }
}
