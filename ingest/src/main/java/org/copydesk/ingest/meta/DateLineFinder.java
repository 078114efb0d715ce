package org.copydesk.ingest.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.core.DateValue;
import org.copydesk.ingest.dates.DateParser;
import org.copydesk.ingest.dates.ParsedDate;
import org.copydesk.ingest.text.Block;

/**
 * Finds the visible publication and update lines of an article ("Published: Fri 3 Mar 2023, 10:20 AM",
 * "Last updated …", "Posted on …") and bare date lines near its top.
 */
public final class DateLineFinder {

    private static final Pattern LABELLED = Pattern.compile(
            "^(first published|published|posted|created|date|last updated|last modified|updated|modified|edited)"
                    + "(?:\\s+(?:on|at))?\\s*[:\\-–—|]?\\s*(.+)$",
            Pattern.CASE_INSENSITIVE);
    private static final int MAX_WORDS = 14;

    /** Whether a visible date line says when the article was published or when it was last changed. */
    public enum Kind { PUBLISHED, MODIFIED }

    /** A date line: its block, what it dates, and the value. */
    public record DateLine(int block, Kind kind, DateValue value, boolean calendarValid) {
    }

    /** Labelled date lines anywhere, and bare date lines among the first blocks (up to {@code headZoneEnd}). */
    public List<DateLine> find(List<Block> blocks, int headZoneEnd) {
        List<DateLine> out = new ArrayList<>();
        for (Block b : blocks) {
            if (b.wordCount() > MAX_WORDS) {
                continue;
            }
            Matcher m = LABELLED.matcher(b.content());
            if (m.matches()) {
                String label = m.group(1).toLowerCase(Locale.ROOT);
                Kind kind = label.contains("updat") || label.contains("modif") || label.equals("edited")
                        ? Kind.MODIFIED : Kind.PUBLISHED;
                parse(m.group(2)).ifPresent(p -> out.add(line(b, kind, p)));
            } else if (b.index() <= headZoneEnd && b.wordCount() <= 8) {
                parse(b.content()).filter(p -> p.date() != null && covers(b.content()))
                        .ifPresent(p -> out.add(line(b, Kind.PUBLISHED, p)));
            }
        }
        return out;
    }

    private static DateLine line(Block b, Kind kind, ParsedDate p) {
        DateValue v = p.date() == null ? null
                : new DateValue(p.date(), p.time(), p.time() == null ? null : p.offset(), "visible", b.contentSpan());
        return new DateLine(b.index(), kind, v, p.calendarValid());
    }

    private static Optional<ParsedDate> parse(String s) {
        return DateParser.parse(s);
    }

    /** A bare date line is little else than the date: digits, month and weekday words, separators. */
    private static boolean covers(String s) {
        return s.replaceAll("[\\p{L}]{3,}", "w").replaceAll("[^\\p{L}]", "").length() <= 8;
    }
}
