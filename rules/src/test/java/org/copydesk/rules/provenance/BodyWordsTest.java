package org.copydesk.rules.provenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BodyWordsTest {

    @Test
    void wordsAreLowerCasedRunsOfLettersAndDigitsWithTheirPlace() {
        BodyWords w = BodyWords.of("The Mayor’s 2025 plan — Über-fast.");
        assertEquals(List.of("the", "mayor", "s", "2025", "plan", "über", "fast"), words(w));
        assertEquals("Mayor", "The Mayor’s 2025 plan — Über-fast.".substring(w.start(1), w.end(1)));
        assertEquals(3 + 5 + 1 + 4 + 4 + 4 + 4, w.chars());
    }

    @Test
    void curlyAndStraightQuotationsGiveTheSameWords() {
        assertEquals(words(BodyWords.of("She said “we will build it” on Monday.")),
                words(BodyWords.of("She said \"We will build it\" on Monday.")));
    }

    @Test
    void wordsInsideQuotationsAreMarkedInEveryForm() {
        for (String body : new String[] {"He said “no deal” today", "He said \"no deal\" today",
                "He said ''no deal'' today", "He said ‘no deal’ today", "He said «no deal» today",
                "He said „no deal“ today", "He said »no deal« today"}) {
            BodyWords w = BodyWords.of(body);
            assertFalse(w.quoted(1), body);
            assertTrue(w.quoted(2) && w.quoted(3), body);
            assertFalse(w.quoted(4), body);
        }
    }

    @Test
    void anApostropheDoesNotCloseASingleQuotationAndALineBreakEndsAnyQuotation() {
        BodyWords w = BodyWords.of("‘we don’t know’ said Lee\n“first line\nsecond line");
        assertTrue(w.quoted(0) && w.quoted(1) && w.quoted(2) && w.quoted(3), "don’t is inside the quotation");
        assertFalse(w.quoted(4));
        assertTrue(w.quoted(6));
        assertFalse(w.quoted(8), "the unclosed quotation ends at the line break");
    }

    private static List<String> words(BodyWords w) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < w.size(); i++) {
            out.add(w.word(i));
        }
        return out;
    }
}
