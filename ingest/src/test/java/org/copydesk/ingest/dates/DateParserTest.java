package org.copydesk.ingest.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.stream.Stream;
import org.copydesk.core.DateValue;
import org.copydesk.core.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateParserTest {

    private static final LocalDate SEP26 = LocalDate.of(2011, 9, 26);

    static Stream<Arguments> formats() {
        return Stream.of(
                // input, date, time (or null), offset (or null), stated weekday (or null)
                Arguments.of("2011-09-26", SEP26, null, null, null),
                Arguments.of("2011-09-26T18:13:00Z", SEP26, "18:13", "Z", null),
                Arguments.of("2011-09-26T18:13:00+05:00", SEP26, "18:13", "+05:00", null),
                Arguments.of("2011-09-26T18:13:00.000+0000", SEP26, "18:13", "Z", null),
                Arguments.of("2011-09-26T08:05:09-0700", SEP26, "08:05:09", "-07:00", null),
                Arguments.of("2011-09-26 18:13", SEP26, "18:13", null, null),
                Arguments.of("Mon, 26 Sep 2011 18:13:00 GMT", SEP26, "18:13", "Z", DayOfWeek.MONDAY),
                Arguments.of("Monday, 26-Sep-11 18:13:00 GMT", SEP26, "18:13", "Z", DayOfWeek.MONDAY),
                Arguments.of("Mon Sep 26 18:13:00 EDT 2011", SEP26, "18:13", "-04:00", DayOfWeek.MONDAY),
                Arguments.of("Mon 26 Sep 2011, 6:13 PM", SEP26, "18:13", null, DayOfWeek.MONDAY),
                Arguments.of("Tue 7 Apr 2015, 1:58 AM", LocalDate.of(2015, 4, 7), "01:58", null, DayOfWeek.TUESDAY),
                Arguments.of("September 26, 2011", SEP26, null, null, null),
                Arguments.of("Sept. 26, 2011 at 6:13 p.m. EDT", SEP26, "18:13", "-04:00", null),
                Arguments.of("Sep 26, 2011 6:13pm PDT", SEP26, "18:13", "-07:00", null),
                Arguments.of("26 September 2011", SEP26, null, null, null),
                Arguments.of("26th of September 2011", SEP26, null, null, null),
                Arguments.of("September 26th, 2011", SEP26, null, null, null),
                Arguments.of("26.09.2011", SEP26, null, null, null),
                Arguments.of("09/26/2011", SEP26, null, null, null),
                Arguments.of("9/26/11", SEP26, null, null, null),
                Arguments.of("2011/09/26", SEP26, null, null, null),
                Arguments.of("Monday, September 26, 2011 10:30am", SEP26, "10:30", null, DayOfWeek.MONDAY),
                Arguments.of("26 Sep 2011 | 18:13", SEP26, "18:13", null, null),
                Arguments.of("26 SEP 2011 18:13 IST", SEP26, "18:13", "+05:30", null),
                Arguments.of("26 September 2011 3:40 PM PKT", SEP26, "15:40", "+05:00", null),
                Arguments.of("26 September 2011 09:00 CEST", SEP26, "09:00", "+02:00", null),
                Arguments.of("26 September 2011 09:00 UTC+5:30", SEP26, "09:00", "+05:30", null),
                Arguments.of("26 September 2011, noon", SEP26, "12:00", null, null),
                Arguments.of("26 September 2011 at midnight", SEP26, "00:00", null, null),
                Arguments.of("September 26, 2011, 12:15 a.m.", SEP26, "00:15", null, null),
                Arguments.of("September 26, 2011, 12:15 p.m.", SEP26, "12:15", null, null),
                Arguments.of("September 26, 2011 6 p.m.", SEP26, "18:00", null, null),
                Arguments.of("Published: 26 Sep 2011", SEP26, null, null, null),
                Arguments.of("Updated 26 September 2011", SEP26, null, null, null),
                Arguments.of("Last updated: 18:13 BST, 26 September 2011", SEP26, "18:13", "+01:00", null),
                Arguments.of("Posted on Monday, September 26, 2011", SEP26, null, null, DayOfWeek.MONDAY),
                Arguments.of("published 26 sep 2011", SEP26, null, null, null),
                Arguments.of("Dec. 31, '99", LocalDate.of(1999, 12, 31), null, null, null),
                Arguments.of("Feb 29, 2012", LocalDate.of(2012, 2, 29), null, null, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void parsesEveryAcceptedFormat(String input, LocalDate date, String time, String offset, DayOfWeek weekday) {
        ParsedDate d = DateParser.parse(input).orElseThrow();
        assertEquals(date, d.date());
        assertEquals(time == null ? null : LocalTime.parse(time), d.time());
        assertEquals(offset == null ? null : ZoneOffset.of(offset), d.offset());
        assertEquals(weekday, d.statedWeekday());
        assertTrue(d.calendarValid());
        assertFalse(d.ambiguousOrder());
    }

    @ParameterizedTest
    @ValueSource(strings = {"31 April 2015", "Feb 30, 2012", "29 February 2011", "2015-04-31", "04/31/2015",
        "31.04.2015", "Thursday, 31 April 2015"})
    void impossibleDatesParseAsInvalidWithoutADay(String input) {
        ParsedDate d = DateParser.parse(input).orElseThrow();
        assertFalse(d.calendarValid());
        assertNull(d.date());
        assertNull(d.time());
        assertTrue(d.toDateValue("visible", Span.of(0, 1)).isEmpty());
    }

    @Test
    void numericOrderThatBothReadingsAllowIsAmbiguous() {
        ParsedDate slashes = DateParser.parse("03/04/2011").orElseThrow();
        assertEquals(LocalDate.of(2011, 3, 4), slashes.date(), "slashes read month first");
        assertTrue(slashes.ambiguousOrder());

        ParsedDate dots = DateParser.parse("03.04.2011").orElseThrow();
        assertEquals(LocalDate.of(2011, 4, 3), dots.date(), "dots read day first");
        assertTrue(dots.ambiguousOrder());
    }

    @Test
    void numericOrderSettledByAThirteenOrMoreIsNotAmbiguous() {
        ParsedDate dayFirst = DateParser.parse("26/09/2011").orElseThrow();
        assertEquals(SEP26, dayFirst.date());
        assertFalse(dayFirst.ambiguousOrder());

        ParsedDate sameBothWays = DateParser.parse("05/05/2011").orElseThrow();
        assertFalse(sameBothWays.ambiguousOrder());
        // 31 April does not exist, so 04/31 has only one candidate reading, and that is impossible
        assertFalse(DateParser.parse("04/31/2015").orElseThrow().ambiguousOrder());
    }

    @Test
    void statedWeekdayIsKeptEvenWhenItContradictsTheDate() {
        ParsedDate d = DateParser.parse("Tue 26 Sep 2011").orElseThrow();
        assertEquals(SEP26, d.date());
        assertEquals(DayOfWeek.MONDAY, d.date().getDayOfWeek());
        assertEquals(DayOfWeek.TUESDAY, d.statedWeekday());
        assertTrue(d.weekdayContradicts());
        assertFalse(DateParser.parse("Mon 26 Sep 2011").orElseThrow().weekdayContradicts());
    }

    @Test
    void firstDateInTheLineWins() {
        assertEquals(SEP26, DateParser.parse("Published 26 Sep 2011, updated 3 Oct 2011").orElseThrow().date());
    }

    @Test
    void convertsToTheModelsDateValue() {
        DateValue v = DateParser.parse("2011-09-26T18:13:00+05:00").orElseThrow()
                .toDateValue("json-ld", null).orElseThrow();
        assertEquals("2011-09-26T18:13+05:00", v.iso());
        assertEquals("json-ld", v.source());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "no date here", "9/11", "24/7", "Sept. 26", "in 2014", "28,000 troops",
        "version 1.2.10", "2011-13-45", "13/13/2011", "Call 555-12-20"})
    void quietWithoutAFullDate(String input) {
        assertEquals(Optional.empty(), DateParser.parse(input));
    }

    @Test
    void nullIsNoDate() {
        assertEquals(Optional.empty(), DateParser.parse(null));
        assertEquals(Optional.empty(), DateParser.fromUrl(null));
    }

    static Stream<Arguments> urls() {
        LocalDate pi = LocalDate.of(2023, 3, 14);
        return Stream.of(
                Arguments.of("https://news.example.com/world/2023/03/14/budget-vote/", pi),
                Arguments.of("https://news.example.com/2023/3/14/budget-vote", pi),
                Arguments.of("https://news.example.com/politics/2023-03-14/budget-vote", pi),
                Arguments.of("https://news.example.com/politics/2023-03-14-budget-vote.html", pi),
                Arguments.of("https://news.example.com/archive/20230314/budget-vote", pi),
                Arguments.of("https://news.example.com/budget-vote-20230314.html", pi),
                Arguments.of("https://news.example.com/world/2023/mar/14/budget-vote", pi),
                Arguments.of("/local/2023/03/14/", pi),
                Arguments.of("https://news.example.com/world/2023/03/budget-vote", null),
                Arguments.of("https://news.example.com/world/2023/02/30/budget-vote", null),
                Arguments.of("https://news.example.com/story/12345678", null),
                Arguments.of("https://news.example.com/story/99991231", null),
                Arguments.of("https://news.example.com/", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("urls")
    void readsDatesFromUrls(String url, LocalDate expected) {
        assertEquals(Optional.ofNullable(expected), DateParser.fromUrl(url));
    }
}
