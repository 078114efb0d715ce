package org.copydesk.rules.provenance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ShinglesTest {

    private static final int K = 5;
    private static final int W = 8;

    @Test
    void typographyAndCaseDoNotChangeTheHashes() {
        assertArrayEquals(Shingles.hashes(BodyWords.of("“It’s over,” the Minister said on Tuesday night."), K),
                Shingles.hashes(BodyWords.of("\"it's OVER\" - the minister said on tuesday night"), K));
    }

    @Test
    void aBodyShorterThanAShingleHasNone() {
        assertEquals(0, Shingles.hashes(BodyWords.of("four words only here"), K).length);
        assertEquals(1, Shingles.hashes(BodyWords.of("five words only here now"), K).length);
        assertEquals(0, Shingles.winnow(new long[0], W).length);
    }

    @Test
    void fingerprintsAreDistinctSortedAndTakenFromTheHashes() {
        long[] hashes = Shingles.hashes(BodyWords.of(text(new Random(3), 300)), K);
        long[] f = Shingles.winnow(hashes, W);
        assertTrue(f.length > 0 && f.length < hashes.length);
        for (int i = 1; i < f.length; i++) {
            assertTrue(f[i - 1] < f[i]);
        }
        long[] sorted = hashes.clone();
        Arrays.sort(sorted);
        for (long x : f) {
            assertTrue(Arrays.binarySearch(sorted, x) >= 0);
        }
    }

    /** Winnowing's guarantee: a shared passage of w + k - 1 words means a shared fingerprint, whatever surrounds it. */
    @Test
    void aSharedPassageOfTheGuaranteedLengthAlwaysSharesAFingerprint() {
        Random random = new Random(11);
        for (int round = 0; round < 200; round++) {
            String passage = text(random, W + K - 1);
            String a = text(random, random.nextInt(200)) + " " + passage + " " + text(random, random.nextInt(200));
            String b = text(random, random.nextInt(200)) + " " + passage + " " + text(random, random.nextInt(200));
            long[] fa = Shingles.winnow(Shingles.hashes(BodyWords.of(a), K), W);
            long[] fb = Shingles.winnow(Shingles.hashes(BodyWords.of(b), K), W);
            assertTrue(Arrays.stream(fa).anyMatch(x -> Arrays.binarySearch(fb, x) >= 0), "round " + round);
        }
    }

    static String text(Random random, int words) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < words; i++) {
            b.append(i == 0 ? "" : " ").append("w").append(random.nextInt(5000));
        }
        return b.toString();
    }
}
