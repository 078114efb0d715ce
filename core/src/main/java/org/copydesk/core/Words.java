package org.copydesk.core;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Counting words as every stage counts them: runs of letters or digits, apostrophes and hyphens inside. */
public final class Words {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’\\-][\\p{L}\\p{N}]+)*");

    private Words() {
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
