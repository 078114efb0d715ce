package org.copydesk.rules.text;

import java.util.List;
import org.copydesk.core.ExtractedDocument;
import org.copydesk.core.Segment;
import org.copydesk.core.Span;
import org.copydesk.rules.Evidence;

/** Where the article body lies in the extracted text, for findings about the body as a whole. */
final class BodyText {

    private BodyText() {
    }

    /** Body segments with any content, in order. */
    static List<Segment> paragraphs(ExtractedDocument doc) {
        return doc.bodySegments().stream().filter(s -> !s.content().isEmpty()).toList();
    }

    /** From the first body paragraph's first character to the last one's last. */
    static Span span(ExtractedDocument doc) {
        List<Segment> p = paragraphs(doc);
        if (p.isEmpty()) {
            return Evidence.WHOLE_DOCUMENT;
        }
        return Span.of(p.get(0).contentSpan().start(), p.get(p.size() - 1).contentSpan().end());
    }
}
