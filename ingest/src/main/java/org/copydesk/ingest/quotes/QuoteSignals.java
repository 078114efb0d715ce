package org.copydesk.ingest.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.copydesk.core.Quote;
import org.copydesk.core.SpeakerKind;
import org.copydesk.core.Span;
import org.copydesk.core.StartOrder;

/**
 * The cheap signals that tell how far a quote's speaker can be trusted: how it was credited ({@link CreditRoute}),
 * what kind of speaker and credit it is, how far the credit stands from the words and how many other people are
 * named between, how many cues the quote's sentence has, whether the speaker is a person the article introduces,
 * how many people are named around the quote and whether a quote of someone else stands next to it. {@link SpeakerConfidence} weighs them into a probability.
 */
final class QuoteSignals {

    /** How a reported quote was credited: the credit (or null), its route, and the quote's sentence. */
    record Trace(Attributed credit, CreditRoute route, int para, int sentence) {

        static Trace of(QuotePart q, Attributed credit, CreditRoute route) {
            return new Trace(credit, credit == null ? CreditRoute.NONE : route, q.para, Math.max(0, q.sentence));
        }
    }

    private final Article article;
    private final String text;
    /** The index, over the whole article, of each paragraph's first sentence. */
    private final int[] firstSentence;
    /*
     * The article's mentions of people, indexed when the first quote is weighed (the registry is complete by
     * then) so that each quote's signals are not a pass over every mention: the people mentioned in each
     * paragraph, how often each person is mentioned, and whether the mentions are in text order (for the people
     * between a credit and its quote, found by bisection).
     */
    private Map<Integer, List<Speaker>> peopleByPara;
    private Map<Speaker, Integer> mentionCounts;

    QuoteSignals(Article article) {
        this.article = article;
        this.text = article.text();
        firstSentence = new int[article.paragraphs().size() + 1];
        for (int p = 0; p < article.paragraphs().size(); p++) {
            firstSentence[p + 1] = firstSentence[p] + article.sentences().get(p).size();
        }
    }

    /**
     * The signals of every quote, in the order given; a quote with no trace is a transcript turn, credited by its
     * label.
     */
    List<Map<String, Double>> of(List<Quote> quotes, Map<Quote, Trace> traces) {
        indexMentions();
        List<Map<String, Double>> out = new ArrayList<>();
        for (int i = 0; i < quotes.size(); i++) {
            Quote q = quotes.get(i);
            Trace t = traces.get(q);
            Map<String, Double> x = new TreeMap<>();
            int para = paragraphOf(q.span().start());
            CreditRoute route = t != null ? t.route() : q.resolution() != null || q.speakerKind() == SpeakerKind.NAMED
                    ? CreditRoute.TRANSCRIPT_LABEL : CreditRoute.TRANSCRIPT_ROLE;
            x.put("route." + route.id(), 1.0);
            x.put("kind." + q.speakerKind().id(), 1.0);
            x.put("form." + q.form().id(), 1.0);
            x.put("logWords", Math.log1p(Article.WORD.matcher(q.text()).results().count()));
            x.put("adjacentOther", adjacentOther(quotes, i) ? 1.0 : 0.0);
            Set<Speaker> near = peopleNear(para);
            Attributed a = t == null ? null : t.credit();
            Speaker person = a == null ? null : a.person();
            x.put("candidates", (double) Math.min(near.size(), 5));
            if (a != null) {
                x.put("otherCandidates", (double) Math.min(5, near.size() - (near.contains(person) ? 1 : 0)));
                Span clause = a.cue().clause();
                int gap = clause.end() <= q.span().start() ? q.span().start() - clause.end()
                        : clause.start() >= q.span().end() ? clause.start() - q.span().end() : 0;
                x.put("logCharGap", Math.log1p(gap));
                int sentences = Math.abs(firstSentence[a.cue().para()] + a.cue().sentence()
                        - firstSentence[t.para()] - t.sentence());
                x.put("sentenceGap", (double) Math.min(sentences, 5));
                x.put("cueVerb", a.cue().verb() != null ? 1.0 : 0.0);
                x.put("between", (double) Math.min(3, peopleBetween(clause, q.span(), person)));
                x.put("sentenceCues", (double) Math.min(3, article.cues(t.para(), t.sentence()).size()));
                written(x, a, person);
            }
            if (person != null && person.kind == SpeakerKind.NAMED) {
                x.put("introduced", person.introduced() != null ? 1.0 : 0.0);
                x.put("mentions", Math.log1p(mentions(person)));
            }
            if (q.speaker() != null && q.speakerKind() == SpeakerKind.NAMED) {
                x.put("fullName", q.speaker().strip().split("\\s+").length >= 2 ? 1.0 : 0.0);
            }
            if (q.speaker() == null) {
                x.put("none.candidates", (double) Math.min(near.size(), 5));
                x.put("none.logWords", x.get("logWords"));
            }
            out.add(x);
        }
        return out;
    }

    /** How the credit writes its speaker: a pronoun, or a title standing for a named person ("the senator"). */
    private void written(Map<String, Double> x, Attributed a, Speaker person) {
        List<Token> phrase = a.cue().phrase();
        boolean pronoun = phrase.size() == 1 && article.lexicon().is("pronoun", phrase.get(0).text());
        x.put("writtenPronoun", pronoun ? 1.0 : 0.0);
        boolean title = false;
        if (!pronoun && !phrase.isEmpty() && person != null && person.kind == SpeakerKind.NAMED) {
            String written = Token.join(phrase, text);
            String[] names = person.display.split("\\s+");
            title = !written.contains(names[names.length - 1]);
        }
        x.put("writtenTitle", title ? 1.0 : 0.0);
    }

    private void indexMentions() {
        if (peopleByPara != null) {
            return;
        }
        peopleByPara = new HashMap<>();
        mentionCounts = new IdentityHashMap<>();
        for (PersonRegistry.Mention m : article.registry().mentions()) {
            peopleByPara.computeIfAbsent(m.para(), k -> new ArrayList<>()).add(m.person());
            mentionCounts.merge(m.person(), 1, Integer::sum);
        }
    }

    /** How many other people are named between a credit and the quote it credits. */
    private int peopleBetween(Span clause, Span quote, Speaker person) {
        int from = Math.min(clause.end(), quote.end());
        int to = Math.max(clause.start(), quote.start());
        Set<Speaker> others = new HashSet<>();
        PersonRegistry registry = article.registry();
        List<PersonRegistry.Mention> mentions = registry.mentions();
        boolean inOrder = registry.inTextOrder();
        for (int i = inOrder ? registry.firstFrom(from) : 0; i < mentions.size(); i++) {
            PersonRegistry.Mention m = mentions.get(i);
            if (inOrder && m.start() >= to) {
                break;
            }
            if (m.start() >= from && m.start() < to && m.person() != person) {
                others.add(m.person());
            }
        }
        return others.size();
    }

    /** Whether the quote before or after, in this or the next paragraph, is credited to someone else. */
    private boolean adjacentOther(List<Quote> quotes, int i) {
        Quote q = quotes.get(i);
        int para = paragraphOf(q.span().start());
        for (int j = i - 1; j <= i + 1; j += 2) {
            if (j < 0 || j >= quotes.size()) {
                continue;
            }
            Quote o = quotes.get(j);
            if (o.speaker() != null && !o.speaker().equals(q.speaker())
                    && Math.abs(paragraphOf(o.span().start()) - para) <= 1) {
                return true;
            }
        }
        return false;
    }

    /** The people and speakers named in a paragraph and the one before it. */
    private Set<Speaker> peopleNear(int para) {
        Set<Speaker> near = new HashSet<>(peopleByPara.getOrDefault(para - 1, List.of()));
        near.addAll(peopleByPara.getOrDefault(para, List.of()));
        for (int p = Math.max(0, para - 1); p <= para; p++) {
            for (Attributed a : article.cuesIn(p)) {
                if (a.person() != null) {
                    near.add(a.person());
                }
            }
        }
        return near;
    }

    private int mentions(Speaker person) {
        return mentionCounts.getOrDefault(person, 0);
    }

    /** The paragraph holding offset {@code at} (the last one starting at or before it). */
    private int paragraphOf(int at) {
        List<Span> ps = article.paragraphs();
        return Math.max(0, StartOrder.lastStartingAtOrBefore(ps.size(), i -> ps.get(i).start(), at));
    }
}
