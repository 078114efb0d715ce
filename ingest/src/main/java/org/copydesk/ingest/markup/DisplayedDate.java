package org.copydesk.ingest.markup;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.copydesk.core.DateValue;
import org.copydesk.ingest.dates.ParsedDate;
import org.copydesk.ingest.meta.PublicationLineFinder;

/**
 * Chooses the date an article is presented with: the first date the page shows at the top of the article (a
 * date line under the headline, "Updated …" lines included, or else the text of a header {@code <time>}
 * element), when structured markup confirms its day within a day either way, or when there is no structured
 * date to check it against (then not an "Updated" line alone: it does not say when the article appeared).
 * Otherwise the structured publication date ({@link DateChoice}) stands: a shown date nothing confirms may be a
 * related story's or a stale template's. An update line yields to a line the page itself labels as the
 * publication ("Updated Dec 23 / Published Dec 22"): the page has said which is which.
 *
 * <p>An evergreen page republished with a new date shows that date, and readers and archives date it so; its
 * original publication is kept as {@code firstPublished} when the structured publication date is more than a
 * day earlier, so the copy desk still sees how old the article is.
 */
public final class DisplayedDate {

    /** Source suffixes of dates labelled as the update or as the publication, by their text or markup. */
    private static final List<String> UPDATED = List.of(":updated", ":modified");
    private static final String PUBLISHED = ":published";

    private DisplayedDate() {
    }

    /**
     * The presented publication date and, when it is more than a day later, the original one.
     *
     * @param published      the date the article is presented with, or {@code null}
     * @param firstPublished the structured (or labelled) publication date when more than a day before
     *                       {@code published}, else {@code null}
     */
    public record Choice(DateValue published, DateValue firstPublished) {
    }

    /**
     * Chooses for a page with markup {@code hints}, the dates shown in its header {@code headLines} (page order,
     * "Updated" lines included) and its visible publication lines {@code visiblePublished} (page order).
     */
    public static Choice choose(MarkupMetadata hints, List<DateValue> headLines, List<DateValue> visiblePublished) {
        DateValue structured = DateChoice.choose(hints.publishedCandidates(), visiblePublished,
                hints.modifiedCandidates());
        List<DateValue> confirming = new ArrayList<>();
        hints.publishedCandidates().stream().filter(DisplayedDate::isStructured).forEach(confirming::add);
        hints.modifiedCandidates().stream().filter(DisplayedDate::isStructured).forEach(confirming::add);
        DateValue shown = headLines.isEmpty() ? firstShownElement(hints, confirming).orElse(null)
                : presented(headLines);
        if (shown == null || structured != null && structured.date().equals(shown.date())) {
            return new Choice(structured, null);
        }
        DateValue published;
        if (confirming.isEmpty()) {
            // nothing to check it against: what readers see is the best evidence, but an update line alone does
            // not say when the article appeared (the copy desk should hear that the publication date is missing)
            published = headLines.isEmpty() || isUpdate(shown) ? structured : shown;
        } else {
            published = confirm(shown, confirming).orElse(structured);
        }
        DateValue first = structured != null && published != null && structured != published
                && ChronoUnit.DAYS.between(structured.date(), published.date()) > 1 ? structured : null;
        return new Choice(published, first);
    }

    /** {@code shown}, with the offset of a confirming value for the same instant, if some value confirms its day. */
    private static Optional<DateValue> confirm(DateValue shown, List<DateValue> confirming) {
        if (confirming.stream().noneMatch(m -> confirmsDay(m, shown.date()))) {
            return Optional.empty();
        }
        if (shown.time() != null && shown.offset() == null) {
            for (DateValue m : confirming) {
                if (m.time() != null && m.offset() != null) {
                    Optional<DateValue> same = DateChoice.sameInstant(m, shown);
                    if (same.isPresent()) {
                        return same;
                    }
                }
            }
        }
        return Optional.of(shown);
    }

    /**
     * Whether markup value {@code m} dates the same day as {@code day}: the same date, or a day off where a time
     * zone can put a UTC (or zoneless) instant; a value with a local offset has named the publisher's day.
     */
    private static boolean confirmsDay(DateValue m, java.time.LocalDate day) {
        if (m.date().equals(day)) {
            return true;
        }
        boolean utc = m.time() != null && (m.offset() == null || m.offset().getTotalSeconds() == 0);
        return utc && DateChoice.reachable(m, day);
    }

    private static boolean isUpdate(DateValue v) {
        return UPDATED.stream().anyMatch(v.source()::endsWith);
    }

    /** The first line, unless it is an update line and a later one is labelled as the publication. */
    private static DateValue presented(List<DateValue> lines) {
        if (isUpdate(lines.get(0))) {
            for (DateValue v : lines) {
                if (v.source().endsWith(PUBLISHED)) {
                    return v;
                }
            }
        }
        return lines.get(0);
    }

    /**
     * The date the header's {@code <time>} elements show, read from their text in page order, with the same
     * preference for a labelled publication over an update; only with markup to confirm it, as an element may
     * be anything the template dates.
     */
    private static Optional<DateValue> firstShownElement(MarkupMetadata hints, List<DateValue> confirming) {
        if (confirming.isEmpty()) {
            return Optional.empty();
        }
        List<DateValue> shown = new ArrayList<>();
        for (MarkupClaim c : hints.claims()) {
            if (c.field() != MarkupClaim.Field.SHOWN) {
                continue;
            }
            List<PublicationLineFinder.Labelled> labelled = PublicationLineFinder.labelled(c.value());
            if (labelled.isEmpty()) {
                MarkupDates.read(c.value(), c.source()).ifPresent(shown::add);
            }
            for (PublicationLineFinder.Labelled l : labelled) {
                // "time:updated" when the element's text says "Updated …", whatever its class said
                ParsedDate p = l.date();
                if (p.date() != null) {
                    shown.add(new DateValue(p.date(), p.time(), p.time() == null ? null : p.offset(),
                            "time" + (l.kind() == PublicationLineFinder.Kind.MODIFIED ? ":updated" : PUBLISHED), null));
                }
            }
        }
        return shown.isEmpty() ? Optional.empty() : Optional.of(presented(shown));
    }

    private static boolean isStructured(DateValue v) {
        return SourceTrust.rank(v.source()) <= DateChoice.STRUCTURED;
    }
}
