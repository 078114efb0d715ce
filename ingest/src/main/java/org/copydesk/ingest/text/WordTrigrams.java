package org.copydesk.ingest.text;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Word trigrams of a text as hashes: how pages and article bodies are compared without building strings. */
public final class WordTrigrams {

    private WordTrigrams() {
    }

    /** The distinct hashes of {@code s}'s word trigrams (see {@link #hashes}). */
    public static Set<Long> distinct(String s) {
        Set<Long> out = new HashSet<>();
        for (long h : hashes(s)) {
            out.add(h);
        }
        return out;
    }

    /** Hashes of the lower-case word trigrams of {@code s} (letters and digits make words), in text order. */
    public static long[] hashes(String s) {
        String[] words = s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        int k = 0;
        for (String w : words) {
            if (!w.isEmpty()) {
                words[k++] = w;
            }
        }
        if (k < 3) {
            return new long[0];
        }
        long[] out = new long[k - 2];
        for (int i = 0; i + 2 < k; i++) {
            out[i] = ((long) words[i].hashCode() * 31 + words[i + 1].hashCode()) * 1_000_003L + words[i + 2].hashCode();
        }
        return out;
    }
}
