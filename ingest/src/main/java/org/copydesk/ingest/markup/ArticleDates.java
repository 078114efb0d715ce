package org.copydesk.ingest.markup;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.copydesk.core.DateEvidence;
import org.copydesk.core.DateValue;
import org.copydesk.core.RejectedDate;

/**
 * The dates an article is reported with, chosen from its markup and from the dates the page shows
 * ({@link DisplayedDate}, {@link DateChoice}) as of the run's reference time (the retrieval time or
 * {@code --now}, never the clock, so that the same page gives the same report whenever it is checked).
 *
 * <p>The order of evidence is structured markup, then the date lines near the headline, then the date in the
 * page's URL, then dates named in the text ({@link TextDates}), which are read only when nothing before them
 * dates the page. Every publication date that lost is kept with why ({@link RejectedDate}).
 *
 * <p>A page cannot have been published or changed after it was read, so a date after the reference day (that
 * day and one more, so that a page stamped in a time zone ahead of UTC still counts) is a placeholder or a
 * mistake: it yields to every other date the page gives, the text's included. When nothing else dates the
 * article it stands, so that {@code date.future} reports it rather than the article seeming undated.
 */
public final class ArticleDates {

    /** At most this many rejected dates are reported: a page of teasers may name hundreds. */
    private static final int MAX_REJECTED = 12;

    private final LocalDate lastPlausibleDay;

    /** Dates judged as of {@code referenceTime}. */
    public ArticleDates(Instant referenceTime) {
        this.lastPlausibleDay = LocalDate.ofInstant(referenceTime, ZoneOffset.UTC).plusDays(1);
    }

    /** The last day a page read at the reference time can be dated: the reference day and one more. */
    public LocalDate lastPlausibleDay() {
        return lastPlausibleDay;
    }

    /**
     * The chosen dates.
     *
     * @param published           the date the article is presented with, or {@code null}
     * @param firstPublished      the original publication when more than a day before {@code published}
     * @param modified            the last modification, or {@code null}
     * @param publishedCandidates the markup's publication dates that were weighed (most trusted first), then the
     *                            visible publication lines (page order), then {@code published} if neither
     *                            holds it
     * @param rejected            the publication dates that lost to {@code published}, with why
     */
    public record Chosen(DateValue published, DateValue firstPublished, DateValue modified,
            List<DateValue> publishedCandidates, List<RejectedDate> rejected) {
    }

    /** As {@link #choose(MarkupMetadata, List, List, List, Supplier)} for a page whose text is not searched. */
    public Chosen choose(MarkupMetadata hints, List<DateValue> shown, List<DateValue> visiblePublished,
            List<DateValue> visibleModified) {
        return choose(hints, shown, visiblePublished, visibleModified, List::of);
    }

    /**
     * Chooses for a page with markup {@code hints} (its URL's date among them), the dates shown in its header
     * {@code shown} (page order, update lines included), its visible publication and update lines (page order),
     * and the dates its text names ({@link TextDates}, best first), asked for only when nothing else dates it.
     */
    public Chosen choose(MarkupMetadata hints, List<DateValue> shown, List<DateValue> visiblePublished,
            List<DateValue> visibleModified, Supplier<List<DateValue>> textDates) {
        MarkupMetadata plausible = hints.withoutDatesAfter(lastPlausibleDay);
        List<DateValue> shownNow = notAfter(shown);
        List<DateValue> visibleNow = notAfter(visiblePublished);
        MarkupMetadata weighed = plausible;
        DisplayedDate.Choice publication = DisplayedDate.choose(plausible, shownNow, visibleNow);
        List<DateValue> text = List.of();
        if (publication.published() == null) {
            text = textDates.get();
            if (!text.isEmpty()) {
                publication = new DisplayedDate.Choice(text.get(0), null);
            }
        }
        if (publication.published() == null
                && (plausible != hints || shownNow.size() < shown.size() || visibleNow.size() < visiblePublished.size())) {
            weighed = hints;
            publication = DisplayedDate.choose(hints, shown, visiblePublished);
        }
        DateValue modified = DateChoice.choose(plausible.modifiedCandidates(), notAfter(visibleModified));
        if (modified == null && (plausible != hints || visibleModified.size() > notAfter(visibleModified).size())) {
            modified = DateChoice.choose(hints.modifiedCandidates(), visibleModified);
        }
        List<DateValue> candidates = new ArrayList<>(weighed.publishedCandidates());
        candidates.addAll(visiblePublished);
        DateValue published = publication.published();
        if (published != null && !candidates.contains(published)
                && DateEvidence.of(published.source()) != DateEvidence.TEXT) {
            candidates.add(published); // an "Updated" line or header element presented as the date
        }
        List<DateValue> all = new ArrayList<>(hints.publishedCandidates());
        all.addAll(visiblePublished);
        shown.stream().filter(v -> v.source().startsWith("visible:byline")).forEach(all::add);
        all.addAll(text);
        return new Chosen(published, publication.firstPublished(), modified, candidates,
                rejected(published, publication.firstPublished(), all));
    }

    private List<DateValue> notAfter(List<DateValue> values) {
        List<DateValue> out = values.stream().filter(v -> !v.date().isAfter(lastPlausibleDay)).toList();
        return out.size() == values.size() ? values : out;
    }

    /** Every candidate but the chosen one, one per source and value, each with why it lost. */
    private List<RejectedDate> rejected(DateValue chosen, DateValue first, List<DateValue> all) {
        List<RejectedDate> out = new ArrayList<>();
        if (chosen == null) {
            return out;
        }
        List<String> seen = new ArrayList<>();
        seen.add(key(chosen));
        for (DateValue v : all) {
            if (out.size() == MAX_REJECTED) {
                break;
            }
            if (!seen.contains(key(v))) {
                seen.add(key(v));
                out.add(new RejectedDate(v, reason(v, chosen, first)));
            }
        }
        return out;
    }

    private static String key(DateValue v) {
        return v.source() + "|" + v.iso();
    }

    private String reason(DateValue v, DateValue chosen, DateValue first) {
        if (v.date().isAfter(lastPlausibleDay)) {
            return "after the reference day (" + lastPlausibleDay.minusDays(1) + "): the page was read before it";
        }
        if (v.equals(first)) {
            return "the original publication: the page presents itself with its later date, "
                    + "reported as firstPublished";
        }
        if (v.date().equals(chosen.date())) {
            return "the same day as the chosen date, from " + v.source();
        }
        DateEvidence kind = DateEvidence.of(v.source());
        DateEvidence won = DateEvidence.of(chosen.source());
        if (kind == won) {
            return switch (kind) {
                case MARKUP -> SourceTrust.rank(v.source()) >= SourceTrust.rank(chosen.source())
                        ? "less trusted markup than " + chosen.source()
                        : "not backed by another source, where " + chosen.source() + " is";
                case DATE_LINE -> "another date line is the one the article is presented with";
                case URL -> "another URL dates the page";
                case TEXT -> "named farther from the headline, or less often, than the chosen date";
            };
        }
        if (kind.ordinal() < won.ordinal()) {
            return "outweighed: " + chosen.source() + " gives another day and is confirmed";
        }
        return switch (kind) {
            case DATE_LINE -> "a date line that no structured date confirms within a day; " + chosen.source()
                    + " is trusted over it";
            case URL -> "the URL's date yields to what the page itself states (" + chosen.source() + ")";
            case TEXT -> "a date in the text yields to what the page states as its date (" + chosen.source() + ")";
            case MARKUP -> "less trusted than " + chosen.source();
        };
    }
}
