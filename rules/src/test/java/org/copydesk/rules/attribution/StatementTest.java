package org.copydesk.rules.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.copydesk.core.ArticleMetadata;
import org.copydesk.core.Attribution;
import org.copydesk.core.ExtractedDocument;
import org.copydesk.core.Quote;
import org.copydesk.core.QuoteAnalysis;
import org.copydesk.core.Segment;
import org.copydesk.core.SegmentRole;
import org.copydesk.core.SourceIdentity;
import org.copydesk.core.Span;
import org.copydesk.core.SpeakerKind;
import org.junit.jupiter.api.Test;

/** Which quotes {@link Statement#of} counts beside the attributions, judged from its index of attributions. */
class StatementTest {

    private static final String TEXT = "x".repeat(400);

    private static ExtractedDocument doc(List<Quote> quotes, List<Attribution> attributions) {
        return new ExtractedDocument(new SourceIdentity("t.txt", null, "text/plain", TEXT.length()), TEXT,
                List.of(new Segment(0, TEXT.length(), SegmentRole.BODY, null, null, TEXT)), ArticleMetadata.empty(),
                List.of(), new QuoteAnalysis(quotes, attributions, List.of()), List.of());
    }

    private static Attribution attribution(int start, int end, String speaker, boolean direct) {
        return new Attribution(new Span(start, end), "said", speaker, SpeakerKind.NAMED, direct, null);
    }

    private static Quote quote(int start, Span cue, String speaker) {
        return new Quote(new Span(start, start + 10), "x".repeat(10), speaker, SpeakerKind.NAMED, "said", cue, null);
    }

    @Test
    void aCueInsideAnEarlierLongAttributionIsCoveredThoughALaterOneStartsCloser() {
        // sorted by start, the attribution just before the cue ([100, 110)) ends before it; the long one
        // from 20 to 300 holds it, so the quote is not counted again
        List<Attribution> as = List.of(attribution(100, 110, "Ada Quill", false), attribution(20, 300, "Bo Reyes", false));
        List<Statement> s = Statement.of(doc(List.of(quote(350, new Span(150, 160), "Bo Reyes")), as));
        assertEquals(2, s.size());
    }

    @Test
    void aCueNoAttributionReachesIsCountedAsItsOwnStatement() {
        List<Attribution> as = List.of(attribution(100, 110, "Ada Quill", false), attribution(20, 140, "Bo Reyes", false));
        List<Statement> s = Statement.of(doc(List.of(quote(350, new Span(140, 150), "Bo Reyes"),
                quote(370, new Span(10, 20), "Bo Reyes")), as));
        // [140, 150) starts where the long attribution ends, [10, 20) ends where it starts: neither overlaps
        assertEquals(4, s.size());
        assertEquals(new Span(140, 150), s.get(2).span());
        assertEquals(new Span(10, 20), s.get(3).span());
    }

    @Test
    void anEmptyCueIsCoveredOnlyByAnAttributionOfTheSameSpan() {
        List<Attribution> as = List.of(attribution(50, 50, "Ada Quill", false));
        assertEquals(1, Statement.of(doc(List.of(quote(350, new Span(50, 50), "Ada Quill")), as)).size());
        assertEquals(2, Statement.of(doc(List.of(quote(350, new Span(51, 51), "Ada Quill")), as)).size());
    }

    @Test
    void aQuoteWithoutCueIsCoveredByADirectAttributionOfTheSameSpeaker() {
        List<Attribution> as = List.of(attribution(100, 110, "Ada Quill", true), attribution(120, 130, "Bo Reyes", false));
        assertEquals(2, Statement.of(doc(List.of(quote(350, null, "Ada Quill")), as)).size());
        // Bo Reyes's attribution is not direct, and nobody else's covers him
        assertEquals(3, Statement.of(doc(List.of(quote(350, null, "Bo Reyes")), as)).size());
    }
}
