package org.copydesk.rules.provenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteChangesTest {

    private static QuoteChanges.Said said(String text, String speaker) {
        return new QuoteChanges.Said(text, speaker, 0, text.length());
    }

    private static final QuoteChanges.Said FARES = said("We will not raise the fare for anyone who rides before seven",
            "Ana Ruiz");
    private static final QuoteChanges.Said BRIDGE = said("The bridge will open to cyclists in the spring of next year",
            "Tom Reyes");

    @Test
    void changedWordsAreAChange() {
        List<QuoteChanges.Change> c = QuoteChanges.between(
                List.of(said("We will not raise the fare for anyone who rides before eight", "Ana Ruiz")),
                List.of(BRIDGE, FARES));
        assertEquals(1, c.size());
        assertEquals(QuoteChanges.Kind.WORDS, c.get(0).kind());
        assertEquals(FARES, c.get(0).source());
    }

    @Test
    void anotherNamedSpeakerIsAChangeButAnotherFormOfTheSameNameIsNot() {
        assertEquals(QuoteChanges.Kind.SPEAKER, QuoteChanges.between(List.of(said(FARES.text(), "Tom Reyes")),
                List.of(FARES, BRIDGE)).get(0).kind());
        assertTrue(QuoteChanges.between(List.of(said(FARES.text(), "Ruiz")), List.of(FARES)).isEmpty());
        assertTrue(QuoteChanges.between(List.of(said(FARES.text(), null)), List.of(FARES)).isEmpty(),
                "a speaker not named beside the quote is not compared");
    }

    @Test
    void typographyCutsEditsOutsideTheMarksAndNewQuotesAreNoChange() {
        assertTrue(QuoteChanges.between(List.of(
                said("we will NOT raise the fare — for anyone who rides before seven!", "Ana Ruiz"),
                said("We will not raise the fare", "Ana Ruiz"),
                said("The chair also said “we will not raise the fare for anyone who rides before seven”", "Ana Ruiz"),
                said("Our harbour deserves a ferry that runs all night long", "Lee Park"),
                said("Yes, it opens", "Tom Reyes")),
                List.of(FARES, BRIDGE, said("The chair said “we will not raise the fare for anyone who rides before "
                        + "seven”", "Ana Ruiz"))).isEmpty());
    }
}
