package org.copydesk.rules.provenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;

class CandidatePairsTest {

    private static long[] prints(String body) {
        return Shingles.winnow(Shingles.hashes(BodyWords.of(body), 5), 8);
    }

    @Test
    void documentsSharingAPassageArePairedAndOthersAreNot() {
        Random random = new Random(7);
        String story = ShinglesTest.text(random, 120);
        CandidatePairs c = new CandidatePairs();
        c.add(prints(story));                                              // 0: the original
        c.add(prints(ShinglesTest.text(random, 80)));                      // 1: unrelated
        c.add(prints(story.substring(0, story.length() / 2) + " " + ShinglesTest.text(random, 40))); // 2: trimmed
        CandidatePairs.Pairs p = c.pairs(2, 100);
        assertEquals(1, p.size());
        assertEquals(0, p.first(0));
        assertEquals(2, p.second(0));
    }

    @Test
    void aFingerprintInTooManyDocumentsLinksNone() {
        String line = ShinglesTest.text(new Random(1), 40);
        CandidatePairs c = new CandidatePairs();
        for (int i = 0; i < 5; i++) {
            c.add(prints(line + " " + ShinglesTest.text(new Random(100 + i), 60)));
        }
        assertEquals(10, c.pairs(1, 5).size());
        assertEquals(0, c.pairs(1, 4).size());
    }

    @Test
    void theSharedCountDecidesAgainstTheMinimum() {
        Random random = new Random(2);
        String passage = ShinglesTest.text(random, 12);
        CandidatePairs c = new CandidatePairs();
        c.add(prints(ShinglesTest.text(random, 50) + " " + passage));
        c.add(prints(passage + " " + ShinglesTest.text(random, 50)));
        CandidatePairs.Pairs one = c.pairs(1, 100);
        assertEquals(1, one.size());
        assertEquals(0, c.pairs(one.counts()[0] + 1, 100).size());
    }

    @Test
    void documentNumbersCountFromZero() {
        CandidatePairs c = new CandidatePairs();
        assertEquals(0, c.add(new long[0]));
        assertEquals(1, c.add(new long[] {42}));
        assertEquals(2, c.documents());
        assertThrows(IllegalArgumentException.class, () -> c.pairs(0, 10), "at least one shared fingerprint");
    }
}
