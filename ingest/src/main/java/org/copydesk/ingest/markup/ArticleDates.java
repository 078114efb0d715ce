package org.copydesk.ingest.markup;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.copydesk.core.DateValue;

/**
 * The dates an article is reported with, chosen from its markup and from the dates the page shows
 * ({@link DisplayedDate}, {@link DateChoice}) as of the run's reference time (the retrieval time or
 * {@code --now}, never the clock, so that the same page gives the same report whenever it is checked).
 *
 * <p>A page cannot have been published or changed after it was read, so a markup date after the reference day
 * (that day and one more, so that a page stamped in a time zone ahead of UTC still counts) is a placeholder or
 * a mistake: it yields to every other date the page gives. When nothing else dates the article it stands, so
 * that {@code date.future} reports it rather than the article seeming undated.
 */
public final class ArticleDates {

    private final LocalDate lastPlausibleDay;

    /** Dates judged as of {@code referenceTime}. */
    public ArticleDates(Instant referenceTime) {
        this.lastPlausibleDay = LocalDate.ofInstant(referenceTime, ZoneOffset.UTC).plusDays(1);
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
     */
    public record Chosen(DateValue published, DateValue firstPublished, DateValue modified,
            List<DateValue> publishedCandidates) {
    }

    /**
     * Chooses for a page with markup {@code hints}, the dates shown in its header {@code shown} (page order,
     * update lines included), and its visible publication and update lines (page order).
     */
    public Chosen choose(MarkupMetadata hints, List<DateValue> shown, List<DateValue> visiblePublished,
            List<DateValue> visibleModified) {
        MarkupMetadata plausible = hints.withoutDatesAfter(lastPlausibleDay);
        MarkupMetadata weighed = plausible;
        DisplayedDate.Choice publication = DisplayedDate.choose(plausible, shown, visiblePublished);
        if (publication.published() == null && plausible != hints) {
            weighed = hints;
            publication = DisplayedDate.choose(hints, shown, visiblePublished);
        }
        DateValue modified = DateChoice.choose(plausible.modifiedCandidates(), visibleModified);
        if (modified == null && plausible != hints) {
            modified = DateChoice.choose(hints.modifiedCandidates(), visibleModified);
        }
        List<DateValue> candidates = new ArrayList<>(weighed.publishedCandidates());
        candidates.addAll(visiblePublished);
        if (publication.published() != null && !candidates.contains(publication.published())) {
            candidates.add(publication.published()); // an "Updated" line or header element presented as the date
        }
        return new Chosen(publication.published(), publication.firstPublished(), modified, candidates);
    }
}
