package org.copydesk.rules.provenance;

import java.util.Arrays;

/**
 * How much of two bodies is the same text: every word of one body that lies in a shingle of {@code k} words the
 * other body also has is shared. Shares are of a body's word characters, so a long word weighs more than a short
 * one, as the reader sees it. Words inside quotations are counted apart: two outlets quoting the same statement
 * share those words without one having copied the other, and the short run of words around such a quote
 * ({@link #MIN_RUN}) with them.
 */
public final class SharedText {

    /**
     * Shared words outside quotations count only in runs of this many: shorter ones are the attribution beside a
     * quote everyone carries ("said Ana Ruiz, the port's director"), a title or a stock phrase, which outlets
     * reporting the same statement share without copying each other. A copied passage is longer.
     */
    static final int MIN_RUN = 12;

    private SharedText() {
    }

    /** What {@code a} shares with {@code b}, seen from each side. */
    public record Overlap(double shareA, double shareB, double unquotedA, double unquotedB) {
        /** The larger of the two shares of text outside quotations. */
        public double unquoted() {
            return Math.max(unquotedA, unquotedB);
        }
    }

    /**
     * A body made ready for measuring: its words, its shingle hashes in body order and the same sorted. A body in
     * many candidate pairs is hashed and sorted once ({@link CorpusPass} keeps the recent ones).
     */
    public static final class Measured {
        private final BodyWords words;
        private final int k;
        private final long[] hashes;
        private final long[] sorted;

        public Measured(BodyWords words, int k) {
            this.words = words;
            this.k = k;
            this.hashes = Shingles.hashes(words, k);
            this.sorted = hashes.clone();
            Arrays.sort(sorted);
        }
    }

    public static Overlap measure(BodyWords a, BodyWords b, int k) {
        return measure(new Measured(a, k), new Measured(b, k));
    }

    /** As {@link #measure(BodyWords, BodyWords, int)}, for bodies made ready with the same shingle length. */
    public static Overlap measure(Measured a, Measured b) {
        if (a.k != b.k) {
            throw new IllegalArgumentException("bodies shingled by " + a.k + " and by " + b.k + " words");
        }
        double[] sideA = covered(a, b);
        double[] sideB = covered(b, a);
        return new Overlap(sideA[0], sideB[0], sideA[1], sideB[1]);
    }

    /** The share of {@code mine}'s words in shingles that {@code other} has too: all, and outside quotations. */
    private static double[] covered(Measured mine, Measured other) {
        BodyWords words = mine.words;
        int k = mine.k;
        if (words.chars() == 0) {
            return new double[] {0, 0};
        }
        boolean[] shared = new boolean[words.size()];
        int coveredTo = 0; // words before this index are already marked
        for (int i = 0; i < mine.hashes.length; i++) {
            if (Arrays.binarySearch(other.sorted, mine.hashes[i]) >= 0) {
                for (int j = Math.max(i, coveredTo); j < i + k; j++) {
                    shared[j] = true;
                }
                coveredTo = i + k;
            }
        }
        long all = 0;
        long unquoted = 0;
        long run = 0; // characters of the present run of shared words outside quotations
        int runWords = 0;
        for (int i = 0; i <= shared.length; i++) {
            boolean outside = i < shared.length && shared[i] && !words.quoted(i);
            if (outside) {
                run += words.end(i) - words.start(i);
                runWords++;
            } else {
                unquoted += runWords >= MIN_RUN ? run : 0;
                run = 0;
                runWords = 0;
            }
            if (i < shared.length && shared[i]) {
                all += words.end(i) - words.start(i);
            }
        }
        return new double[] {(double) all / words.chars(), (double) unquoted / words.chars()};
    }
}
