package org.copydesk.ingest.markup;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.copydesk.core.DateValue;

/**
 * Chooses an article's publication (or modification) date among the markup's candidates, ranked by
 * {@link SourceTrust}, and the dates the page shows ({@code visible} date lines):
 * <ol>
 * <li>structured markup first (JSON-LD article, the article/OpenGraph, microdata, Dublin Core, Parse.ly and
 * Sailthru tags): publishers keep it for search engines and it carries the time and offset;</li>
 * <li>unless a visible date line more than a day away is backed by another structured source or the URL on
 * its day: two independent sources for the day readers see outweigh one stale field (a {@code <time>}
 * element is no backing, it is the visible line itself);</li>
 * <li>without structured markup: the visible line, then {@code <time>} elements, a WebPage node, the URL.</li>
 * </ol>
 * Then the day is made the publisher's: when a visible line, or another source with a local offset, states
 * the same instant as the chosen value, that reading is kept (with its offset, derived when the line gives
 * none); a visible date-only line one day off a UTC timestamp, where a time zone can put it, is taken too.
 */
public final class DateChoice {

    /** The least trusted rank that still counts as structured markup rather than layout. */
    static final int STRUCTURED = SourceTrust.rank("meta:date");
    private static final long HALF_HOUR = 30;
    private static final long MAX_EAST = 14 * 60;
    private static final long MAX_WEST = -12 * 60;

    private DateChoice() {
    }

    /** The date to report: {@code markup} is ranked most trusted first; {@code visible} in page order. */
    public static DateValue choose(List<DateValue> markup, List<DateValue> visible) {
        return choose(markup, visible, List.of());
    }

    /**
     * As {@link #choose(List, List)}, with the page's other timestamps {@code zoned} (its modification times),
     * which may give the publisher's offset for a UTC publication instant.
     */
    public static DateValue choose(List<DateValue> markup, List<DateValue> visible, List<DateValue> zoned) {
        DateValue chosen = markup.stream().filter(m -> SourceTrust.rank(m.source()) <= STRUCTURED).findFirst()
                .orElse(null);
        if (chosen != null) {
            DateValue backed = backedVisible(chosen, markup, visible);
            chosen = backed != null ? backed : chosen;
        } else if (!visible.isEmpty()) {
            chosen = visible.get(0);
        } else if (!markup.isEmpty()) {
            chosen = markup.get(0);
        }
        return chosen == null ? null : publishersDay(chosen, markup, visible, zoned);
    }

    /** A visible date far from {@code chosen} whose day another markup source also gives. */
    private static DateValue backedVisible(DateValue chosen, List<DateValue> markup, List<DateValue> visible) {
        for (DateValue v : visible) {
            if (daysApart(v.date(), chosen.date()) <= 1) {
                continue;
            }
            for (DateValue m : markup) {
                if (m.date().equals(v.date()) && independent(m.source())) {
                    return v;
                }
            }
        }
        return null;
    }

    private static DateValue publishersDay(DateValue chosen, List<DateValue> markup, List<DateValue> visible,
            List<DateValue> zoned) {
        if (chosen.time() == null || chosen.offset() == null) {
            return chosen;
        }
        for (DateValue v : visible) {
            Optional<DateValue> r = sameInstant(chosen, v).or(() -> swapped(v).flatMap(s -> sameInstant(chosen, s)));
            if (r.isPresent()) {
                return r.get();
            }
        }
        if (chosen.offset().getTotalSeconds() == 0) {
            for (DateValue m : markup) {
                if (m.offset() == null || m.offset().getTotalSeconds() != 0) {
                    Optional<DateValue> r = sameInstant(chosen, m);
                    if (r.isPresent()) {
                        return r.get();
                    }
                }
            }
            for (DateValue m : zoned) {
                // the page's other timestamps (its modification time) may name the same instant in its own zone
                if (m.offset() != null && m.offset().getTotalSeconds() != 0 && m.epochMinutes() == chosen.epochMinutes()) {
                    LocalDateTime local = LocalDateTime.of(chosen.date(), chosen.time())
                            .plusSeconds(m.offset().getTotalSeconds());
                    return new DateValue(local.toLocalDate(), local.toLocalTime(), m.offset(), chosen.source(),
                            chosen.span());
                }
            }
            for (DateValue v : visible) {
                if (v.time() == null && reachable(chosen, v.date())) {
                    return v;
                }
            }
        }
        return chosen;
    }

    /**
     * {@code reading} as the same instant as {@code chosen}: equal instants when it has an offset; a whole or
     * half hour off, within the world's offsets, when it has none (its offset is then that difference).
     */
    static Optional<DateValue> sameInstant(DateValue chosen, DateValue reading) {
        if (reading.time() == null || reading.date().equals(chosen.date()) && reading.offset() != null
                && reading.offset().equals(chosen.offset())) {
            return Optional.empty();
        }
        if (reading.offset() != null) {
            return reading.epochMinutes() == chosen.epochMinutes() ? Optional.of(reading) : Optional.empty();
        }
        long utc = chosen.epochMinutes();
        long local = reading.epochMinutes();
        long diff = local - utc;
        if (diff % HALF_HOUR != 0 || diff > MAX_EAST || diff < MAX_WEST
                || chosen.time().getSecond() != 0 && reading.time().getSecond() != 0
                && chosen.time().getSecond() != reading.time().getSecond()) {
            return Optional.empty();
        }
        ZoneOffset offset = ZoneOffset.ofTotalSeconds((int) diff * 60);
        return Optional.of(new DateValue(reading.date(), reading.time(), offset, reading.source(), reading.span()));
    }

    /**
     * A numeric reading with day and month the other way round ("03/05/2022 22:41" read as 5 March where the page
     * meant 3 May), when both are months: the page's own time zone then decides which reading it meant.
     */
    private static Optional<DateValue> swapped(DateValue v) {
        int day = v.date().getDayOfMonth();
        int month = v.date().getMonthValue();
        if (v.time() == null || day > 12 || day == month) {
            return Optional.empty();
        }
        return Optional.of(new DateValue(LocalDate.of(v.date().getYear(), day, month), v.time(), v.offset(),
                v.source(), v.span()));
    }

    /** Whether some time zone puts the UTC instant {@code chosen} on {@code day}, one day off its own. */
    static boolean reachable(DateValue utc, LocalDate day) {
        LocalDateTime t = LocalDateTime.of(utc.date(), utc.time());
        LocalDate west = t.plusMinutes(MAX_WEST).toLocalDate();
        LocalDate east = t.plusMinutes(MAX_EAST).toLocalDate();
        return !day.equals(utc.date()) && !day.isBefore(west) && !day.isAfter(east);
    }

    /** A source that is not a rendering of the visible text itself (as a {@code <time>} element is). */
    private static boolean independent(String source) {
        return SourceTrust.rank(source) <= STRUCTURED || source.equals("url");
    }

    static long daysApart(LocalDate a, LocalDate b) {
        return Math.abs(ChronoUnit.DAYS.between(a, b));
    }
}
