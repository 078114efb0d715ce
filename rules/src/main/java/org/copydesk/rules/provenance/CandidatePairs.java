package org.copydesk.rules.provenance;

import java.util.Arrays;

/**
 * The pairs of documents worth measuring: documents are added with their fingerprints ({@link Shingles#winnow}),
 * and {@link #pairs} lists every pair that shares at least a given number of them. Memory is a long per
 * fingerprint (the fingerprint's high 40 bits and the document's number in one value, sorted once) and a long
 * per candidate pair, never a text. A fingerprint found in more than {@code maxPosting} documents (a line every
 * page of a site repeats, a statement everyone quoted) links none of them: it says nothing about who copied
 * whom. Not thread-safe: one pass adds, then asks.
 */
public final class CandidatePairs {

    /** Documents are numbered in 24 bits beside a 40-bit fingerprint: up to 16,777,215 documents in one pass. */
    public static final int MAX_DOCUMENTS = (1 << 24) - 1;
    /** A fingerprint found this many times or fewer pairs every two of its documents. */
    public static final int CLIQUE = 8;
    /** Above {@link #CLIQUE}, the earliest documents of a fingerprint that each of its others is paired with. */
    public static final int HUBS = 2;
    private static final long DOC_MASK = (1L << 24) - 1;

    private long[] entries = new long[1024];
    private int size;
    private int documents;

    /** Adds the next document's fingerprints; returns its number (0, 1, 2, …). */
    public int add(long[] fingerprints) {
        if (documents >= MAX_DOCUMENTS) {
            throw new IllegalStateException("more than " + MAX_DOCUMENTS + " documents in one provenance pass");
        }
        int doc = documents++;
        if (size + fingerprints.length > entries.length) {
            entries = Arrays.copyOf(entries, Math.max(entries.length * 2, size + fingerprints.length));
        }
        for (long f : fingerprints) {
            entries[size++] = (f & ~DOC_MASK) | doc;
        }
        return doc;
    }

    public int documents() {
        return documents;
    }

    /**
     * Every pair {@code (a, b)}, {@code a < b}, sharing at least {@code minShared} fingerprints, each given as
     * {@code a << 32 | b} in ascending order, with the count of shared fingerprints in {@code counts} (the same
     * index).
     */
    public Pairs pairs(int minShared, int maxPosting) {
        return pairs(minShared, maxPosting, new long[documents]);
    }

    /**
     * As {@link #pairs(int, int)}, where a fingerprint found more than {@link #CLIQUE} times pairs its documents
     * only with its {@link #HUBS} earliest ({@code from}: each document's publication start, by number on a tie):
     * a passage many documents carry is measured against where it most likely started, not between every two of
     * them, so that the pairs grow with the fingerprints, not with their square.
     */
    public Pairs pairs(int minShared, int maxPosting, long[] from) {
        if (minShared < 1 || maxPosting < 2) {
            throw new IllegalArgumentException("pairs share at least one fingerprint, found in two documents or more");
        }
        long[] sorted = Arrays.copyOf(entries, size);
        Arrays.sort(sorted);
        long[] keys = new long[1024];
        int n = 0;
        int i = 0;
        while (i < sorted.length) {
            int j = i + 1;
            while (j < sorted.length && (sorted[j] & ~DOC_MASK) == (sorted[i] & ~DOC_MASK)) {
                j++;
            }
            if (j - i > 1 && j - i <= Math.min(CLIQUE, maxPosting)) {
                for (int x = i; x < j; x++) {
                    for (int y = x + 1; y < j; y++) {
                        long a = sorted[x] & DOC_MASK;
                        long b = sorted[y] & DOC_MASK;
                        if (a == b) {
                            continue; // two fingerprints of one document that agree in their high bits
                        }
                        if (n == keys.length) {
                            keys = Arrays.copyOf(keys, n * 2);
                        }
                        keys[n++] = Math.min(a, b) << 32 | Math.max(a, b);
                    }
                }
            } else if (j - i > CLIQUE && j - i <= maxPosting) {
                long[] docs = Arrays.stream(sorted, i, j).map(e -> e & DOC_MASK).distinct().toArray();
                long[] hubs = earliest(docs, from);
                for (int h = 0; h < hubs.length; h++) {
                    for (long d : docs) {
                        boolean earlierHub = false;
                        for (int e = 0; e <= h; e++) {
                            earlierHub |= hubs[e] == d;
                        }
                        if (earlierHub) {
                            continue; // the hub itself, or a hub already paired with this one
                        }
                        if (n == keys.length) {
                            keys = Arrays.copyOf(keys, n * 2);
                        }
                        keys[n++] = Math.min(hubs[h], d) << 32 | Math.max(hubs[h], d);
                    }
                }
            }
            i = j;
        }
        Arrays.sort(keys, 0, n);
        long[] outKeys = new long[Math.max(1, n)];
        int[] outCounts = new int[outKeys.length];
        int m = 0;
        for (int x = 0; x < n; ) {
            int y = x + 1;
            while (y < n && keys[y] == keys[x]) {
                y++;
            }
            if (y - x >= minShared) {
                outKeys[m] = keys[x];
                outCounts[m++] = y - x;
            }
            x = y;
        }
        return new Pairs(Arrays.copyOf(outKeys, m), Arrays.copyOf(outCounts, m));
    }

    /** The {@link #HUBS} documents of {@code docs} published first (by number on a tie), first first. */
    private static long[] earliest(long[] docs, long[] from) {
        long[] hubs = new long[Math.min(HUBS, docs.length)];
        int kept = 0;
        for (long d : docs) {
            int at = kept;
            while (at > 0 && earlier(d, hubs[at - 1], from)) {
                at--;
            }
            if (at < hubs.length) {
                System.arraycopy(hubs, at, hubs, at + 1, Math.min(kept, hubs.length - 1) - at);
                hubs[at] = d;
                kept = Math.min(kept + 1, hubs.length);
            }
        }
        return hubs;
    }

    private static boolean earlier(long a, long b, long[] from) {
        long fa = from[(int) a];
        long fb = from[(int) b];
        return fa != fb ? fa < fb : a < b;
    }

    /** Candidate pairs: {@code keys[i] = a << 32 | b} with {@code a < b}, and how many fingerprints they share. */
    public record Pairs(long[] keys, int[] counts) {
        public int size() {
            return keys.length;
        }

        public int first(int i) {
            return (int) (keys[i] >>> 32);
        }

        public int second(int i) {
            return (int) keys[i];
        }
    }
}
