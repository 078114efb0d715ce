package org.copydesk.ingest.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.copydesk.core.Attribution;
import org.copydesk.core.Quote;
import org.copydesk.core.QuoteAnalysis;
import org.copydesk.core.QuoteForm;
import org.copydesk.core.SpeakerKind;
import org.copydesk.core.SpeakerResolution;
import org.copydesk.core.Span;

/**
 * One pass of the quote reader over one article: the state (people seen, pronoun antecedents, cues per sentence)
 * lives here so {@link QuoteReader} itself stays stateless and reusable. It splits the article, finds the cues in
 * text order, then tries the credits of {@link CueCredits}, {@link SubjectCredits} and {@link NeighbourCredits} in
 * turn on every quote and reports each in the form {@link QuoteForms} gives it.
 */
final class ArticleReading {

    private final String text;
    private final List<Span> paragraphs;
    private final Lexicon lexicon;
    private final QuoteCollector quotes;
    private final List<List<Span>> sentences = new ArrayList<>();
    private final List<List<List<Token>>> tokens = new ArrayList<>();
    private final Map<Long, List<Attributed>> cuesBySentence = new HashMap<>();
    private final List<Attributed> attributed = new ArrayList<>();
    private PersonRegistry registry;
    private final PronounResolver pronouns = new PronounResolver();
    private SpeakerFinder speakers;
    private final Statements statements;
    /** The article as split and cued, made once every cue is found; the readers below share it. */
    private Article article;
    private SubjectCredits subjects;
    private NeighbourCredits neighbours;
    private QuoteForms quoteForms;
    private CueCredits cues;

    ArticleReading(String text, List<Span> paragraphs, Lexicon lexicon) {
        this.text = text;
        this.paragraphs = paragraphs;
        this.lexicon = lexicon;
        this.quotes = new QuoteCollector(text, paragraphs, new QuoteMarks(lexicon), lexicon);
        this.statements = new Statements(text, lexicon);
    }

    QuoteAnalysis read() {
        String masked = mask();
        Sentences splitter = new Sentences(lexicon);
        registry = new PersonRegistry(lexicon);
        for (int p = 0; p < paragraphs.size(); p++) {
            List<Span> ss = splitter.split(text, paragraphs.get(p), quotes.regionsByPara.get(p));
            sentences.add(ss);
            List<List<Token>> ts = new ArrayList<>();
            for (Span s : ss) {
                List<Token> t = Token.tokenize(masked, s.start(), s.end(), lexicon);
                ts.add(t);
                registry.scan(t, p);
            }
            tokens.add(ts);
        }
        for (int p = 0; p < paragraphs.size(); p++) {
            for (List<Token> t : tokens.get(p)) {
                registry.scanSurnames(t, p);
            }
        }
        findCues(registry);
        article = new Article(text, paragraphs, lexicon, quotes.parts, sentences, tokens, cuesBySentence, registry,
                pronouns, speakers, statements);
        subjects = new SubjectCredits(article);
        neighbours = new NeighbourCredits(article);
        quoteForms = new QuoteForms(article);
        cues = new CueCredits(article, subjects, quoteForms);
        creditQuotes();
        return analysis();
    }

    private String mask() {
        char[] chars = text.toCharArray();
        for (List<QuotedRegion> rs : quotes.regionsByPara) {
            for (QuotedRegion r : rs) {
                for (int i = r.open(); i < r.end(); i++) {
                    chars[i] = Token.MASK_CHAR;
                }
            }
        }
        return new String(chars);
    }

    /** Cues in text order, so every pronoun sees exactly the speakers and people named before it. */
    private void findCues(PersonRegistry registry) {
        speakers = new SpeakerFinder(lexicon, registry, pronouns, text);
        CueFinder finder = new CueFinder(lexicon, new OutletFinder(lexicon));
        int nextMention = 0;
        List<PersonRegistry.Mention> mentions = registry.mentions();
        for (int p = 0; p < paragraphs.size(); p++) {
            for (int s = 0; s < sentences.get(p).size(); s++) {
                Span sentence = sentences.get(p).get(s);
                List<Attributed> found = new ArrayList<>();
                List<Token> before = s > 0 ? tokens.get(p).get(s - 1) : List.of();
                boolean afterQuote = !before.isEmpty() && before.get(before.size() - 1).kind() == Token.Kind.MASK;
                for (Cue cue : finder.find(tokens.get(p).get(s), p, s, afterQuote)) {
                    SpeakerFinder.Credit credit = speakers.credit(cue, sentence.start());
                    if (credit == null) {
                        continue;
                    }
                    Attributed a = new Attributed(cue, credit.name(), credit.kind(), credit.speaker());
                    found.add(a);
                    if (credit.speaker() != null) {
                        pronouns.add(cue.clause().start(), p, credit.speaker());
                    }
                }
                // people named inside reported speech ("said President X developed…") are not antecedents
                while (nextMention < mentions.size() && mentions.get(nextMention).start() < sentence.end()) {
                    PersonRegistry.Mention m = mentions.get(nextMention++);
                    if (found.isEmpty() && m.start() >= sentence.start()) {
                        pronouns.add(m.start(), p, m.person());
                    }
                }
                cuesBySentence.put(Article.key(p, s), found);
                attributed.addAll(found);
            }
        }
    }

    /**
     * Credits every quote: first from the cues of its own sentence (and decides which quoted words are partial
     * quotes), then, for a quote still without a speaker, from each cue-less reading in turn, first hit wins.
     */
    private void creditQuotes() {
        List<QuotePart> real = new ArrayList<>();
        for (QuotePart q : quotes.parts) {
            if (q.kind == QuotePart.Kind.QUOTE) {
                q.sentence = article.sentenceOf(q);
                credit(q, cues.inSentence(q), null);
                real.add(q);
            } else if (q.kind == QuotePart.Kind.SCARE && !q.region.single()) {
                q.sentence = article.sentenceOf(q);
                credit(q, cues.reportedSpeech(q), null);
                q.partial = q.credit != null || cues.uncreditedWords(q) && !cues.namedByCueAfter(q);
                if (q.credit == null && q.partial) {
                    credit(q, cues.fromSentenceCue(q), CreditRoute.SENTENCE_CUE);
                }
            }
        }
        NeighbourCredits.Real indexed = new NeighbourCredits.Real(real);
        for (QuotePart q : real) {
            if (q.credit == null) {
                credit(q, NeighbourCredits.fromGroup(indexed, q), CreditRoute.GROUP);
            }
            if (q.credit == null) {
                credit(q, subjects.fromLeadIn(q), CreditRoute.LEAD_IN);
            }
            if (q.credit == null) {
                credit(q, subjects.fromParticiple(q), CreditRoute.PARTICIPLE);
            }
            if (q.credit == null) {
                credit(q, neighbours.fromBareCueAfter(q), CreditRoute.BARE_CUE_AFTER);
            }
            if (q.credit == null) {
                credit(q, subjects.fromNameAfter(q), CreditRoute.NAME_AFTER);
            }
            if (q.credit == null) {
                credit(q, neighbours.fromNeighbour(indexed, q), CreditRoute.NEIGHBOUR);
            }
            if (q.credit == null) {
                credit(q, neighbours.fromNextSentence(q), CreditRoute.NEXT_SENTENCE);
            }
            if (q.credit == null) {
                credit(q, neighbours.fromPreviousSubject(q), CreditRoute.PREVIOUS_SUBJECT);
            }
            if (q.credit == null && !article.startsSentenceAt(q)) {
                credit(q, subjects.fromSubject(q), CreditRoute.SUBJECT);
            }
        }
    }

    /**
     * Gives {@code q} the credit {@code a} (when there is one) and records its route: {@code route}, or, for the
     * cues of the quote's own sentence ({@code route} null), where the cue stands and whether it is the sentence's
     * cue or a subject or participle reading of it.
     */
    private void credit(QuotePart q, Attributed a, CreditRoute route) {
        if (a == null) {
            return;
        }
        q.credit = a;
        q.route = route != null ? route : sentenceRoute(q, a);
    }

    private CreditRoute sentenceRoute(QuotePart q, Attributed a) {
        if (!article.cues(q.para, q.sentence).contains(a)) {
            return a.cue().verb() != null ? CreditRoute.PARTICIPLE : CreditRoute.SUBJECT;
        }
        if (q.kind != QuotePart.Kind.QUOTE) {
            return CreditRoute.REPORTED_SPEECH;
        }
        Span c = a.cue().clause();
        if (c.start() >= q.region.end()) {
            return text.substring(q.region.end(), c.start()).matches("[\\s\\p{Z},—–-]*") ? CreditRoute.CUE_ADJACENT
                    : CreditRoute.CUE_AFTER;
        }
        return CreditRoute.CUE_BEFORE;
    }

    private QuoteAnalysis analysis() {
        List<Quote> out = new ArrayList<>();
        Set<Cue> direct = new HashSet<>();
        List<QuoteForm> forms = new ArrayList<>();
        Map<Quote, Attributed> partialCredit = new IdentityHashMap<>();
        Map<Quote, QuoteSignals.Trace> traces = new IdentityHashMap<>();
        for (QuotePart q : quotes.parts) {
            if (q.kind != QuotePart.Kind.QUOTE && !q.partial) {
                continue;
            }
            Span span = new Span(q.region.open(), q.region.end());
            String words = q.region.inner(text);
            List<Span> parts = new ArrayList<>(List.of(span));
            QuoteForm form = quoteForms.form(q);
            if (q.joinsPrevious && !out.isEmpty()) {
                form = forms.remove(forms.size() - 1);
                Quote first = out.remove(out.size() - 1);
                parts.addAll(0, first.parts());
                span = new Span(first.span().start(), span.end());
                words = first.text() + " " + words;
            }
            Attributed a = q.credit;
            CreditRoute route = q.route;
            if (form == QuoteForm.PARTIAL && !q.joinsPrevious) {
                span = statement(q);
                words = span.in(text).strip();
                Quote last = out.isEmpty() ? null : out.get(out.size() - 1);
                if (last != null && last.form() == QuoteForm.PARTIAL && last.span().overlaps(span)) {
                    out.remove(out.size() - 1); // a second fragment of the same statement
                    forms.remove(forms.size() - 1);
                    parts.addAll(0, last.parts());
                    span = new Span(Math.min(last.span().start(), span.start()), Math.max(last.span().end(),
                            span.end()));
                    words = span.in(text).strip();
                    if (a == null && last.speaker() != null) {
                        a = partialCredit.get(last);
                        route = CreditRoute.FRAGMENT;
                    }
                }
            }
            forms.add(form);
            if (a == null) {
                Quote quote = new Quote(span, words, null, SpeakerKind.NONE, null, null, null, parts, form);
                out.add(quote);
                traces.put(quote, QuoteSignals.Trace.of(q, null, route));
            } else {
                direct.add(a.cue());
                Quote quote = new Quote(span, words, a.speaker(), a.kind(), a.cue().verb(), a.cue().verbSpan(),
                        a.cue().outlet(), parts, form, resolution(a));
                out.add(quote);
                partialCredit.put(quote, a);
                traces.put(quote, QuoteSignals.Trace.of(q, a, route));
            }
        }
        List<Attribution> attributions = new ArrayList<>();
        for (Attributed a : attributed) {
            Cue c = a.cue();
            boolean isDirect = direct.contains(c);
            if (!isDirect && lexicon.quoteOnlyVerbs.contains(c.verb())) {
                continue;
            }
            attributions.add(new Attribution(c.clause(), c.verb(), a.speaker(), a.kind(), isDirect, c.outlet()));
        }
        List<Span> unbalanced = new ArrayList<>(quotes.unbalanced);
        unbalanced.sort(null);
        out = new Transcripts(article).merge(out);
        return new QuoteAnalysis(weighed(out, traces), attributions, unbalanced);
    }

    /** The quotes with the confidence in each one's speaker and the signals it was read from. */
    private List<Quote> weighed(List<Quote> quotes, Map<Quote, QuoteSignals.Trace> traces) {
        List<Map<String, Double>> signals = new QuoteSignals(article).of(quotes, traces);
        SpeakerConfidence model = SpeakerConfidence.shipped();
        List<Quote> out = new ArrayList<>();
        for (int i = 0; i < quotes.size(); i++) {
            out.add(quotes.get(i).withConfidence(model.estimate(signals.get(i)), signals.get(i)));
        }
        return out;
    }

    /** The reported statement a partial quote stands in, from its credit's cue when that is in its sentence. */
    private Span statement(QuotePart q) {
        Span sentence = sentences.get(q.para).get(Math.max(0, q.sentence));
        Attributed a = q.credit;
        boolean sameSentence = a != null && a.cue().para() == q.para && a.cue().sentence() == q.sentence;
        return statements.of(q.region, sentence, sameSentence ? a.cue().clause() : null,
                sameSentence && a.cue().verb() != null);
    }

    /** The person behind a credit, with the credit as written: "she" or "the senator" for "Jane Roe". */
    private SpeakerResolution resolution(Attributed a) {
        Speaker p = a.person();
        if (p == null || p.kind != SpeakerKind.NAMED || p.introduced() == null && a.cue().phrase().isEmpty()) {
            return null;
        }
        String written = a.cue().phrase().isEmpty() ? p.display : Token.join(a.cue().phrase(), text);
        return new SpeakerResolution(p.display, p.introduced(), written);
    }
}
