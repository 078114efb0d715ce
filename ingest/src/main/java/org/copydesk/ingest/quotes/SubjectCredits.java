package org.copydesk.ingest.quotes;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.core.SpeakerKind;
import org.copydesk.core.Span;

/**
 * Credits that need no cue of their own but read who opens a sentence: its subject (a person, a pronoun, an
 * institution), the person a participle (", saying") or a colon lead-in hands the quote to, or the name right
 * after a quote.
 */
final class SubjectCredits {

    /** How far into its sentence the person a colon lead-in credits may stand (title words before the name). */
    static final int LEAD_IN_REACH = 40;
    /** What may stand between a quote and the name after it: a verb or title words, no clause punctuation. */
    private static final Pattern NAME_LEAD = Pattern.compile("[,\\s\\p{Z}]*[\\p{L}.'’\\s\\p{Z}-]*");
    /** How far into its sentence the subject a participle cue (", saying") hands the quote back to may stand. */
    private static final int SUBJECT_REACH = 60;
    private static final Pattern PARTICIPLE = Pattern.compile(",[\\s\\p{Z}]+(\\p{L}+)\\b");
    /** How many words a sentence's opening noun phrase may have ("The state's new election law"). */
    private static final int SUBJECT_WORDS = 6;
    /** How many words may stand before a sentence's subject pronoun ("And later he called it…"). */
    private static final int PRONOUN_SUBJECT_WORDS = 3;

    private final Article article;
    private final String text;
    private final Lexicon lexicon;
    private final Statements statements;
    private final PronounResolver pronouns;
    private final SpeakerFinder speakers;

    SubjectCredits(Article article) {
        this.article = article;
        this.text = article.text();
        this.lexicon = article.lexicon();
        this.statements = article.statements();
        this.pronouns = article.pronouns();
        this.speakers = article.speakers();
    }

    /**
     * Senator Jane Roe has hailed the ruling as “a win”: a fragment in a sentence with no cue, whose subject is a
     * person, carries that person's words (the verb is one of the many a reporter uses for stance: hailed,
     * slammed, dismissed).
     */
    Attributed fromSubject(QuotePart q) {
        Span sentence = article.sentence(q.para, q.sentence);
        if (!article.cues(q.para, q.sentence).isEmpty()) {
            return null;
        }
        PersonRegistry.Mention m = article.opening(sentence.start(), q.region.open(), LEAD_IN_REACH);
        if (m == null) {
            Attributed pronoun = subjectPronoun(q, sentence);
            return pronoun != null ? pronoun : subjectPhrase(q);
        }
        Matcher participle = PARTICIPLE.matcher(text).region(m.start(), q.region.open());
        while (participle.find()) {
            String w = participle.group(1);
            if (!lexicon.is("gerundcue", w) && !lexicon.is("preposition", w) && statements.opensPredicate(w)) {
                return null; // "…toured the port, visiting “the oldest yard”": the words describe what was visited
            }
        }
        Cue cue = new Cue(q.para, q.sentence, null, null, List.of(), new Span(m.start(), m.start()), null, null);
        return new Attributed(cue, m.person().display, m.person().kind, m.person());
    }

    /**
     * Later he called the plan “a mistake”: a sentence with no cue whose subject is a pronoun gives its quoted
     * words to the speaker the pronoun stands for.
     */
    private Attributed subjectPronoun(QuotePart q, Span sentence) {
        Matcher w = Article.WORD.matcher(text).region(sentence.start(), q.region.open());
        for (int i = 0; i < PRONOUN_SUBJECT_WORDS && w.find(); i++) {
            String word = w.group().toLowerCase(java.util.Locale.ROOT);
            if (lexicon.is("pronoun", word)) {
                Speaker s = pronouns.resolve(word, sentence.start(), q.para);
                if (s == null) {
                    return null;
                }
                List<Token> written = List.of(new Token(w.group(), w.start(), w.end(), Token.Kind.WORD));
                Cue cue = new Cue(q.para, q.sentence, null, null, written, new Span(w.start(), w.end()), null, null);
                return new Attributed(cue, s.display, s.kind, s);
            }
        }
        return null;
    }

    /**
     * The city council condemned the deal as “a giveaway”; His office called it “…”: a sentence with no cue whose
     * opening noun phrase (the words before its first auxiliary or verb form) names a speaker the speaker finder
     * accepts (an institution, a document, a role) is credited with the quoted words.
     */
    private Attributed subjectPhrase(QuotePart q) {
        if (!article.cues(q.para, q.sentence).isEmpty()) {
            return null;
        }
        List<Token> ts = article.tokensOf(q.para, q.sentence);
        int first = 0;
        if (!ts.isEmpty() && !opensWithSubject(ts.get(0).text())) {
            first = afterOpeningPhrase(ts, q.region.open()); // "On its website, the agency lists …"
            if (first < 0) {
                return null;
            }
        }
        int k = first;
        int head = -1; // an institution or document noun closes the phrase ("The report | ends on …")
        while (k < ts.size()) {
            Token t = ts.get(k);
            if (!t.isWord() || t.end() > q.region.open() || lexicon.is("auxiliary", t.text())
                    || statements.opensPredicate(t.text())) {
                break;
            }
            if (k - first < SUBJECT_WORDS && (lexicon.organizationNouns.contains(t.lower())
                    || lexicon.documentNouns.contains(t.lower()))) {
                head = k;
            }
            k++;
        }
        k = head >= 0 ? head + 1 : k;
        if (k == first || k - first > SUBJECT_WORDS || first == 0 && !ts.get(0).isCapitalized()
                && !Character.isDigit(ts.get(0).text().charAt(0))) {
            return null;
        }
        List<Token> phrase = ts.subList(first, k);
        Cue cue = new Cue(q.para, q.sentence, null, null, phrase,
                new Span(phrase.get(0).start(), phrase.get(phrase.size() - 1).end()), null, null);
        SpeakerFinder.Credit credit = speakers.credit(cue, article.sentence(q.para, q.sentence).start());
        return credit == null || credit.kind() == SpeakerKind.NONE || credit.kind() == SpeakerKind.PRONOUN ? null
                : new Attributed(cue, credit.name(), credit.kind(), credit.speaker());
    }

    /**
     * The token after the comma that closes a sentence's opening phrase ("In the poll, however, | most voters
     * …"), skipping a connective set off by commas of its own; -1 when no comma stands before {@code before}.
     */
    private int afterOpeningPhrase(List<Token> ts, int before) {
        for (int i = 1; i < ts.size() && ts.get(i).end() <= before; i++) {
            if (ts.get(i).is(",")) {
                int next = i + 1;
                if (next + 1 < ts.size() && !opensWithSubject(ts.get(next).text()) && ts.get(next + 1).is(",")) {
                    next += 2;
                }
                return next < ts.size() && ts.get(next).end() <= before ? next : -1;
            }
        }
        return -1;
    }

    /** Whether a sentence's first word can start its subject: "In Europe, …", "Walking in, …", "Yet …" cannot. */
    private boolean opensWithSubject(String first) {
        return !lexicon.is("preposition", first) && !lexicon.is("clause", first) && !lexicon.is("opener", first)
                && !statements.opensPredicate(first);
    }

    /**
     * "He dismissed the poll, saying “…”" and "She went on: “…”": a personal pronoun opening the quote's sentence is
     * the subject a participle or a colon hands the quote to; it stands for the person it resolves to, if any.
     */
    private Attributed pronounOpening(QuotePart q, String verb, Span verbSpan, int clauseEnd) {
        List<Token> words = article.tokensOf(q.para, q.sentence);
        if (words.isEmpty() || !words.get(0).isWord()) {
            return null;
        }
        Token subject = words.get(0);
        String pronoun = subject.lower();
        if (!pronoun.equals("he") && !pronoun.equals("she") && !pronoun.equals("they")) {
            return null;
        }
        Speaker person = pronouns.resolve(pronoun, subject.start(), q.para);
        Cue cue = new Cue(q.para, q.sentence, verb, verbSpan, List.of(subject), new Span(subject.start(), clauseEnd),
                null, null);
        return person == null ? new Attributed(cue, subject.text(), SpeakerKind.PRONOUN, null)
                : new Attributed(cue, person.display, person.kind, person);
    }

    /**
     * Mayor Jane Roe rejected the plan on Friday, saying “…”: a participle cue after a comma hands the quote to the
     * person who opens the sentence.
     */
    Attributed fromParticiple(QuotePart q) {
        Span sentence = article.sentence(q.para, q.sentence);
        if (q.region.open() <= sentence.start()) {
            return null;
        }
        Matcher m = PARTICIPLE.matcher(text).region(sentence.start(), q.region.open());
        int comma = -1;
        Span verb = null;
        while (m.find()) {
            if (lexicon.is("gerundcue", m.group(1))) {
                comma = m.start();
                verb = new Span(m.start(1), m.end(1));
            }
        }
        if (comma < 0) {
            return null;
        }
        PersonRegistry.Mention p = article.opening(sentence.start(), comma, SUBJECT_REACH);
        if (p == null) {
            return pronounOpening(q, verb.in(text).toLowerCase(java.util.Locale.ROOT), verb, verb.end());
        }
        Cue cue = new Cue(q.para, q.sentence, verb.in(text).toLowerCase(java.util.Locale.ROOT), verb, List.of(),
                new Span(p.start(), verb.end()), null, null);
        return new Attributed(cue, p.person().display, p.person().kind, p.person());
    }

    /** “Fisheries Minister Oskar Lund was blunt: “…”: a person opening the sentence that a colon hands over. */
    Attributed fromLeadIn(QuotePart q) {
        Span sentence = article.sentence(q.para, q.sentence);
        int colon = q.region.open() - 1;
        while (colon > sentence.start() && QuoteMarks.isSpace(text.charAt(colon))) {
            colon--;
        }
        if (colon <= sentence.start() || text.charAt(colon) != ':') {
            return null;
        }
        PersonRegistry.Mention m = article.opening(sentence.start(), colon, LEAD_IN_REACH);
        if (m == null && !text.substring(sentence.start(), colon).contains(",")) {
            return pronounOpening(q, null, null, colon); // "She went on: “…”"
        }
        if (m == null || text.substring(m.start(), colon).contains(",")) {
            return null; // "…, with a source close to him saying:" is not the person's own lead-in
        }
        Cue leadIn = new Cue(q.para, q.sentence, null, null, List.of(), new Span(m.start(), colon), null, null);
        return new Attributed(leadIn, m.person().display, m.person().kind, m.person());
    }

    /**
     * “Go home,” Roe barked; “Wonderful!” beamed Jane Roe: a quote closing on a comma, a question or an exclamation
     * and followed, within a few words of its sentence, by a person's name is theirs even when the verb between is
     * none the cue list knows.
     */
    Attributed fromNameAfter(QuotePart q) {
        if (!q.region.closed() || q.sentence < 0) {
            return null;
        }
        String raw = text.substring(q.region.open() + q.region.openWidth(), q.region.end() - q.region.closeWidth())
                .strip();
        if (raw.isEmpty() || ",!?".indexOf(raw.charAt(raw.length() - 1)) < 0) {
            return null;
        }
        Span sentence = article.sentence(q.para, q.sentence);
        PersonRegistry.Mention m = article.opening(q.region.end(), sentence.end(), LEAD_IN_REACH);
        if (m == null || !NAME_LEAD.matcher(text.substring(q.region.end(), m.start())).matches()) {
            return null;
        }
        Cue cue = new Cue(q.para, q.sentence, null, null, List.of(), new Span(m.start(), m.start()), null, null);
        return new Attributed(cue, m.person().display, m.person().kind, m.person());
    }
}
