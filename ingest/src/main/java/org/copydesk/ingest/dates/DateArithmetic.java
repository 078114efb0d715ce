package org.copydesk.ingest.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.copydesk.core.TimeReference;

/**
 * Calendar arithmetic that turns partial and relative dates into days, always against an anchor — in practice
 * the publication date: which Thursday "on Thursday" means, which year "Sept. 26" falls in, where "last week"
 * begins.
 */
public final class DateArithmetic {

    /** Two-digit years below this read as 20yy, the rest as 19yy. */
    static final int TWO_DIGIT_PIVOT = 70;

    private DateArithmetic() {
    }

    /**
     * The day a bare weekday names. Reported or undetermined ({@link TimeReference#PAST}, {@code UNKNOWN}): the most
     * recent such weekday on or before the anchor — the anchor itself counts, since papers write "said Monday" on
     * a Monday. Announced ({@code FUTURE}): the first one after the anchor.
     */
    public static LocalDate resolveWeekday(LocalDate anchor, DayOfWeek day, TimeReference ref) {
        Objects.requireNonNull(anchor, "anchor");
        return ref == TimeReference.FUTURE
                ? anchor.with(TemporalAdjusters.next(day))
                : anchor.with(TemporalAdjusters.previousOrSame(day));
    }

    /** "last Thursday": strictly before the anchor. "next Thursday": strictly after. "this Thursday": same week. */
    static LocalDate resolveWeekday(LocalDate anchor, DayOfWeek day, Pick pick, TimeReference ref) {
        return switch (pick) {
            case LAST -> anchor.with(TemporalAdjusters.previous(day));
            case NEXT -> anchor.with(TemporalAdjusters.next(day));
            case THIS, ANY -> resolveWeekday(anchor, day, ref);
        };
    }

    /**
     * The year for a day and month written without one ("Sept. 26"): the occurrence nearest the anchor, which
     * is never more than about six months away. Empty for a day the month never has, and for 29 February when
     * none of the neighbouring years is a leap year.
     */
    public static Optional<LocalDate> nearestDayMonth(LocalDate anchor, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > Month.of(month).maxLength()) {
            return Optional.empty();
        }
        MonthDay md = MonthDay.of(month, day);
        return Stream.of(anchor.getYear() - 1, anchor.getYear(), anchor.getYear() + 1)
                .filter(md::isValidYear)
                .map(md::atYear)
                .min(Comparator.comparingLong(d -> Math.abs(ChronoUnit.DAYS.between(anchor, d))));
    }

    /**
     * The first day of the month a bare month name names ("in November"). Reported or undetermined: the most
     * recent such month on or before the anchor's month; announced: the first on or after it.
     */
    public static LocalDate resolveMonth(LocalDate anchor, Month month, TimeReference ref) {
        LocalDate sameYear = LocalDate.of(anchor.getYear(), month, 1);
        LocalDate anchorMonth = anchor.withDayOfMonth(1);
        if (ref == TimeReference.FUTURE) {
            return sameYear.isBefore(anchorMonth) ? sameYear.plusYears(1) : sameYear;
        }
        return sameYear.isAfter(anchorMonth) ? sameYear.minusYears(1) : sameYear;
    }

    /** "last May" (strictly before the anchor's month), "next May" (strictly after), "this May" (the anchor's year). */
    static LocalDate resolveMonth(LocalDate anchor, Month month, Pick pick, TimeReference ref) {
        LocalDate sameYear = LocalDate.of(anchor.getYear(), month, 1);
        LocalDate anchorMonth = anchor.withDayOfMonth(1);
        return switch (pick) {
            case LAST -> sameYear.isBefore(anchorMonth) ? sameYear : sameYear.minusYears(1);
            case NEXT -> sameYear.isAfter(anchorMonth) ? sameYear : sameYear.plusYears(1);
            case THIS -> sameYear;
            case ANY -> resolveMonth(anchor, month, ref);
        };
    }

    /**
     * The start of the period {@code amount} periods from the anchor: {@code shift(d, WEEK, -1)} is the Monday of
     * last week, {@code shift(d, MONTH, 0)} the first of this month, {@code shift(d, WEEKEND, 0)} the Saturday of
     * the anchor's Monday-to-Sunday week.
     */
    public static LocalDate shift(LocalDate anchor, DatePeriod period, int amount) {
        return switch (period) {
            case DAY -> anchor.plusDays(amount);
            case WEEK -> startOfWeek(anchor).plusWeeks(amount);
            case WEEKEND -> startOfWeek(anchor).plusWeeks(amount).plusDays(5);
            case MONTH -> anchor.withDayOfMonth(1).plusMonths(amount);
            case YEAR -> anchor.withDayOfYear(1).plusYears(amount);
        };
    }

    /** "at the weekend" without "last" or "next": the weekend just gone (or under way), or for the future the next. */
    public static LocalDate resolveWeekend(LocalDate anchor, TimeReference ref) {
        return resolveWeekday(anchor, DayOfWeek.SATURDAY, ref);
    }

    /** The day {@code amount} periods before the anchor: "two weeks ago" is fourteen days back, not a Monday. */
    public static LocalDate ago(LocalDate anchor, DatePeriod period, int amount) {
        return switch (period) {
            case DAY -> anchor.minusDays(amount);
            case WEEK, WEEKEND -> anchor.minusWeeks(amount);
            case MONTH -> anchor.minusMonths(amount);
            case YEAR -> anchor.minusYears(amount);
        };
    }

    /** The Monday of the anchor's week. */
    public static LocalDate startOfWeek(LocalDate anchor) {
        return anchor.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** {@code 11} → 2011, {@code 98} → 1998: below {@value #TWO_DIGIT_PIVOT} is this century. */
    public static int expandTwoDigitYear(int yy) {
        return yy < TWO_DIGIT_PIVOT ? 2000 + yy : 1900 + yy;
    }

    /** Whether the day exists: 31 April and 29 February 2011 do not. */
    public static boolean isValid(int year, int month, int day) {
        return month >= 1 && month <= 12 && day >= 1 && day <= Month.of(month).length(Year.isLeap(year));
    }
}
