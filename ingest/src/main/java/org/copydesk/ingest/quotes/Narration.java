package org.copydesk.ingest.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.copydesk.core.Span;
import org.copydesk.ingest.quotes.SpeakerLabels.Label;

/**
 * Whose voice a paragraph after a transcript turn is in: the reporter's again (naming or quoting the speaker), a
 * stage direction, or still the speaker's (first or second person).
 */
final class Narration {

    private final Article article;
    private final String text;
    private final List<Span> paragraphs;
    private final SpeakerLabels labels;
    /** The article's mentions by paragraph, when first asked for. */
    private Map<Integer, List<PersonRegistry.Mention>> mentionsByPara;

    Narration(Article article, SpeakerLabels labels) {
        this.article = article;
        this.text = article.text();
        this.paragraphs = article.paragraphs();
        this.labels = labels;
    }

    /** A paragraph that names the turn's speaker outside a label: the reporter writing about them. */
    boolean namesSpeaker(int para, Label label) {
        if (label.person() == null) {
            return false;
        }
        if (mentionsByPara == null) {
            // the registry is complete: indexed once, not a pass over every mention per paragraph
            mentionsByPara = new HashMap<>();
            for (PersonRegistry.Mention m : article.registry().mentions()) {
                mentionsByPara.computeIfAbsent(m.para(), k -> new ArrayList<>()).add(m);
            }
        }
        for (PersonRegistry.Mention m : mentionsByPara.getOrDefault(para, List.of())) {
            if (m.para() == para && m.person() == label.person() && !labels.inLabel(m.start())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A paragraph with a cue crediting the turn's speaker, or a cue beside double quotation marks (the reporter
     * quoting someone): the narration again. A speaker's own "as Roe has said" has neither.
     */
    boolean narrates(int para, Label label) {
        boolean marks = paragraphs.get(para).in(text).chars().anyMatch(c -> SpeakerLabels.MARKS.indexOf(c) >= 0);
        for (Attributed a : article.cuesIn(para)) {
            if (marks || label.person() != null && a.person() == label.person()) {
                return true;
            }
        }
        return false;
    }

    /** "(CROSSTALK)", "[END VIDEO CLIP]": a paragraph wholly in brackets describes rather than speaks. */
    boolean stageDirection(int para) {
        Span p = paragraphs.get(para);
        int from = QuoteMarks.firstNonSpace(text, p.start(), p.end());
        int to = QuoteMarks.trimEnd(text, p);
        String s = text.substring(from, to);
        return s.matches("(?s)[(\\[].*[)\\]][.!]?");
    }

    /** Whether a paragraph speaks in the first or second person ("we will", "you know"). */
    boolean speaksInPerson(int para) {
        Span p = paragraphs.get(para);
        for (String w : p.in(text).toLowerCase(Locale.ROOT).split("[^\\p{L}'’]+")) {
            if (SpeakerLabels.WORDS.get("speech").contains(w)) {
                return true;
            }
        }
        return false;
    }
}
