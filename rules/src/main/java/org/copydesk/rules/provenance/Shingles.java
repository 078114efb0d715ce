package org.copydesk.rules.provenance;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Hashes of a body's word shingles (each run of {@code k} consecutive words) and the fingerprints chosen from
 * them by winnowing: in every window of {@code w} consecutive shingles, the one with the least hash (the
 * rightmost on a tie). Winnowing is MinHash over a sliding window, so two bodies that share a passage of at least
 * {@code w + k - 1} words are guaranteed to share a fingerprint, however much else either body holds: a trimmed
 * copy, a copy with local paragraphs or a merge of two stories is found as surely as a verbatim one, which a
 * whole-body MinHash (a Jaccard estimate) cannot promise. The hashes are 64-bit and fixed (FNV-1a over each
 * word's UTF-8 bytes, mixed per shingle), so the CLI and the Spark job choose the same fingerprints.
 */
public final class Shingles {

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private Shingles() {
    }

    /** The hash of each shingle of {@code k} words, in body order ({@code size - k + 1} of them, or none). */
    public static long[] hashes(BodyWords words, int k) {
        int n = words.size() - k + 1;
        if (n <= 0) {
            return new long[0];
        }
        long[] word = new long[words.size()];
        for (int i = 0; i < word.length; i++) {
            word[i] = wordHash(words.word(i));
        }
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            long h = FNV_OFFSET;
            for (int j = 0; j < k; j++) {
                h = (h ^ word[i + j]) * FNV_PRIME;
            }
            out[i] = mix(h);
        }
        return out;
    }

    /** The winnowed fingerprints of {@code hashes}, distinct and sorted. */
    public static long[] winnow(long[] hashes, int w) {
        if (hashes.length == 0) {
            return hashes;
        }
        int windows = Math.max(1, hashes.length - w + 1);
        long[] chosen = new long[windows];
        int count = 0;
        int last = -1;
        for (int start = 0; start < windows; start++) {
            int end = Math.min(hashes.length, start + w);
            int min = start;
            for (int i = start + 1; i < end; i++) {
                if (hashes[i] <= hashes[min]) {
                    min = i;
                }
            }
            if (min != last) {
                chosen[count++] = hashes[min];
                last = min;
            }
        }
        long[] out = Arrays.copyOf(chosen, count);
        Arrays.sort(out);
        int distinct = 0;
        for (int i = 0; i < out.length; i++) {
            if (i == 0 || out[i] != out[i - 1]) {
                out[distinct++] = out[i];
            }
        }
        return Arrays.copyOf(out, distinct);
    }

    private static long wordHash(String word) {
        long h = FNV_OFFSET;
        for (byte b : word.getBytes(StandardCharsets.UTF_8)) {
            h = (h ^ (b & 0xff)) * FNV_PRIME;
        }
        return h;
    }

    /** MurmurHash3's 64-bit finaliser: every input bit moves about half of the output bits. */
    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
