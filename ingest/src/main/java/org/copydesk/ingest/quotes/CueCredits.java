package org.copydesk.ingest.quotes;

import java.util.List;
import org.copydesk.core.SpeakerKind;
import org.copydesk.core.Span;

/**
 * Credits from the cues of a quote's own sentence, and which quoted words inside a sentence are someone's words
 * (a partial quote, credited or not) rather than a title, a term or a name.
 */
final class CueCredits {

    private final Article article;
    private final String text;
    private final Lexicon lexicon;
    private final SubjectCredits subjects;
    private final QuoteForms forms;

    CueCredits(Article article, SubjectCredits subjects, QuoteForms forms) {
        this.article = article;
        this.text = article.text();
        this.lexicon = article.lexicon();
        this.subjects = subjects;
        this.forms = forms;
    }

    /** The cue right after the quote, else the nearest one before it, else the nearest after it. */
    Attributed inSentence(QuotePart q) {
        List<Attributed> cues = article.cues(q.para, q.sentence);
        Attributed before = null;
        Attributed after = null;
        for (Attributed a : cues) {
            Span c = a.cue().clause();
            if (c.start() >= q.region.end()) {
                if (text.substring(q.region.end(), c.start()).matches("[\\s\\p{Z},—–-]*")) {
                    return a;
                }
                after = after == null || c.start() < after.cue().clause().start() ? a : after;
            } else if (c.end() <= q.region.open()) {
                before = a;
            }
        }
        return before != null ? before : after;
    }

    /**
     * Clinton called the plan “reckless”: a few quoted words inside a sentence whose cue stands before them (or
     * right after them, or a participle cue such as ", calling it" after the subject) are the cue's speaker's own
     * words, a partial quote. A term flagged as someone else's ("so-called") and words all capitalised (the name
     * of a show, a book or a place: “Face the Nation.”) have no speaker.
     */
    Attributed reportedSpeech(QuotePart q) {
        if (!partialCandidate(q)) {
            return null;
        }
        for (Attributed a : article.cues(q.para, q.sentence)) {
            Span c = a.cue().clause();
            boolean before = c.end() <= q.region.open();
            String between = c.start() >= q.region.end() ? text.substring(q.region.end(), c.start()) : "";
            // “shameful,” she said: a comma or dash ties the fragment to the cue; a «loaf» he calls… names a thing
            boolean rightAfter = c.start() >= q.region.end() && between.matches("[\\s\\p{Z},—–-]*")
                    && (between.matches(".*[,—–-].*") || endsWithComma(q.region));
            // The bureau made a “mistake”, the director has said: a cue closing the sentence after a comma
            Span sentence = article.sentence(q.para, q.sentence);
            boolean closing = c.start() >= q.region.end()
                    && text.substring(q.region.end(), c.start()).strip().endsWith(",")
                    && Article.WORD.matcher(text.substring(q.region.end(), c.start())).results()
                            .noneMatch(w -> lexicon.cueVerbs.contains(w.group().toLowerCase(java.util.Locale.ROOT)))
                    && text.substring(c.end(), QuoteMarks.trimEnd(text, sentence)).strip().matches("[.!?]?");
            if ((before || rightAfter || closing) && a.cue().verb() != null && !"according to".equals(a.cue().verb())
                    && a.kind() != SpeakerKind.NONE) {
                return a;
            }
        }
        Attributed participle = subjects.fromParticiple(q);
        return participle != null ? participle : subjects.fromSubject(q);
    }

    private boolean endsWithComma(QuotedRegion r) {
        String raw = text.substring(r.open() + r.openWidth(), r.end() - r.closeWidth()).strip();
        return raw.endsWith(",") || raw.endsWith("—") || raw.endsWith("–");
    }

    /**
     * The intruders were seeking “economic intelligence”; some chanted “Open the gates!”: a few quoted lower-case
     * words that are no title, term or name, or a short utterance, are someone's words even where the article
     * does not say whose; they are reported, with no speaker, so an editor sees what still needs a source.
     */
    boolean uncreditedWords(QuotePart q) {
        String inner = q.region.inner(text);
        return partialCandidate(q) && (Character.isLowerCase(inner.codePointAt(0)) || forms.utterance(q));
    }

    /** A «seeded rye» she calls its best loaf: a cue right after the marks, with no comma, names the thing. */
    boolean namedByCueAfter(QuotePart q) {
        if (endsWithComma(q.region)) {
            return false;
        }
        for (Attributed a : article.cues(q.para, q.sentence)) {
            int c = a.cue().clause().start();
            if (c >= q.region.end() && text.substring(q.region.end(), c).isBlank()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The “seeded rye” is the best in town, according to owner Ada Brunner: quoted words that no cue
     * claims for itself stand in the statement of the sentence's first cue that names a speaker.
     */
    Attributed fromSentenceCue(QuotePart q) {
        for (Attributed a : article.cues(q.para, q.sentence)) {
            if (a.kind() != SpeakerKind.NONE && a.speaker() != null) {
                return a;
            }
        }
        return null;
    }

    private boolean partialCandidate(QuotePart q) {
        String inner = q.region.inner(text);
        return inner.codePoints().anyMatch(Character::isLetter) && !titleCased(inner);
    }

    /** Every word capitalised and no question or exclamation: a name or a title rather than someone's words. */
    private static boolean titleCased(String inner) {
        if (inner.endsWith("?") || inner.endsWith("!")) {
            return false;
        }
        for (String w : inner.split("[\\s\\p{Z}—–]+")) {
            int first = 0;
            while (first < w.length() && !Character.isLetterOrDigit(w.charAt(first))) {
                first++;
            }
            if (first < w.length() && Character.isLowerCase(w.charAt(first))) {
                return false;
            }
        }
        return true;
    }
}
