package org.copydesk.ingest.markup;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.core.DateValue;
import org.copydesk.ingest.dates.DateParser;

/**
 * Reads a markup date value — ISO-8601 and whatever {@link DateParser} reads, plus Unix timestamps and
 * {@code yyyymmdd} — into a {@link DateValue} carrying its source, and rejects those before 1995: no news site
 * dates an article earlier. A date after the run's reference time is kept: whether it is believed depends on
 * the other dates the page gives ({@link ArticleDates}).
 */
final class MarkupDates {

    static final LocalDate EARLIEST = LocalDate.of(1995, 1, 1);
    private static final Pattern EPOCH = Pattern.compile("^(\\d{10})(\\d{3})?$");
    private static final Pattern COMPACT = Pattern.compile("^((?:19|20)\\d\\d)(\\d\\d)(\\d\\d)$");

    private MarkupDates() {
    }

    static Optional<DateValue> read(String value, String source) {
        return parse(value.strip(), source).filter(d -> plausible(d.date()));
    }

    static boolean plausible(LocalDate d) {
        return !d.isBefore(EARLIEST);
    }

    private static Optional<DateValue> parse(String v, String source) {
        Matcher e = EPOCH.matcher(v);
        if (e.matches()) {
            LocalDateTime t = LocalDateTime.ofInstant(Instant.ofEpochSecond(Long.parseLong(e.group(1))), ZoneOffset.UTC);
            return Optional.of(new DateValue(t.toLocalDate(), t.toLocalTime(), ZoneOffset.UTC, source, null));
        }
        Matcher c = COMPACT.matcher(v);
        if (c.matches()) {
            try {
                return Optional.of(new DateValue(LocalDate.of(Integer.parseInt(c.group(1)), Integer.parseInt(c.group(2)),
                        Integer.parseInt(c.group(3))), null, null, source, null));
            } catch (java.time.DateTimeException ex) {
                return Optional.empty();
            }
        }
        return DateParser.parse(v).filter(p -> p.date() != null)
                .map(p -> new DateValue(p.date(), p.time(), p.time() == null ? null : p.offset(), source, null));
    }

    /** The day in a URL's path, as a date value from {@code url}. */
    static Optional<DateValue> fromUrl(String url) {
        return DateParser.fromUrl(url).filter(MarkupDates::plausible)
                .map(d -> new DateValue(d, null, null, "url", null));
    }
}
