package org.copydesk.ingest.quotes;

import java.util.List;
import java.util.Objects;
import org.copydesk.core.QuoteAnalysis;
import org.copydesk.core.Span;

/**
 * Reads an article body like a copy editor reading quotes: finds direct quotations in every quotation-mark style,
 * tells them from scare quotes, titles and apostrophes, credits each to a speaker through its cue ("said",
 * "told", "according to"), resolves "he said" to the person meant, records reported speech and second-hand
 * sourcing, and lists quotation marks left open. The word lists are loaded once, when the class is first used.
 */
public final class QuoteReader {

    private final Lexicon lexicon;

    public QuoteReader() {
        this.lexicon = Lexicon.builtIn();
    }

    /**
     * Reads the quotations and attributions of one article.
     *
     * @param text       the extracted text
     * @param paragraphs the body's paragraphs as spans into {@code text}, in text order (headline, bylines and
     *                   page furniture excluded)
     * @return quotes, attributions and unbalanced marks, all with spans into {@code text}
     */
    public QuoteAnalysis read(String text, List<Span> paragraphs) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(paragraphs, "paragraphs");
        if (paragraphs.isEmpty()) {
            return QuoteAnalysis.none();
        }
        return new ArticleReading(text, paragraphs, lexicon).read();
    }
}
