package org.copydesk.ingest.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.copydesk.core.DateMention;
import org.copydesk.core.Span;
import org.copydesk.ingest.lang.Languages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dates written in the languages with word lists: names, ordinals, connecting words, clocks and orders. */
class MultilingualDatesTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Montag, 19. Juli 2021, 10:20 Uhr; 2021-07-19; 10:20",
        "Veröffentlicht am 3. März 2020; 2020-03-03; ",
        "le mardi 3 mars 2020 à 10h20; 2020-03-03; 10:20",
        "1er février 2022; 2022-02-01; ",
        "martes, 3 de marzo de 2020 a las 18:05; 2020-03-03; 18:05",
        "3 de março de 2020 às 10h20; 2020-03-03; 10:20",
        "martedì 3 marzo 2020 alle 9:15; 2020-03-03; 09:15",
        "dinsdag 3 maart 2020 om 10:20; 2020-03-03; 10:20",
        "26th of September 2011; 2011-09-26; ",
    })
    void readsDatesInEveryLanguage(String text, String date, String time) {
        ParsedDate d = DateParser.parse(text).orElseThrow();
        assertEquals(LocalDate.parse(date), d.date(), text);
        assertEquals(time == null ? null : java.time.LocalTime.parse(time), d.time(), text);
    }

    @Test
    void aStatedWeekdayIsReadInItsLanguage() {
        assertEquals(DayOfWeek.TUESDAY, DateParser.parse("martedì 3 marzo 2020").orElseThrow().statedWeekday());
        assertEquals(DayOfWeek.THURSDAY, DateParser.parse("Donnerstag, 5. März 2020").orElseThrow().statedWeekday());
    }

    @Test
    void theDocumentsLanguageDecidesTheOrderOfASlashedDate() {
        assertEquals(LocalDate.of(2020, 3, 4), DateParser.parse("03/04/2020", Languages.detected("en")).orElseThrow().date());
        assertEquals(LocalDate.of(2020, 4, 3), DateParser.parse("03/04/2020", Languages.detected("fr")).orElseThrow().date());
    }

    @Test
    void aYearIsNotReadAsADayBeforeAMonth() {
        // "2013. Juli 2014": the 13 belongs to a year, not to a day of July
        assertEquals(LocalDate.of(2014, 7, 1), DateParser.parse("im Jahr 2013. Juli 2014 und 1. Juli 2014")
                .orElseThrow().date());
    }

    @Test
    void lowerCaseMonthsCountInTheBodyOfLanguagesThatWriteThemSo() {
        String fr = "La réunion du 3 mars 2020 a été reportée.";
        assertTrue(mentions(fr, Languages.detected("fr")).contains(LocalDate.of(2020, 3, 3)));
        String en = "You may 3 times ask, and march 2020 onwards.";
        assertEquals(List.of(), mentions(en, Languages.detected("en")));
    }

    @Test
    void lowerCaseAbbreviationsStayWordsInRunningText() {
        // Spanish "mar" is the sea as well as March: uncapitalised, it is not a month in a body
        String es = "El mar 3 veces más alto que ayer.";
        assertEquals(List.of(), mentions(es, Languages.detected("es")));
    }

    private static List<LocalDate> mentions(String text, Languages langs) {
        return DateMentionFinder.of(langs).find(text, List.of(new Span(0, text.length())), LocalDate.of(2020, 6, 1))
                .stream().map(DateMention::date).filter(java.util.Objects::nonNull).toList();
    }
}
