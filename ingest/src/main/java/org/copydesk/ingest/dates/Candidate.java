package org.copydesk.ingest.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.copydesk.core.DateKind;
import org.copydesk.core.TimeReference;

/**
 * A possible date mention at {@code [start, end)} of the full text, before overlaps are settled and before the
 * tense of its sentence is known.
 *
 * @param stated   the tense the words themselves state ("yesterday", "next week"), or {@code UNKNOWN} to let the
 *                 sentence decide
 * @param resolver how to turn the publication date and the tense into the day meant
 */
record Candidate(int start, int end, DateKind kind, DayOfWeek weekday, boolean calendarValid,
        boolean ambiguousOrder, TimeReference stated, Resolver resolver) {

    /** Resolves a candidate against the publication date ({@code null} when unknown) and the tense. */
    @FunctionalInterface
    interface Resolver {
        LocalDate resolve(LocalDate published, TimeReference reference);
    }

    /** A resolver that needs the publication date and gives {@code null} without one. */
    static Resolver anchored(Resolver r) {
        return (published, ref) -> published == null ? null : r.resolve(published, ref);
    }

    static final Resolver UNRESOLVABLE = (published, ref) -> null;

    int length() {
        return end - start;
    }

    static Resolver fixed(LocalDate date) {
        return (published, ref) -> date;
    }
}
