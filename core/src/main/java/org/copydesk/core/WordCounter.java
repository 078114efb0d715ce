package org.copydesk.core;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts words as every stage counts them (layout, rules, reports), so that a threshold means the same
 * everywhere: runs of letters or digits, with apostrophes and hyphens inside.
 */
public final class WordCounter {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’\\-][\\p{L}\\p{N}]+)*");

    private WordCounter() {
    }

    public static int count(CharSequence text) {
        Matcher m = WORD.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
