package org.copydesk.rules.date;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.copydesk.core.DateValue;

/** Orders publication and modification dates without trusting precision the source did not give. */
final class DateComparison {

    /** Local times without an offset may lie this far from UTC either way. */
    private static final long OFFSET_SLACK_MINUTES = 14 * 60;
    private static final long DAY = 24 * 60;

    private DateComparison() {
    }

    /** Whether {@code a} is before {@code b} whatever the missing times and time zones turn out to be. */
    static boolean certainlyBefore(DateValue a, DateValue b) {
        if (a.time() == null && b.time() == null) {
            return a.date().isBefore(b.date());
        }
        if (a.time() == null || b.time() == null) {
            // a bare day is that day in some zone: a timestamp late on the day before may fall inside it
            return latest(a) < earliest(b);
        }
        boolean sameFooting = (a.offset() == null) == (b.offset() == null);
        long slack = sameFooting ? 0 : OFFSET_SLACK_MINUTES;
        return a.epochMinutes() + slack < b.epochMinutes();
    }

    /** The earliest UTC minute {@code v} may stand for. */
    private static long earliest(DateValue v) {
        if (v.time() == null) {
            return v.date().toEpochDay() * DAY - OFFSET_SLACK_MINUTES;
        }
        return v.offset() == null ? v.epochMinutes() - OFFSET_SLACK_MINUTES : v.epochMinutes();
    }

    /** The latest UTC minute {@code v} may stand for. */
    private static long latest(DateValue v) {
        if (v.time() == null) {
            return (v.date().toEpochDay() + 1) * DAY + OFFSET_SLACK_MINUTES;
        }
        return v.offset() == null ? v.epochMinutes() + OFFSET_SLACK_MINUTES : v.epochMinutes();
    }

    /** Whether {@code v} lies after {@code now} whatever the missing time or time zone turns out to be. */
    static boolean certainlyAfter(DateValue v, Instant now) {
        if (v.time() == null) {
            // A bare day may already have begun somewhere on earth: allow a day of slack.
            LocalDate today = now.atOffset(ZoneOffset.UTC).toLocalDate();
            return v.date().isAfter(today.plusDays(1));
        }
        long nowMinutes = Math.floorDiv(now.getEpochSecond(), 60);
        long slack = v.offset() == null ? OFFSET_SLACK_MINUTES : 0;
        return v.epochMinutes() > nowMinutes + slack;
    }
}
