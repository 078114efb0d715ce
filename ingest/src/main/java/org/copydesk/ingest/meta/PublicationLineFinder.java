package org.copydesk.ingest.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.copydesk.ingest.lang.Languages;
import org.copydesk.ingest.lang.Sections;
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

    private static final Map<Languages, PublicationLineFinder> BY_LANGUAGES = new ConcurrentHashMap<>();
    private static final int MAX_WORDS = 14;

    private final Languages languages;
    /** "Published: …", "Politics | Updated …": a label of the languages read, then the date. */
    private final Pattern labelledLine;
    /** A publication label later in an update line: "Updated Dec. 23, 4:04 AM / Published Dec. 22, 12:16 PM". */
    private final Pattern laterPublished;
    private final Set<String> modifiedLabels;

    private PublicationLineFinder(Languages languages) {
        this.languages = languages;
        Map<String, List<String>> words = Sections.of(languages.lines("date-lines"));
        List<String> published = words.getOrDefault("published", List.of());
        List<String> modified = words.getOrDefault("modified", List.of());
        this.modifiedLabels = modified.stream().map(w -> w.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        List<String> labels = new ArrayList<>(published);
        labels.addAll(modified);
        String after = Sections.alternation(words.getOrDefault("after-label", List.of()));
        String afterLabel = after.isEmpty() ? "" : "(?:\\s+" + after + ")?";
        String markers = BylineMarkers.of(languages).marker();
        // a one-word section or site name may stand before the label ("Politics | Updated …"); a byline may not
        this.labelledLine = Pattern.compile("^(?:" + (markers.isEmpty() ? "" : "(?!" + markers + "\\s)")
                + "[^\\s|•·]{2,30}\\s*[|•·]\\s*)?(" + Sections.alternation(labels) + ")" + afterLabel
                + "\\s*[:\\-–—|]?\\s*(.+)$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        this.laterPublished = Pattern.compile("(?<=[\\s|/·•,;])" + Sections.alternation(published) + afterLabel
                + "\\s*[:\\-–—|]?\\s*", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The finder for the labels and date names of {@code languages}, built once per set. */
    public static PublicationLineFinder of(Languages languages) {
        return BY_LANGUAGES.computeIfAbsent(languages, PublicationLineFinder::new);
    }


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
            List<Labelled> labelled = read(b.content());
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
     * when an update line also names the publication; empty for a line with no label or no date after it. Labels
     * of every language are read.
     */
    public static List<Labelled> labelled(String line) {
        return of(Languages.all()).read(line);
    }

    /** Like {@link #labelled}, with the labels of this finder's languages. */
    public List<Labelled> read(String line) {
        Matcher m = labelledLine.matcher(line.strip());
        if (!m.matches()) {
            return List.of();
        }
        Kind kind = kindOf(m.group(1));
        String rest = m.group(2);
        List<Labelled> out = new ArrayList<>();
        Matcher later = laterPublished.matcher(rest);
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
        return DateParser.parse(credit.raw()).filter(p -> p.date() != null).map(p -> new DateValue(p.date(), p.time(),
                p.time() == null ? null : p.offset(), "visible:byline", credit.span()));
    }

    private Kind kindOf(String labelText) {
        String label = labelText.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return modifiedLabels.contains(label) ? Kind.MODIFIED : Kind.PUBLISHED;
    }

    private DateLine line(Block b, Kind kind, ParsedDate p, boolean labelled) {
        // the label stays in the source: it decides which header line presents the article (DisplayedDate)
        String source = kind == Kind.MODIFIED ? "visible:updated" : labelled ? "visible:published" : "visible";
        DateValue v = p.date() == null ? null
                : new DateValue(p.date(), p.time(), p.time() == null ? null : p.offset(), source, b.contentSpan());
        return new DateLine(b.index(), kind, v, p.calendarValid());
    }

    private Optional<ParsedDate> parse(String s) {
        return DateParser.parse(s, languages);
    }

    /** A bare date line is little else than the date: digits, month and weekday words, separators. */
    private static boolean covers(String s) {
        return s.replaceAll("[\\p{L}]{3,}", "w").replaceAll("[^\\p{L}]", "").length() <= 8;
    }
}
