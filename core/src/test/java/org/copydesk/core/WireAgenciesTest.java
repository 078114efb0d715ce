package org.copydesk.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WireAgenciesTest {

    private static final WireAgencies AGENCIES = WireAgencies.builtIn();

    @Test
    void everySpellingNamesItsAgencyInOrderOfMention() {
        assertEquals(List.of("Reuters", "AP"), AGENCIES.mentioned("Lee Park for Reuters, with The Associated Press"));
        assertEquals(List.of("AFP"), AGENCIES.mentioned("— Agence France-Presse"));
        assertEquals(List.of("AP"), AGENCIES.mentioned("WASHINGTON (AP) —"));
        assertEquals(List.of("dpa"), AGENCIES.mentioned("Source: DEUTSCHE PRESSE-AGENTUR"));
        assertEquals(List.of("dpa"), AGENCIES.mentioned("Via dpa"));
        assertEquals(List.of("dpa"), AGENCIES.mentioned("(DPA)"));
    }

    @Test
    void shortNamesCountOnlyInCapitalsAndOnlyAsWholeWords() {
        assertEquals(List.of(), AGENCIES.mentioned("a map of the apartment, happy gap year, Ap and Dpa"));
        assertEquals(List.of(), AGENCIES.mentioned("the Reutersweg bridge"));
        assertEquals(List.of(), AGENCIES.mentioned(null));
        assertEquals(List.of("Reuters"), AGENCIES.mentioned("(reuters)"));
    }

    @Test
    void anAgencyOpeningALineIsFoundAfterItsPunctuation() {
        assertEquals("AFP", AGENCIES.opening("— Agence France-Presse").orElseThrow());
        assertEquals("Reuters", AGENCIES.opening("Reuters contributed to this report.").orElseThrow());
        assertEquals(Optional.empty(), AGENCIES.opening("He told Reuters on Monday."));
        assertEquals(Optional.empty(), AGENCIES.opening("Apples fell."));
    }

    @Test
    void configuredAgenciesAreMentionedToo() {
        assertEquals(List.of("Harbour Wire"), AGENCIES.with(List.of("Harbour Wire")).mentioned("By Harbour Wire staff"));
    }
}
