package org.copydesk.ingest.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.copydesk.core.Quote;
import org.copydesk.core.QuoteAnalysis;
import org.junit.jupiter.api.Test;

/** How each quote's speaker was credited, as its signals record it, and the confidence read from them. */
class QuoteReaderConfidenceTest {

    private final QuoteReader reader = new QuoteReader();

    private QuoteAnalysis read(String body) {
        return reader.read(body, QuoteReaderCasesTest.paragraphs(body));
    }

    private static void assertRoute(CreditRoute route, Quote q) {
        assertEquals(1.0, q.signals().get("route." + route.id()), () -> "route of " + q + ": " + q.signals());
        assertEquals(1, q.signals().keySet().stream().filter(k -> k.startsWith("route.")).count());
    }

    @Test
    void aNamedCueRightAfterTheQuoteIsAnAdjacentCueCredit() {
        Quote q = read("“The ferry will run twice a day from June,” harbour master Edith Quarles said.")
                .quotes().get(0);
        assertEquals("Edith Quarles", q.speaker());
        assertRoute(CreditRoute.CUE_ADJACENT, q);
        assertEquals(0.0, q.signals().get("writtenPronoun"));
        assertEquals(1.0, q.signals().get("fullName"));
        assertEquals(0.0, q.signals().get("sentenceGap"));
    }

    @Test
    void aCueBeforeTheQuoteInItsSentenceIsRecordedSo() {
        Quote q = read("Edith Quarles, the harbour master, said on Monday: “The ferry will run twice a day.”")
                .quotes().get(0);
        assertEquals("Edith Quarles", q.speaker());
        assertRoute(CreditRoute.CUE_BEFORE, q);
    }

    @Test
    void aPronounCreditIsACueWrittenAsAPronounForAnIntroducedPerson() {
        QuoteAnalysis qa = read("Edith Quarles, who runs the harbour, opened the new pier on Monday.\n\n"
                + "“It took us eleven years to get the money together,” she said.");
        Quote q = qa.quotes().get(0);
        assertEquals("Edith Quarles", q.speaker());
        assertRoute(CreditRoute.CUE_ADJACENT, q);
        assertEquals(1.0, q.signals().get("writtenPronoun"));
        assertEquals(1.0, q.signals().get("introduced"));
    }

    @Test
    void anotherPersonNamedBetweenTheCueAndTheQuoteIsCounted() {
        Quote direct = read("Edith Quarles said on Monday: “The ferry will run twice a day from June.”")
                .quotes().get(0);
        assertEquals(0.0, direct.signals().get("between"));
        Quote crowded = read("Edith Quarles said on Monday, after a long meeting with Mayor Tomas Brandvik at the pier, "
                + "that “the ferry will run twice a day from June.”").quotes().get(0);
        assertEquals("Edith Quarles", crowded.speaker());
        assertEquals(1.0, crowded.signals().get("between"), crowded.signals().toString());
        assertTrue(crowded.confidence() < direct.confidence());
    }

    @Test
    void aQuoteNobodyIsCreditedWithHasNoRoute() {
        Quote q = read("The sign on the gate read “No swimming beyond the red buoys after dusk” for years.")
                .quotes().get(0);
        assertNull(q.speaker());
        assertRoute(CreditRoute.NONE, q);
        assertNull(q.signals().get("logCharGap"), "no credit, no distance to it");
    }

    @Test
    void aQuoteWithoutCueContinuesTheQuoteBeforeIt() {
        QuoteAnalysis qa = read("“We will need a second boat by August,” harbour master Edith Quarles said.\n\n"
                + "“Nobody expected this many passengers in the first month.”");
        assertEquals("Edith Quarles", qa.quotes().get(1).speaker());
        assertRoute(CreditRoute.NEIGHBOUR, qa.quotes().get(1));
        assertEquals(1.0, qa.quotes().get(1).signals().get("sentenceGap"));
    }

    @Test
    void everyQuoteHasAProbabilityAndADirectNamedCreditBeatsADistantNeighbourCredit() {
        QuoteAnalysis qa = read("“We will need a second boat by August,” harbour master Edith Quarles said. "
                + "The council has yet to vote on the money. Two members are away until the spring. "
                + "“Nobody expected this many passengers in the first month, least of all me.”");
        for (Quote q : qa.quotes()) {
            assertNotNull(q.confidence());
            assertTrue(q.confidence() >= 0 && q.confidence() <= 1, q.toString());
        }
        Quote direct = qa.quotes().get(0);
        Quote distant = qa.quotes().get(1);
        assertRoute(CreditRoute.CUE_ADJACENT, direct);
        assertEquals("Edith Quarles", distant.speaker());
        assertRoute(CreditRoute.NEIGHBOUR, distant);
        assertTrue(direct.confidence() > distant.confidence(), direct.confidence() + " vs " + distant.confidence());
    }

    @Test
    void theShippedModelParsesAndWeighsItsSignals() {
        SpeakerConfidence shipped = SpeakerConfidence.shipped();
        double none = shipped.estimate(Map.of("route.none", 1.0));
        assertTrue(none > 0 && none < 1);
        SpeakerConfidence m = SpeakerConfidence.parse(List.of("(intercept)\t-1.0", "logCharGap\t0.5"));
        assertEquals(0.5, m.estimate(Map.of("logCharGap", 2.0)), 1e-9);
        assertEquals(0.269, m.estimate(Map.of("unweighed", 3.0)), 1e-9);
        assertThrows(IllegalStateException.class, () -> SpeakerConfidence.parse(List.of("logCharGap 0.5")));
    }
}
