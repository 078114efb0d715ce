package org.copydesk.ingest.quotes;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.copydesk.core.Span;

/**
 * Credits a quote borrows from the sentences around it: the rest of its own quotation, the quote or cue just
 * before it, a cue opening the next sentence, or the person a short sentence before it names.
 */
final class NeighbourCredits {

    /** The most words a sentence may have to introduce the quote after it without a cue ("Jane Roe agreed."). */
    private static final int SHORT_LEAD_IN = 12;
    /** How far into the sentence before the person who introduces a quote may stand. */
    private static final int LEAD_IN_REACH = SubjectCredits.LEAD_IN_REACH;

    private final Article article;
    private final String text;

    /** The article's quotation parts by paragraph, in their order, when first asked for. */
    private Map<Integer, List<QuotePart>> partsByPara;

    NeighbourCredits(Article article) {
        this.article = article;
        this.text = article.text();
    }

    /**
     * The real quotations (not scare quotes) of an article, in order, indexed so that crediting one does not
     * pass over all the others: by group, by sentence, and as a set. Their groups and sentences are settled
     * before they are credited; their credits are read as they stand when asked.
     */
    static final class Real {
        private final Map<Integer, List<QuotePart>> byGroup = new HashMap<>();
        private final Map<Long, List<QuotePart>> bySentence = new HashMap<>();
        private final Set<QuotePart> all = Collections.newSetFromMap(new IdentityHashMap<>());

        Real(List<QuotePart> real) {
            for (QuotePart o : real) {
                byGroup.computeIfAbsent(o.group, k -> new ArrayList<>()).add(o);
                bySentence.computeIfAbsent(Article.key(o.para, o.sentence), k -> new ArrayList<>()).add(o);
                all.add(o);
            }
        }
    }

    private List<QuotePart> partsIn(int para) {
        if (partsByPara == null) {
            partsByPara = new HashMap<>();
            for (QuotePart o : article.parts()) {
                partsByPara.computeIfAbsent(o.para, k -> new ArrayList<>()).add(o);
            }
        }
        return partsByPara.getOrDefault(para, List.of());
    }

    /** The credit another part of the same quotation already has. */
    static Attributed fromGroup(Real real, QuotePart q) {
        for (QuotePart o : real.byGroup.getOrDefault(q.group, List.of())) {
            if (o.credit != null) {
                return o.credit;
            }
        }
        return null;
    }

    /** A quotation with no cue of its own continues the one (or the reported speech) just before it. */
    Attributed fromNeighbour(Real real, QuotePart q) {
        int p = q.para;
        int s = q.sentence - 1;
        if (s < 0) {
            if (p == 0 || !article.startsParagraph(q)) {
                return null;
            }
            p--;
            s = article.sentences().get(p).size() - 1;
        }
        Attributed hit = null;
        for (QuotePart o : s < 0 ? List.<QuotePart>of() : real.bySentence.getOrDefault(Article.key(p, s), List.of())) {
            if (o.credit != null) {
                hit = o.credit;
            }
        }
        if (hit == null) {
            List<Attributed> cues = article.cues(p, s);
            hit = cues.isEmpty() ? null : cues.get(cues.size() - 1);
        }
        if (hit == null && p == q.para && s > 0) {
            hit = earlierInParagraph(real, q, s);
        }
        return hit;
    }

    /**
     * “…,” said Jane Roe. She moved here in 2013. “…”: a quote opening its sentence with no cue, after sentences
     * without quotes or cues, continues the last credited quote earlier in its paragraph.
     */
    private Attributed earlierInParagraph(Real real, QuotePart q, int after) {
        if (!article.startsSentenceAt(q)) {
            return null;
        }
        for (int s = after - 1; s >= 0; s--) {
            Attributed hit = null;
            boolean quoted = false;
            for (QuotePart o : partsIn(q.para)) {
                if (o.sentence == s) {
                    quoted = true;
                    hit = o.credit != null && real.all.contains(o) ? o.credit : hit;
                }
            }
            if (hit != null || quoted || !article.cues(q.para, s).isEmpty()) {
                return hit;
            }
        }
        return null;
    }

    /**
     * Professor Jane Roe agreed. “…”: a quote opening its sentence, with no cue anywhere near, goes to the person
     * who opens the sentence just before it in the same paragraph.
     */
    Attributed fromPreviousSubject(QuotePart q) {
        if (q.sentence < 1 || !article.startsSentenceAt(q)) {
            return null;
        }
        Span previous = article.sentence(q.para, q.sentence - 1);
        if (previous.in(text).strip().split("\\s+").length > SHORT_LEAD_IN) {
            return null; // a long sentence tells its own story; a short one ("Roe agreed.") introduces the quote
        }
        if (!article.cues(q.para, q.sentence - 1).isEmpty()) {
            return null;
        }
        for (QuotePart o : partsIn(q.para)) {
            if (o.region.open() >= previous.start() && o.region.open() < previous.end()) {
                return null; // the sentence before holds quoted words of its own
            }
        }
        PersonRegistry.Mention m = article.opening(previous.start(), previous.end(), LEAD_IN_REACH);
        if (m == null) {
            return null;
        }
        Cue cue = new Cue(q.para, q.sentence - 1, null, null, List.of(), new Span(m.start(), previous.end()), null,
                null);
        return new Attributed(cue, m.person().display, m.person().kind, m.person());
    }

    /** “…” He added that…: a cue opening the next sentence of the paragraph. */
    Attributed fromNextSentence(QuotePart q) {
        if (q.sentence + 1 >= article.sentences().get(q.para).size()) {
            return null;
        }
        int start = article.sentence(q.para, q.sentence + 1).start();
        for (Attributed a : article.cues(q.para, q.sentence + 1)) {
            if (a.cue().clause().start() == start) {
                return a;
            }
        }
        return null;
    }

    /** “Nobody saw it coming!” Roe replied.: a next sentence that is nothing but a cue belongs to the quote. */
    Attributed fromBareCueAfter(QuotePart q) {
        Attributed next = fromNextSentence(q);
        if (next == null) {
            return null;
        }
        Span sentence = article.sentence(q.para, q.sentence + 1);
        int end = Math.max(next.cue().clause().end(), next.cue().verbSpan() == null ? 0 : next.cue().verbSpan().end());
        return text.substring(end, sentence.end()).matches("[\\s\\p{Z}.!?]*") ? next : null;
    }
}
