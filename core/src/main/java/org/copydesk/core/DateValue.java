package org.copydesk.core;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A publication or modification date as the source gave it: a day, optionally a time and an offset, where it
 * came from ({@code visible}, {@code json-ld}, …) and, when it is visible, the span of its evidence.
 */
public record DateValue(LocalDate date, LocalTime time, ZoneOffset offset, String source, Span span)
        implements Serializable {

    public DateValue {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(source, "source");
        if (offset != null && time == null) {
            throw new IllegalArgumentException("an offset needs a time");
        }
    }

    /** ISO-8601: {@code YYYY-MM-DD}, {@code YYYY-MM-DDTHH:MM[:SS]} or with its offset. */
    public String iso() {
        if (time == null) {
            return date.toString();
        }
        String t = date + "T" + time.truncatedTo(ChronoUnit.SECONDS);
        return offset == null ? t : t + offset.getId();
    }

    /** Minutes since the epoch day, for ordering two values; a missing time counts as midnight, offsets apply. */
    public long epochMinutes() {
        long minutes = date.toEpochDay() * 1440 + (time == null ? 0 : time.getHour() * 60L + time.getMinute());
        return offset == null ? minutes : minutes - offset.getTotalSeconds() / 60;
    }
}
