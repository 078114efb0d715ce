package org.copydesk.rules.provenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SharedTextTest {

    @Test
    void aTrimmedCopyIsWhollyInItsOriginalAndHoldsPartOfIt() {
        Random random = new Random(4);
        String first = ShinglesTest.text(random, 100);
        String second = ShinglesTest.text(random, 100);
        SharedText.Overlap o = SharedText.measure(BodyWords.of(first), BodyWords.of(first + "\n\n" + second), 8);
        assertEquals(1.0, o.shareA(), 1e-9);
        assertEquals(0.5, o.shareB(), 0.02);
        assertEquals(o.shareA(), o.unquotedA(), 1e-9);
    }

    @Test
    void aSharedQuotationIsSharedTextButNotUnquotedText() {
        String quote = "“we will not raise the fare for anyone who rides before seven in the morning”";
        SharedText.Overlap o = SharedText.measure(
                BodyWords.of("The harbour board met on Tuesday. Its chair said " + quote + ", to applause."),
                BodyWords.of("Ferry users were told " + quote + " by the chair after a long meeting."), 8);
        assertTrue(o.shareA() > 0.3 && o.shareB() > 0.3, o.toString());
        assertEquals(0.0, o.unquoted(), 1e-9);
    }

    @Test
    void theAttributionBesideASharedQuoteIsNoCopiedPassageButALongerRunIs() {
        String quote = "“we will not raise the fare for anyone who rides before seven in the morning,” said Ana "
                + "Ruiz, the director of the harbour board.";
        Random random = new Random(12);
        String a = ShinglesTest.text(random, 40) + " " + quote + " " + ShinglesTest.text(random, 40);
        String b = ShinglesTest.text(random, 40) + " " + quote + " " + ShinglesTest.text(random, 40);
        SharedText.Overlap sameStatement = SharedText.measure(BodyWords.of(a), BodyWords.of(b), 8);
        assertTrue(sameStatement.shareA() > 0.1, sameStatement.toString());
        assertEquals(0.0, sameStatement.unquoted(), 1e-9, "nine words of attribution are no copied passage");

        String passage = " The board will meet again in March to decide whether the winter timetable stays.";
        SharedText.Overlap copied = SharedText.measure(BodyWords.of(a + passage), BodyWords.of(b + passage), 8);
        assertTrue(copied.unquoted() > 0.1, "fourteen words copied after it are: " + copied);
    }

    @Test
    void unrelatedOrEmptyBodiesShareNothing() {
        Random random = new Random(9);
        SharedText.Overlap o = SharedText.measure(BodyWords.of(ShinglesTest.text(random, 60)),
                BodyWords.of(ShinglesTest.text(random, 60)), 8);
        assertEquals(0.0, o.shareA(), 1e-9);
        SharedText.Overlap empty = SharedText.measure(BodyWords.of(""), BodyWords.of("some words"), 8);
        assertEquals(0.0, empty.shareA() + empty.shareB(), 1e-9);
    }
}
