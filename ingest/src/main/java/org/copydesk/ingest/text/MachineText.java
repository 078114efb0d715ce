package org.copydesk.ingest.text;

import org.copydesk.core.WordCounter;

/**
 * Whether a block is written for machines rather than readers: addresses, markup, query strings and encoded data
 * that a page dump leaves where a frame, an image or a script stood. Such a line can count a hundred "words" (every
 * run of letters in an address is one) without a sentence in it, so it must not weigh as prose.
 */
public final class MachineText {

    /** Characters that readers' words do not contain and addresses, markup and code do. */
    private static final String MACHINE_MARKS = "/\\=<>&%#_@{}|~^+*";
    /** A token longer than this, in a spaced script, is an address or encoded data, not a word. */
    private static final int LONGEST_WORD = 30;
    /** Blocks with fewer words than this are judged by their length and shape alone. */
    private static final int MIN_WORDS = 6;

    private MachineText() {
    }

    /** Whether less than half of the block's words stand in tokens shaped like readers' words. */
    public static boolean dominates(String content) {
        int words = WordCounter.count(content);
        if (words < MIN_WORDS) {
            return false;
        }
        int natural = 0;
        for (String token : content.split("[\\s\\u00a0]+")) {
            if (readable(token)) {
                natural += WordCounter.count(token);
            }
        }
        return natural * 2 < words;
    }

    /** Whether the text holds a web address ("https://…", "//host/…", "www.…"). */
    public static boolean hasAddress(String content) {
        return content.contains("://") || content.contains(" //") || content.startsWith("//")
                || content.contains("www.");
    }

    private static boolean readable(String token) {
        boolean unspaced = false;
        for (int i = 0; i < token.length(); ) {
            int cp = token.codePointAt(i);
            if (MACHINE_MARKS.indexOf(cp) >= 0) {
                return false;
            }
            unspaced |= Character.isLetter(cp) && TextSize.unspaced(Character.UnicodeScript.of(cp));
            i += Character.charCount(cp);
        }
        return unspaced || token.length() <= LONGEST_WORD;
    }
}
