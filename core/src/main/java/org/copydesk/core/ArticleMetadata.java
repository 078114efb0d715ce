package org.copydesk.core;

import com.google.common.collect.ImmutableList;
import java.io.Serializable;
import java.util.List;

/**
 * What an article says about itself: headline, dateline, credited names, publication and modification dates
 * and body language, each with the span of its evidence where it is visible.
 *
 * @param published           the date the article is presented with: the date its page shows at the top when
 *                            markup confirms it, else the structured publication date
 * @param firstPublished      the original publication date when it is more than a day before {@code published}
 *                            (an evergreen or republished page shown with its update date), else {@code null}
 * @param publishedCandidates every publication date found, each with its source (markup or visible), the
 *                            chosen {@code published} among them; rules compare them for disagreements
 * @param publishedRejected   the publication dates that lost to {@code published}, each with why (most trusted
 *                            first); empty when nothing else dated the article
 * @param site                the site the page belongs to, as its markup gives it: the host of its own address
 *                            (canonical link, og:url, JSON-LD url; without "www."), else its publisher's name;
 *                            {@code null} when neither is given
 */
public record ArticleMetadata(String headline, Span headlineSpan, String dateline, Span datelineSpan,
        List<Byline> bylines, List<CreditLine> creditLines, DateValue published, DateValue firstPublished,
        DateValue modified, List<DateValue> publishedCandidates, List<RejectedDate> publishedRejected,
        String language, String site) implements Serializable {

    public ArticleMetadata {
        bylines = ImmutableList.copyOf(bylines);
        creditLines = ImmutableList.copyOf(creditLines);
        publishedCandidates = ImmutableList.copyOf(publishedCandidates);
        publishedRejected = ImmutableList.copyOf(publishedRejected);
    }

    /** Metadata of a page whose site is not known. */
    public ArticleMetadata(String headline, Span headlineSpan, String dateline, Span datelineSpan,
            List<Byline> bylines, List<CreditLine> creditLines, DateValue published, DateValue firstPublished,
            DateValue modified, List<DateValue> publishedCandidates, List<RejectedDate> publishedRejected,
            String language) {
        this(headline, headlineSpan, dateline, datelineSpan, bylines, creditLines, published, firstPublished,
                modified, publishedCandidates, publishedRejected, language, null);
    }

    /** Metadata without a record of rejected publication dates. */
    public ArticleMetadata(String headline, Span headlineSpan, String dateline, Span datelineSpan,
            List<Byline> bylines, List<CreditLine> creditLines, DateValue published, DateValue firstPublished,
            DateValue modified, List<DateValue> publishedCandidates, String language) {
        this(headline, headlineSpan, dateline, datelineSpan, bylines, creditLines, published, firstPublished,
                modified, publishedCandidates, List.of(), language);
    }

    public static ArticleMetadata empty() {
        return new ArticleMetadata(null, null, null, null, List.of(), List.of(), null, null, null, List.of(),
                List.of(), null, null);
    }

    /**
     * The publication date the document states (in its markup, a date line or its URL): {@code published}, unless
     * that was only inferred from a date its text names, when the document states none. Rules that check the
     * article against its publication date read this one, so that an inferred date neither hides a missing one
     * nor becomes the anchor its own text is measured against.
     */
    public DateValue statedPublished() {
        return published == null || publishedKind() == DateEvidence.TEXT ? null : published;
    }

    /** The kind of evidence {@code published} comes from, or {@code null} when there is none. */
    public DateEvidence publishedKind() {
        return published == null ? null : DateEvidence.of(published.source());
    }
}
