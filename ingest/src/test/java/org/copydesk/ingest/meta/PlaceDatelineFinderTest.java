package org.copydesk.ingest.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.copydesk.ingest.text.Block;
import org.copydesk.ingest.text.BlockSplitter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PlaceDatelineFinderTest {

    private final PlaceDatelineFinder finder = new PlaceDatelineFinder();

    private static Block first(String text) {
        return BlockSplitter.split(text).get(0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "MERIDA — The regional assembly met on Tuesday.; MERIDA",
        "Lakeford : The mayor resigned after a vote.; Lakeford",
        "NEW HAVEN: Officials confirmed the closure.; NEW HAVEN",
        "OSLO (Reuters) - Norway raised rates.; OSLO",
        "Port Elms, Maine — A storm hit the coast.; Port Elms",
        "KARACHI –\u00a0Traders shut their shops.; KARACHI",
    })
    void findsDatelines(String paragraph, String place) {
        var d = finder.find(first(paragraph));
        assertTrue(d.isPresent(), paragraph);
        assertEquals(place, d.get().place());
        assertEquals(place, d.get().span().in(paragraph));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Note: this article was corrected on Monday.",
        "The council met on Tuesday to vote on the plan.",
        "Update: the road has reopened.",
        "Pakistan: a country at a crossroads",
        "“We will win,” she said.",
    })
    void staysQuietOnOrdinaryOpenings(String paragraph) {
        assertTrue(finder.find(first(paragraph)).isEmpty(), paragraph);
    }
}
