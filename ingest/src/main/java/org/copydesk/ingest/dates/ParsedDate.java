package org.copydesk.ingest.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.copydesk.core.DateValue;
import org.copydesk.core.Span;

/**
 * One date (and perhaps a time) read from a metadata line, markup attribute, URL or body text, as
 * {@link DateParser} found it: what it says, and what is wrong with it, so rules can judge it.
 *
 * @param date           the day; {@code null} exactly when {@code calendarValid} is false ("31 April 2015")
 * @param time           the time of day when one was given (12-hour clocks, noon and midnight converted), else
 *                       {@code null}
 * @param offset         the UTC offset for {@code Z}, {@code +hh:mm} or a known zone abbreviation ("EDT"); only
 *                       ever set together with a time, as {@link DateValue} requires
 * @param statedWeekday  the weekday written beside the date ("Tue 26 Sep 2011"), kept even when it contradicts
 *                       the date so a rule can flag it; {@code null} when none was written
 * @param calendarValid  {@code false} for a day the month does not have
 * @param ambiguousOrder {@code true} for numeric dates such as {@code 03/04/2011} that read as a valid date both
 *                       day-first and month-first; the preferred reading was taken
 */
public record ParsedDate(LocalDate date, LocalTime time, ZoneOffset offset, DayOfWeek statedWeekday,
        boolean calendarValid, boolean ambiguousOrder) {

    public ParsedDate {
        if (calendarValid != (date != null)) {
            throw new IllegalArgumentException("a date is present exactly when it is calendar-valid");
        }
        if (offset != null && time == null) {
            throw new IllegalArgumentException("an offset needs a time");
        }
    }

    /** A calendar-impossible date: no day, no time. */
    static ParsedDate invalid(DayOfWeek statedWeekday, boolean ambiguousOrder) {
        return new ParsedDate(null, null, null, statedWeekday, false, ambiguousOrder);
    }

    /** {@code true} when a weekday was written and the date falls on another one ("Tue 26 Sep 2011"). */
    public boolean weekdayContradicts() {
        return date != null && statedWeekday != null && date.getDayOfWeek() != statedWeekday;
    }

    /** This date as the model's {@link DateValue}, or empty when it is not a calendar date. */
    public Optional<DateValue> toDateValue(String source, Span span) {
        return date == null ? Optional.empty() : Optional.of(new DateValue(date, time, offset, source, span));
    }
}
