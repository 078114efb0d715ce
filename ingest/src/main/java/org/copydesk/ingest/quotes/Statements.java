package org.copydesk.ingest.quotes;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.core.Span;

/**
 * Finds the reported statement a partial quote stands in: the clause of the reporter's sentence that carries the
 * quoted words ("the plan was “reckless” and late"), cut at the cue, at clause breaks and at a second verb.
 */
final class Statements {

    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    /** A dash standing between spaces (no-break ones too): "… – …", "… -- …". */
    private static final Pattern SPACED_DASH = Pattern.compile("[\\s\\p{Z}](?:[—–―-]|--)[\\s\\p{Z}]");

    /** How many capitalised words a name with its title may have before its verb. */
    private static final int NAME_WORDS = 4;

    private final String text;
    private final Lexicon lexicon;

    Statements(String text, Lexicon lexicon) {
        this.text = text;
        this.lexicon = lexicon;
    }

    /**
     * The reported statement a partial quote stands in: Clinton called “half of his supporters” “deplorables” →
     * the words after the cue, to the end of the clause that holds the fragment; “…,” she said, with the cue
     * after the fragment → from the sentence's start to the fragment's end. A semicolon, a dash, or a comma
     * before a new clause ("…, according to", "…, saying", "…, while") ends the statement.
     *
     * @param fragment   the quoted words
     * @param sentence   the sentence holding them
     * @param cue        the clause of the cue crediting them when it stands in the same sentence, else null
     * @param cueHasVerb whether that cue has a verb (a subject alone, "Roe branded it “…”", does not end where
     *                   the statement starts)
     */
    Span of(QuotedRegion fragment, Span sentence, Span cue, boolean cueHasVerb) {
        int start = Math.min(sentence.start(), fragment.open());
        int end = Math.max(QuoteMarks.trimEnd(text, sentence), fragment.end());
        boolean cueBefore = false;
        if (cue != null) {
            if (cue.end() <= fragment.open()) {
                start = cue.end();
                cueBefore = cueHasVerb;
            } else if (cue.start() >= fragment.end()) {
                end = cue.start(); // “…,” she said; “…” is still the best way, she said: the words up to the cue
                while (end > fragment.end() && (QuoteMarks.isSpace(text.charAt(end - 1))
                        || ",—–-".indexOf(text.charAt(end - 1)) >= 0)) {
                    end--;
                }
            }
        }
        start = Math.max(start, clauseStart(start, fragment.open()));
        if (!cueBefore) {
            int comma = text.lastIndexOf(", ", fragment.open());
            if (comma >= start) {
                start = comma + 1; // no cue before it: the clause the fragment stands in
            }
        }
        if (cue != null && !cueHasVerb && cue.end() <= fragment.open()) {
            // Roe derided the plan as “a stunt”: with no cue verb, the statement starts after the subject's verb
            Matcher v = WORD.matcher(text).region(start, fragment.open());
            while (v.find()) {
                if (Character.isLowerCase(v.group().charAt(0)) && opensPredicate(v.group())) {
                    start = v.end();
                    break;
                }
            }
        }
        Matcher w = WORD.matcher(text).region(start, fragment.open());
        int from = start;
        while (w.find()) {
            String word = w.group().toLowerCase(Locale.ROOT);
            if (lexicon.cueVerbs.contains(word) || lexicon.is("gerundcue", word)) {
                from = w.end(); // "…, calling it “meritless”": what follows the verb is the statement
            } else if (lexicon.is("complementizer", word)) {
                from = w.start(); // "…told supporters that “…”": the reported clause opens with its "that"
            }
        }
        start = from;
        end = Math.min(end, clauseEnd(fragment.end(), end));
        if (fragment.closed() && endsWithPunctuation(fragment)) {
            end = fragment.end(); // “…reckless,” and then the reporter's own words go on
        }
        while (start < fragment.open() && !Character.isLetterOrDigit(text.charAt(start))
                && "“„«\"‘'`”".indexOf(text.charAt(start)) < 0) {
            start++;
        }
        return new Span(start, end);
    }

    /** Where the clause holding the fragment starts: after the last semicolon, dash or bracket before it. */
    private int clauseStart(int from, int open) {
        int start = from;
        Matcher w = WORD.matcher(text).region(from, open);
        int previousEnd = from;
        String previous = null;
        while (w.find()) {
            if (hardBreak(previousEnd, w.start()) || previous != null
                    && lexicon.is("conjunction", previous) && Character.isLowerCase(w.group().charAt(0))
                    && opensPredicate(w.group())) {
                start = w.start(); // "… and likened it to …": the second predicate's own clause
            }
            previous = w.group();
            previousEnd = w.end();
        }
        return hardBreak(previousEnd, open) ? open : start;
    }

    /**
     * Where the clause holding the fragment ends: a semicolon, a dash or a bracket; a comma before a new clause
     * ("…, according to", "…, saying", "…, while"); or a conjunction before a second predicate ("…” and said").
     */
    private int clauseEnd(int from, int to) {
        if (from >= to) {
            return to;
        }
        Matcher w = WORD.matcher(text).region(from, to);
        int previousEnd = from;
        String previous = null;
        int previousSeparator = -1;
        while (w.find()) {
            String word = w.group();
            if (hardBreak(previousEnd, w.start())) {
                return previousEnd;
            }
            boolean comma = text.substring(previousEnd, w.start()).contains(",");
            if (comma && (lexicon.is("gerundcue", word) || lexicon.is("clausebreak", word) || opensPredicate(word))) {
                return previousEnd;
            }
            if (previous != null && lexicon.is("conjunction", previous) && secondStatement(word, w.end(), to)) {
                return previousSeparator;
            }
            previousSeparator = previousEnd;
            previous = word;
            previousEnd = w.end();
        }
        return to;
    }

    /**
     * Whether the words after a conjunction open a statement of their own: a verb ("…” and said that …"), an
     * adverb and a verb ("…” and later said …"), or a new subject and its verb ("…” and Roe called it …").
     */
    private boolean secondStatement(String word, int after, int to) {
        if (opensPredicate(word)) {
            return true;
        }
        if (lexicon.is("opener", word) || endsAs("adverbending", word.toLowerCase(Locale.ROOT))) {
            return opensPredicate(nextWord(after, to));
        }
        return Character.isUpperCase(word.charAt(0)) && newSubject(after, to);
    }

    /** Whether a verb form follows the capitalised words of a name (a new clause's subject: "Mayor Jane Roe said"). */
    private boolean newSubject(int from, int to) {
        Matcher m = WORD.matcher(text).region(from, to);
        for (int i = 0; i < NAME_WORDS && m.find(); i++) {
            if (opensPredicate(m.group())) {
                return true;
            }
            if (!Character.isUpperCase(m.group().charAt(0))) {
                return false;
            }
        }
        return false;
    }

    /** The word after {@code from}, before {@code to}; empty when there is none. */
    private String nextWord(int from, int to) {
        Matcher m = WORD.matcher(text).region(from, to);
        return m.find() ? m.group() : "";
    }

    /** A semicolon, a dash standing between spaces or an opening bracket between two words. */
    private boolean hardBreak(int from, int to) {
        String gap = text.substring(from, to);
        return gap.indexOf(';') >= 0 || gap.indexOf('(') >= 0 || SPACED_DASH.matcher(gap).find();
    }

    /** A word that opens a second predicate after a conjunction or a comma: a cue verb or a verb form. */
    boolean opensPredicate(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (lexicon.cueVerbs.contains(w) || lexicon.is("gerundcue", w)) {
            return true;
        }
        return endsAs("verbending", w);
    }

    /** Whether a word (lower case) ends in one of the endings of a word class ("walked", "quickly"). */
    private boolean endsAs(String endings, String w) {
        for (String suffix : lexicon.words(endings)) {
            if (w.length() > suffix.length() + 2 && w.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the quoted words end on punctuation of their own, inside the marks ("…reckless,”). */
    boolean endsWithPunctuation(QuotedRegion r) {
        String raw = text.substring(r.open() + r.openWidth(), r.end() - r.closeWidth()).strip();
        return !raw.isEmpty() && ",.!?".indexOf(raw.charAt(raw.length() - 1)) >= 0;
    }
}
