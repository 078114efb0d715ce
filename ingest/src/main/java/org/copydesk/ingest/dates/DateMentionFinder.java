package org.copydesk.ingest.dates;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.copydesk.core.DateKind;
import org.copydesk.core.DateMention;
import org.copydesk.core.Span;
import org.copydesk.core.StartOrder;
import org.copydesk.core.TimeReference;
import org.copydesk.ingest.lang.Languages;

/**
 * Finds every date an article's body names — full dates, day-and-month, month or year, weekdays and relative
 * phrases — resolves each against the publication date, and notes the tense of its sentence, so rules can
 * check weekdays, impossible dates, ambiguous numeric orders and relative arithmetic.
 *
 * <p>Only the given regions are read (the body paragraphs); returned spans are offsets into the full text. Where
 * readings overlap the longest wins ("Monday, September 26, 2011" is one mention, not three). Names match only in
 * Title Case or UPPER CASE, so "may be" and "to march" stay quiet, and "May" counts as a month only beside a day,
 * a year, a preposition ("in May") or a qualifier ("last May"). Bare years count only after a preposition
 * ("in 2014", "since 2001") or a qualifier ("mid-2014"); "the 1980s", "9/11" and "28,000" are not dates.
 *
 * <p>Resolution, with a publication date: weekdays and bare months reported as past (or of unknown tense) are the
 * most recent on or before it, announced ones the next after it; "Sept. 26" takes the nearest year; periods
 * ("last week", "this month") resolve to their first day, weeks starting on Monday and weekends on Saturday.
 * Without a publication date only full dates and explicit month-year or year mentions carry a date.
 */
public final class DateMentionFinder {

    private final AbsoluteDates absolute;
    private final PartialDates partial;
    private final RelativeDates relative;
    private final TenseDetector tense;

    private static final Map<Languages, DateMentionFinder> BY_LANGUAGES = new ConcurrentHashMap<>();

    /** A finder over the English word lists. */
    public DateMentionFinder() {
        this(DateVocabulary.of(Languages.of("en")));
    }

    /** A finder over the word lists of {@code languages}, built once per set. */
    public static DateMentionFinder of(Languages languages) {
        return BY_LANGUAGES.computeIfAbsent(languages, l -> new DateMentionFinder(DateVocabulary.of(l)));
    }

    DateMentionFinder(DateVocabulary vocab) {
        DateGrammar strict = new DateGrammar(vocab, false);
        this.absolute = new AbsoluteDates(strict);
        this.partial = new PartialDates(strict);
        this.relative = new RelativeDates(strict);
        this.tense = new TenseDetector(vocab);
    }

    /**
     * The date mentions in {@code regions} of {@code text}, in order and non-overlapping.
     *
     * @param published the publication date to resolve partial and relative dates against, or {@code null}
     */
    public List<DateMention> find(String text, List<Span> regions, LocalDate published) {
        List<Candidate> all = new ArrayList<>();
        List<Span> clipped = new ArrayList<>();
        List<AbsoluteDates.Hit> absolutes = new ArrayList<>();
        for (Span r : regions) {
            int from = Math.min(r.start(), text.length());
            int to = Math.min(r.end(), text.length());
            Span region = new Span(from, to);
            clipped.add(region);
            absolutes.addAll(absolute.findAll(text, from, to));
            partial.find(text, from, to, all);
            relative.find(text, from, to, all);
        }
        boolean dayFirst = NumericOrder.settlesDayFirst(text, absolutes);
        for (AbsoluteDates.Hit h : absolutes) {
            ParsedDate d = h.date();
            LocalDate date = dayFirst && d.ambiguousOrder() ? NumericOrder.swapped(text, h, d.date()) : d.date();
            all.add(new Candidate(h.start(), h.end(), DateKind.ABSOLUTE, d.statedWeekday(), d.calendarValid(),
                    d.ambiguousOrder(), TimeReference.UNKNOWN, Candidate.fixed(date)));
        }
        ImmutableList.Builder<DateMention> out = ImmutableList.builder();
        boolean ordered = inOrder(clipped);
        for (Candidate c : longestFirst(all)) {
            Span span = new Span(c.start(), c.end());
            Span region = ordered ? holding(clipped, span)
                    : clipped.stream().filter(r -> r.contains(span)).findFirst().orElse(span);
            TimeReference ref = c.stated() != TimeReference.UNKNOWN ? c.stated() : tense.detect(text, region, span);
            LocalDate date = c.calendarValid() ? c.resolver().resolve(published, ref) : null;
            out.add(new DateMention(span, span.in(text), c.kind(), date, c.weekday(), c.calendarValid(),
                    c.ambiguousOrder(), ref));
        }
        return out.build();
    }

    /** Whether each region ends before the next one starts (as paragraphs do). */
    private static boolean inOrder(List<Span> regions) {
        for (int i = 1; i < regions.size(); i++) {
            if (regions.get(i - 1).end() > regions.get(i).start()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The region of {@code regions} (in order, not overlapping) that holds {@code span} (not empty), else
     * {@code span} itself: only the last region starting at or before the span can hold it, found by bisection
     * rather than by a pass over every region for every mention.
     */
    private static Span holding(List<Span> regions, Span span) {
        int found = StartOrder.lastStartingAtOrBefore(regions.size(), i -> regions.get(i).start(), span.start());
        return found >= 0 && regions.get(found).contains(span) ? regions.get(found) : span;
    }

    /** Keeps the longest of overlapping candidates (the earlier on a tie) and returns them in text order. */
    private static List<Candidate> longestFirst(List<Candidate> all) {
        List<Candidate> byLength = new ArrayList<>(all);
        byLength.sort(Comparator.comparingInt(Candidate::length).reversed().thenComparingInt(Candidate::start));
        TreeMap<Integer, Candidate> kept = new TreeMap<>();
        for (Candidate c : byLength) {
            Map.Entry<Integer, Candidate> before = kept.floorEntry(c.start());
            Map.Entry<Integer, Candidate> after = kept.ceilingEntry(c.start());
            boolean clear = (before == null || before.getValue().end() <= c.start())
                    && (after == null || after.getKey() >= c.end());
            if (clear && c.length() > 0) {
                kept.put(c.start(), c);
            }
        }
        return List.copyOf(kept.values());
    }
}
