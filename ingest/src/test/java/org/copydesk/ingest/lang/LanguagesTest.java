package org.copydesk.ingest.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LanguagesTest {

    static List<String> known() {
        return Languages.known();
    }

    @Test
    void aDetectedLanguageIsReadWithItsOwnListsAndEnglish() {
        Languages de = Languages.detected("de");
        assertEquals(List.of("en", "de"), de.codes());
        assertEquals("de", de.primary());
        assertFalse(de.isAll());
        assertEquals(de, Languages.detected("de-AT"));
        assertEquals(List.of("en"), Languages.detected("en").codes());
    }

    @Test
    void anUnknownOrUnlistedLanguageIsReadWithEveryList() {
        assertTrue(Languages.detected(null).isAll());
        assertTrue(Languages.detected("xx").isAll());
        assertNull(Languages.all().primary());
        assertTrue(Languages.all().codes().containsAll(List.of("en", "de", "fr", "es", "it", "pt", "nl")));
    }

    @Test
    void aKindALanguageHasNoFileForContributesNothing() {
        assertEquals(List.of(), Languages.lines("de", "no-such-kind"));
        assertThrows(IllegalArgumentException.class, () -> Languages.of("xx"));
    }

    @Test
    void linesOfASetAreEachLanguagesInTheCatalogsOrder() {
        List<String> both = Languages.of("de", "en").lines("months");
        assertEquals(Languages.lines("en", "months"), both.subList(0, 12));
        assertEquals(Languages.lines("de", "months"), both.subList(12, 24));
    }

    @ParameterizedTest
    @MethodSource("known")
    void everyLanguageNamesTwelveMonthsAndSevenDays(String code) {
        Set<String> months = new HashSet<>();
        for (String line : Languages.lines(code, "months")) {
            months.add(line.split("\\s+")[0]);
        }
        assertEquals(12, months.size(), code);
        assertEquals(7, Languages.lines(code, "weekdays").size(), code);
        assertFalse(Languages.lines(code, "function-words").isEmpty(), code);
        assertFalse(Sections.of(Languages.lines(code, "date-lines")).getOrDefault("published", List.of()).isEmpty(),
                code);
        // a credit opens with a marker ("By", "Von") or, where the language writes none, a label ("Autor:")
        var credits = Sections.of(Languages.lines(code, "byline-markers"));
        assertFalse(credits.getOrDefault("marker", List.of()).isEmpty() && credits.getOrDefault("label", List.of())
                .isEmpty(), code);
    }

    @Test
    void sectionsGatherTheirEntriesAcrossFiles() {
        var s = Sections.of(List.of("[a]", "x", "[b]", "y", "[a]", "z"));
        assertEquals(List.of("x", "z"), s.get("a"));
        assertEquals(List.of("y"), s.get("b"));
        assertTrue("Published on".matches("(?i)" + Sections.alternation(List.of("published", "published on"))));
        assertFalse("Publishedx".matches("(?i)" + Sections.alternation(List.of("published")) + "x"));
    }
}
