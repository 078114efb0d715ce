package org.copydesk.rules.provenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
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
    void aPassageInManyDocumentsPairsThemWithTheEarliestTwoOnly() {
        CandidatePairs c = new CandidatePairs();
        int docs = 3 * CandidatePairs.CLIQUE;
        long[] from = new long[docs];
        for (int i = 0; i < docs; i++) {
            c.add(new long[] {0x5_0000_0000_0000L}); // one fingerprint, in every document
            from[i] = 1000 - 10L * i; // the last document was published first, the one before it second
        }
        CandidatePairs.Pairs p = c.pairs(1, 200, from);
        assertEquals(2 * (docs - 2) + 1, p.size(), "each other document with each of the two, and the two");
        for (int i = 0; i < p.size(); i++) {
            assertTrue(p.second(i) >= docs - 2, p.first(i) + "-" + p.second(i));
        }
        CandidatePairs few = new CandidatePairs();
        for (int i = 0; i < CandidatePairs.CLIQUE; i++) {
            few.add(new long[] {0x5_0000_0000_0000L});
        }
        assertEquals(CandidatePairs.CLIQUE * (CandidatePairs.CLIQUE - 1) / 2, few.pairs(1, 200).size(),
                "a passage in few documents pairs every two");
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
