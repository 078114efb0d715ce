package org.copydesk.ingest.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.core.CreditLine;
import org.copydesk.core.DateValue;
import org.copydesk.ingest.dates.DateParser;
import org.copydesk.ingest.dates.ParsedDate;
import org.copydesk.ingest.text.Block;

/**
 * Finds the visible publication and update lines of an article ("Published: Fri 3 Mar 2023, 10:20 AM",
 * "Last updated …", "Posted on …") and bare date lines near its top. (The place dateline that opens the first
 * paragraph is {@link PlaceDatelineFinder}'s.)
 */
public final class PublicationLineFinder {

    // a one-word section or site name may stand before the label ("Politics | Updated …"); a byline may not
    private static final Pattern LABELLED = Pattern.compile(
            "^(?:(?!by\\s)[^\\s|•·]{2,30}\\s*[|•·]\\s*)?"
                    + "(first published|published|posted|created|date|last updated|last modified|updated|modified|"
                    + "edited)"
                    + "(?:\\s+(?:on|at))?\\s*[:\\-–—|]?\\s*(.+)$",
            Pattern.CASE_INSENSITIVE);
    /** A publication label later in an update line: "Updated Dec. 23, 4:04 AM / Published Dec. 22, 12:16 PM". */
    private static final Pattern LATER_PUBLISHED = Pattern.compile(
            "(?<=[\\s|/·•,;])(?:first published|published|posted)(?:\\s+(?:on|at))?\\s*[:\\-–—|]?\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final int MAX_WORDS = 14;

    /** Whether a visible date line says when the article was published or when it was last changed. */
    public enum Kind { PUBLISHED, MODIFIED }

    /** A date line: its block, what it dates, and the value. */
    public record DateLine(int block, Kind kind, DateValue value, boolean calendarValid) {
    }

    /** One labelled date of a line: what its label says it dates, and the date read after the label. */
    public record Labelled(Kind kind, ParsedDate date) {
    }

    /** Labelled date lines anywhere, and bare date lines among the first blocks (up to {@code headZoneEnd}). */
    public List<DateLine> find(List<Block> blocks, int headZoneEnd) {
        List<DateLine> out = new ArrayList<>();
        for (Block b : blocks) {
            if (b.wordCount() > MAX_WORDS) {
                continue;
            }
            List<Labelled> labelled = labelled(b.content());
            if (!labelled.isEmpty()) {
                labelled.forEach(l -> out.add(line(b, l.kind(), l.date(), true)));
            } else if (b.index() <= headZoneEnd && b.wordCount() <= 8) {
                parse(b.content()).filter(p -> p.date() != null && covers(b.content()))
                        .ifPresent(p -> out.add(line(b, Kind.PUBLISHED, p, false)));
            }
        }
        return out;
    }

    /**
     * The dates a line opening with a label gives ("Posted: …", "Last updated …"), in line order: one, or two
     * when an update line also names the publication; empty for a line with no label or no date after it.
     */
    public static List<Labelled> labelled(String line) {
        Matcher m = LABELLED.matcher(line.strip());
        if (!m.matches()) {
            return List.of();
        }
        Kind kind = kindOf(m.group(1));
        String rest = m.group(2);
        List<Labelled> out = new ArrayList<>();
        Matcher later = LATER_PUBLISHED.matcher(rest);
        if (kind == Kind.MODIFIED && later.find()) {
            // each label dates its own part of the line, so the publication is not lost behind the update
            parse(rest.substring(0, later.start())).ifPresent(p -> out.add(new Labelled(kind, p)));
            parse(rest.substring(later.end())).ifPresent(p -> out.add(new Labelled(Kind.PUBLISHED, p)));
        } else {
            parse(rest).ifPresent(p -> out.add(new Labelled(kind, p)));
        }
        return out;
    }

    /** The date a byline line shows beside the names ("By Jane Roe | March 9, 2023"), source {@code visible:byline}. */
    public static Optional<DateValue> inCredit(CreditLine credit) {
        return parse(credit.raw()).filter(p -> p.date() != null).map(p -> new DateValue(p.date(), p.time(),
                p.time() == null ? null : p.offset(), "visible:byline", credit.span()));
    }

    private static Kind kindOf(String labelText) {
        String label = labelText.toLowerCase(Locale.ROOT);
        return label.contains("updat") || label.contains("modif") || label.equals("edited")
                ? Kind.MODIFIED : Kind.PUBLISHED;
    }

    private static DateLine line(Block b, Kind kind, ParsedDate p, boolean labelled) {
        // the label stays in the source: it decides which header line presents the article (DisplayedDate)
        String source = kind == Kind.MODIFIED ? "visible:updated" : labelled ? "visible:published" : "visible";
        DateValue v = p.date() == null ? null
                : new DateValue(p.date(), p.time(), p.time() == null ? null : p.offset(), source, b.contentSpan());
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
