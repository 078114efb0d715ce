package org.copydesk.ingest.markup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.copydesk.core.DateKind;
import org.copydesk.core.DateMention;
import org.copydesk.core.DateValue;
import org.copydesk.core.Span;
import org.copydesk.ingest.dates.DateMentionFinder;
import org.copydesk.ingest.lang.Languages;
import org.copydesk.ingest.text.Block;

/**
 * The last resort for a page that neither its markup, nor a date line, nor its URL dates: the full dates its
 * text names anywhere, best first. A date standing near the headline (in a short block around it, or opening
 * one of the first paragraphs, as "Berlin, 3 May 2021 – …" does) comes first, labelled {@code text:head};
 * then the others, the day the page names most often first (a page repeats its own date in teasers, comment
 * stamps and footers; a date the story mentions once is an event), ties going to the first after the headline.
 * Only days from 1995 up to the reference day count.
 */
public final class TextDates {

    /** Blocks above the headline (or the first paragraph) that still belong to the article's header. */
    private static final int HEAD_BEFORE = 3;
    /** Paragraphs after the first that may still open with the article's date. */
    private static final int HEAD_AFTER = 2;
    /** A block this short is a line of its own (a date line without a label, a stamp), not prose. */
    private static final int SHORT_BLOCK_WORDS = 14;
    /** How far into a longer block a date still opens it, as in a dateline: a place name and a comma. */
    private static final int OPENING_CHARS = 30;

    private final DateMentionFinder finder;

    /** Dates as English writes them. */
    public TextDates() {
        this(Languages.of("en"));
    }

    /** Dates as {@code languages} write them ("28. Dezember 2022"). */
    public TextDates(Languages languages) {
        this.finder = DateMentionFinder.of(languages);
    }

    /**
     * The dates of {@code text}'s {@code blocks}, best first, one per day, none after {@code lastDay}.
     *
     * @param lifted    the blocks already read as metadata (byline and date lines): their dates were weighed
     *                  as what they are, and an update line alone must not become the publication date
     * @param anchor    the headline's block, or the first paragraph's when there is no headline
     * @param firstBody the first paragraph's block
     */
    public List<DateValue> find(String text, List<Block> blocks, Set<Integer> lifted, int anchor, int firstBody,
            LocalDate lastDay) {
        List<Block> read = blocks.stream().filter(b -> !lifted.contains(b.index())).toList();
        if (read.isEmpty()) {
            return List.of();
        }
        List<Span> regions = read.stream().map(Block::contentSpan).toList();
        List<Found> found = new ArrayList<>();
        int b = 0;
        for (DateMention m : finder.find(text, regions, null)) {
            if (m.kind() != DateKind.ABSOLUTE || m.date() == null || !m.calendarValid()
                    || !MarkupDates.plausible(m.date()) || m.date().isAfter(lastDay)) {
                continue;
            }
            while (b < read.size() - 1 && read.get(b).contentSpan().end() <= m.span().start()) {
                b++;
            }
            Block block = read.get(b);
            boolean head = block.index() >= anchor - HEAD_BEFORE && block.index() <= firstBody + HEAD_AFTER
                    && (block.wordCount() <= SHORT_BLOCK_WORDS
                            || m.span().start() - block.contentSpan().start() <= OPENING_CHARS);
            found.add(new Found(m, block.index(), head));
        }
        return rank(found, anchor);
    }

    private static List<DateValue> rank(List<Found> found, int anchor) {
        Map<LocalDate, Integer> counts = new LinkedHashMap<>();
        found.forEach(f -> counts.merge(f.mention().date(), 1, Integer::sum));
        Map<LocalDate, Found> firstOfDay = new LinkedHashMap<>();
        for (Found f : found) {
            Found seen = firstOfDay.get(f.mention().date());
            if (seen == null || f.head() && !seen.head() || !seen.head() && seen.block() < anchor && f.block() >= anchor) {
                firstOfDay.put(f.mention().date(), f);
            }
        }
        List<Found> days = new ArrayList<>(firstOfDay.values());
        days.sort(Comparator.comparing((Found f) -> !f.head())
                .thenComparing(f -> f.head() ? 0 : -counts.get(f.mention().date()))
                .thenComparing(f -> f.block() < anchor)
                .thenComparingInt(f -> f.mention().span().start()));
        List<DateValue> out = new ArrayList<>();
        for (Found f : days) {
            out.add(new DateValue(f.mention().date(), null, null, f.head() ? "text:head" : "text",
                    f.mention().span()));
        }
        return out;
    }

    private record Found(DateMention mention, int block, boolean head) {
    }
}
