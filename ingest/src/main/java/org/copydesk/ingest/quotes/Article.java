package org.copydesk.ingest.quotes;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.copydesk.core.Span;

/**
 * One article as the quote reader has split it, shared by the classes that credit its quotes: the text and its
 * paragraphs, sentences and tokens, the quoted parts, the cues found in each sentence, the people it names and the
 * readers of pronouns, speakers and statements. Made once per article, when every cue has been found.
 *
 * @param sentences      the sentences of each paragraph
 * @param tokens         the tokens of each sentence of each paragraph, quoted words masked
 * @param cuesBySentence the cues of each sentence, by {@link #key(int, int)}
 */
record Article(String text, List<Span> paragraphs, Lexicon lexicon, List<QuotePart> parts,
        List<List<Span>> sentences, List<List<List<Token>>> tokens, Map<Long, List<Attributed>> cuesBySentence,
        PersonRegistry registry, PronounResolver pronouns, SpeakerFinder speakers, Statements statements) {

    /** A run of letters: one word. */
    static final Pattern WORD = Pattern.compile("\\p{L}+");

    Article {
        paragraphs = Collections.unmodifiableList(paragraphs);
        parts = Collections.unmodifiableList(parts);
        sentences = Collections.unmodifiableList(sentences);
        tokens = Collections.unmodifiableList(tokens);
        cuesBySentence = Collections.unmodifiableMap(cuesBySentence);
    }

    /** Sentence {@code sentence} of paragraph {@code para}. */
    Span sentence(int para, int sentence) {
        return sentences.get(para).get(sentence);
    }

    /** The tokens of sentence {@code sentence} of paragraph {@code para}. */
    List<Token> tokensOf(int para, int sentence) {
        return tokens.get(para).get(sentence);
    }

    /** The cues of sentence {@code sentence} of paragraph {@code para}, in the order they were found. */
    List<Attributed> cues(int para, int sentence) {
        return cuesBySentence.getOrDefault(key(para, sentence), List.of());
    }

    /** The cues of every sentence of one paragraph. */
    List<Attributed> cuesIn(int para) {
        List<Attributed> all = new ArrayList<>();
        for (int s = 0; s < sentences.get(para).size(); s++) {
            all.addAll(cues(para, s));
        }
        return all;
    }

    /**
     * The person first named between {@code from} and {@code before}, when that mention stands at most
     * {@code reach} characters after {@code from} (title words before the name); {@code null} otherwise.
     */
    PersonRegistry.Mention opening(int from, int before, int reach) {
        PersonRegistry.Mention m = registry.firstBetween(from, before);
        return m == null || m.start() - from > reach ? null : m;
    }

    /** The index of the sentence of its paragraph that the quote opens in (the last one when none holds it). */
    int sentenceOf(QuotePart q) {
        List<Span> ss = sentences.get(q.para);
        for (int i = 0; i < ss.size(); i++) {
            if (ss.get(i).contains(q.region.open())) {
                return i;
            }
        }
        return Math.max(0, ss.size() - 1);
    }

    /** Whether the quote's marks are the first thing in its sentence. */
    boolean startsSentenceAt(QuotePart q) {
        Span sentence = sentence(q.para, q.sentence);
        return QuoteMarks.firstNonSpace(text, sentence.start(), q.region.open()) == q.region.open();
    }

    /** Whether the quote's marks are the first thing in its paragraph. */
    boolean startsParagraph(QuotePart q) {
        return QuoteMarks.firstNonSpace(text, paragraphs.get(q.para).start(), q.region.open()) == q.region.open();
    }

    /** The key of a sentence in {@link #cuesBySentence}. */
    static long key(int para, int sentence) {
        return ((long) para << 32) | sentence;
    }
}
