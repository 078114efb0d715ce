package org.copydesk.core;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A date named in the text, with what it resolves to.
 *
 * @param date           the day it denotes: as written for absolute dates, resolved against the publication
 *                       date for partial, weekday and relative ones; for month/year mentions the first day of
 *                       the period; {@code null} when it cannot be resolved or is not a calendar date
 * @param weekday        a weekday stated alongside ("Tue 26 Sep 2011", "yesterday (Monday)"), or {@code null}
 * @param calendarValid  {@code false} for impossible dates such as "31 April 2015"
 * @param ambiguousOrder {@code true} for numeric dates whose day/month order the document does not settle
 * @param reference      the tense of the sentence around it
 */
public record DateMention(Span span, String text, DateKind kind, LocalDate date, DayOfWeek weekday,
        boolean calendarValid, boolean ambiguousOrder, TimeReference reference) implements Serializable {

    public DateMention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reference, "reference");
    }

    public boolean isRelative() {
        return kind == DateKind.WEEKDAY || kind == DateKind.RELATIVE;
    }
}
