package org.copydesk.ingest.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Optional;
import org.copydesk.core.TimeReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateArithmeticTest {

    /** Monday 26 September 2011. */
    private static final LocalDate MON = LocalDate.of(2011, 9, 26);

    @Test
    void anchorIsAMonday() {
        assertEquals(DayOfWeek.MONDAY, MON.getDayOfWeek());
    }

    @ParameterizedTest(name = "{0} {1} from Mon 26 Sep 2011 -> {2}")
    @CsvSource({
        "THURSDAY, PAST,    2011-09-22",
        "THURSDAY, UNKNOWN, 2011-09-22",
        "THURSDAY, FUTURE,  2011-09-29",
        "MONDAY,   PAST,    2011-09-26",   // "said Monday" in Monday's paper is that day
        "MONDAY,   FUTURE,  2011-10-03",
        "SUNDAY,   PAST,    2011-09-25",
        "TUESDAY,  FUTURE,  2011-09-27",
    })
    void resolvesWeekdaysByTense(DayOfWeek day, TimeReference ref, LocalDate expected) {
        assertEquals(expected, DateArithmetic.resolveWeekday(MON, day, ref));
    }

    @Test
    void lastAndNextWeekdayNeverMeanTheAnchorDay() {
        assertEquals(LocalDate.of(2011, 9, 19),
                DateArithmetic.resolveWeekday(MON, DayOfWeek.MONDAY, Pick.LAST, TimeReference.PAST));
        assertEquals(LocalDate.of(2011, 10, 3),
                DateArithmetic.resolveWeekday(MON, DayOfWeek.MONDAY, Pick.NEXT, TimeReference.FUTURE));
    }

    @ParameterizedTest(name = "{0}/{1} near {2} -> {3}")
    @CsvSource({
        "9,  26, 2011-09-26, 2011-09-26",
        "12, 30, 2012-01-04, 2011-12-30",   // a few days back across the new year
        "1,  3,  2011-12-28, 2012-01-03",   // a few days ahead across it
        "3,  25, 2011-09-26, 2012-03-25",   // 182 days ahead beats 185 back
        "4,  20, 2011-09-26, 2011-04-20",   // 159 days back beats 207 ahead
        "2,  29, 2011-09-26, 2012-02-29",
    })
    void dayAndMonthTakeTheNearestYear(int month, int day, LocalDate anchor, LocalDate expected) {
        assertEquals(Optional.of(expected), DateArithmetic.nearestDayMonth(anchor, month, day));
    }

    @Test
    void dayAndMonthThatCannotExistHaveNoYear() {
        assertEquals(Optional.empty(), DateArithmetic.nearestDayMonth(MON, 4, 31));
        assertEquals(Optional.empty(), DateArithmetic.nearestDayMonth(MON, 2, 30));
        // none of 2013, 2014 and 2015 is a leap year
        assertEquals(Optional.empty(), DateArithmetic.nearestDayMonth(LocalDate.of(2014, 6, 1), 2, 29));
    }

    @Test
    void bareMonthsLookBackForThePastAndAheadForTheFuture() {
        assertEquals(LocalDate.of(2010, 11, 1), DateArithmetic.resolveMonth(MON, Month.NOVEMBER, TimeReference.PAST));
        assertEquals(LocalDate.of(2011, 11, 1), DateArithmetic.resolveMonth(MON, Month.NOVEMBER, TimeReference.FUTURE));
        assertEquals(LocalDate.of(2011, 9, 1), DateArithmetic.resolveMonth(MON, Month.SEPTEMBER, TimeReference.PAST));
        assertEquals(LocalDate.of(2011, 5, 1), DateArithmetic.resolveMonth(MON, Month.MAY, TimeReference.UNKNOWN));
        assertEquals(LocalDate.of(2010, 9, 1),
                DateArithmetic.resolveMonth(MON, Month.SEPTEMBER, Pick.LAST, TimeReference.PAST));
        assertEquals(LocalDate.of(2012, 9, 1),
                DateArithmetic.resolveMonth(MON, Month.SEPTEMBER, Pick.NEXT, TimeReference.FUTURE));
    }

    @ParameterizedTest(name = "{0} {1} from a Wednesday -> {2}")
    @CsvSource({
        "DAY,     -1, 2011-09-27",
        "DAY,      1, 2011-09-29",
        "WEEK,     0, 2011-09-26",
        "WEEK,    -1, 2011-09-19",
        "WEEK,     1, 2011-10-03",
        "WEEKEND, -1, 2011-09-24",
        "WEEKEND,  0, 2011-10-01",
        "MONTH,    0, 2011-09-01",
        "MONTH,   -1, 2011-08-01",
        "YEAR,    -1, 2010-01-01",
        "YEAR,     1, 2012-01-01",
    })
    void shiftsToTheStartOfThePeriod(DatePeriod period, int amount, LocalDate expected) {
        assertEquals(expected, DateArithmetic.shift(LocalDate.of(2011, 9, 28), period, amount));
    }

    @Test
    void agoCountsWholePeriodsBack() {
        assertEquals(LocalDate.of(2011, 9, 12), DateArithmetic.ago(MON, DatePeriod.WEEK, 2));
        assertEquals(LocalDate.of(2011, 6, 26), DateArithmetic.ago(MON, DatePeriod.MONTH, 3));
    }

    @Test
    void weekendFollowsTheTense() {
        assertEquals(LocalDate.of(2011, 9, 24), DateArithmetic.resolveWeekend(MON, TimeReference.PAST));
        assertEquals(LocalDate.of(2011, 10, 1), DateArithmetic.resolveWeekend(MON, TimeReference.FUTURE));
    }

    @Test
    void twoDigitYearsPivotAtSeventy() {
        assertEquals(2011, DateArithmetic.expandTwoDigitYear(11));
        assertEquals(2069, DateArithmetic.expandTwoDigitYear(69));
        assertEquals(1970, DateArithmetic.expandTwoDigitYear(70));
        assertEquals(1999, DateArithmetic.expandTwoDigitYear(99));
    }

    @Test
    void calendarValidity() {
        assertTrue(DateArithmetic.isValid(2012, 2, 29));
        assertFalse(DateArithmetic.isValid(2011, 2, 29));
        assertFalse(DateArithmetic.isValid(2015, 4, 31));
        assertFalse(DateArithmetic.isValid(2015, 13, 1));
    }
}
