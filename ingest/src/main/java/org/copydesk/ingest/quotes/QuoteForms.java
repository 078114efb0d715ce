package org.copydesk.ingest.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.copydesk.core.QuoteForm;
import org.copydesk.core.Span;

/**
 * The form a reported quote takes: a block over several paragraphs, a partial quote (a few quoted words inside
 * reported speech) or a full quote said whole.
 */
final class QuoteForms {

    private final Article article;
    private final String text;
    private final Lexicon lexicon;
    private final Statements statements;
    /** The article's quotation parts by group, when the first form is asked for. */
    private Map<Integer, List<QuotePart>> quotesByGroup;

    QuoteForms(Article article) {
        this.article = article;
        this.text = article.text();
        this.lexicon = article.lexicon();
        this.statements = article.statements();
    }

    /** The form of a reported quote: several paragraphs, a fragment inside reported speech, or a full quote. */
    QuoteForm form(QuotePart q) {
        if (quotesByGroup == null) {
            // the parts and their groups are settled before any form is asked for: indexed once, not per part
            quotesByGroup = new HashMap<>();
            for (QuotePart o : article.parts()) {
                if (o.kind == QuotePart.Kind.QUOTE) {
                    quotesByGroup.computeIfAbsent(o.group, k -> new ArrayList<>()).add(o);
                }
            }
        }
        for (QuotePart o : quotesByGroup.getOrDefault(q.group, List.of())) {
            if (o.para != q.para) {
                return QuoteForm.BLOCK;
            }
        }
        if (q.partial) {
            return utterance(q) && !insideThatClause(q) ? QuoteForm.FULL : QuoteForm.PARTIAL;
        }
        Span sentence = article.sentence(q.para, Math.max(0, q.sentence));
        int from = Math.min(sentence.start(), q.region.open());
        String before = text.substring(from, q.region.open()).strip();
        String inner = q.region.inner(text);
        boolean embedded = before.codePoints().anyMatch(Character::isLetter) && !before.endsWith(":");
        if (embedded && !inner.isEmpty() && Character.isLowerCase(inner.charAt(0))) {
            return QuoteForm.PARTIAL;
        }
        return runsOn(q) ? QuoteForm.PARTIAL : QuoteForm.FULL;
    }

    /** She said that he was “Disgraceful!”: a "that" before the marks makes the words part of a reported clause. */
    private boolean insideThatClause(QuotePart q) {
        Span sentence = article.sentence(q.para, Math.max(0, q.sentence));
        int from = Math.min(sentence.start(), q.region.open());
        Matcher w = Article.WORD.matcher(text).region(from, q.region.open());
        while (w.find()) {
            if (lexicon.is("complementizer", w.group())) {
                return true;
            }
        }
        return false;
    }

    /** “Stay there!”, “We lost.”: a few words, capitalised and ending a sentence, are said whole. */
    boolean utterance(QuotePart q) {
        String inner = q.region.inner(text);
        return !inner.isEmpty() && Character.isUpperCase(inner.charAt(0)) && q.region.closed()
                && ".!?".indexOf(inner.charAt(inner.length() - 1)) >= 0;
    }

    /**
     * “The best thing we have” is that rates stayed low: a quote closed without punctuation of its own and followed
     * by the sentence's own lower-case words (not its cue) is part of a longer statement.
     */
    private boolean runsOn(QuotePart q) {
        if (!q.region.closed() || statements.endsWithPunctuation(q.region) || q.credit != null
                && q.credit.cue().clause().start() >= q.region.end()
                && text.substring(q.region.end(), q.credit.cue().clause().start()).isBlank()) {
            return false;
        }
        int k = q.region.end();
        while (k < text.length() && text.charAt(k) != '\n' && QuoteMarks.isSpace(text.charAt(k))) {
            k++;
        }
        return k < text.length() && Character.isLowerCase(text.charAt(k));
    }
}
