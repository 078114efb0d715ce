package org.copydesk.ingest.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.copydesk.core.Span;

/**
 * Finds cue clauses in a sentence whose quotations are masked: a cue verb with the speaker phrase before it
 * ("Gates said", "X, a political analyst, said"), after it ("…,” said Malik") or after "according to".
 */
final class CueFinder {

    private static final int MAX_PHRASE = 12;
    /** How many tokens an appositive with commas inside may span between a name and its cue verb. */
    private static final int LONG_APPOSITIVE = 30;
    private static final Set<String> BE_FORMS =
            Set.of("was", "were", "is", "are", "be", "been", "being", "am", "get", "got", "gets");
    private static final Set<String> HAVE_FORMS = Set.of("has", "have", "had");

    private final Lexicon lexicon;
    private final OutletFinder outlets;

    CueFinder(Lexicon lexicon, OutletFinder outlets) {
        this.lexicon = lexicon;
        this.outlets = outlets;
    }

    /**
     * The cues of one sentence; {@code afterQuote} when the sentence before it ends in a quotation ("“…?” Roe
     * asked."), so verbs that only count beside a quotation count here too.
     */
    List<Cue> find(List<Token> tokens, int para, int sentence, boolean afterQuote) {
        boolean hasQuote = afterQuote || tokens.stream().anyMatch(t -> t.kind() == Token.Kind.MASK);
        List<Cue> cues = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.isWord() || Character.isUpperCase(t.text().charAt(0)) && i > 0) {
                continue;
            }
            List<Token> phrase;
            int verbEnd = i;
            String verb;
            if (t.is("according") && i + 1 < tokens.size() && tokens.get(i + 1).is("to")) {
                verb = "according to";
                verbEnd = i + 1;
                phrase = forwardPhrase(tokens, i + 2);
            } else if (lexicon.isCueVerb(t.text())) {
                if (lexicon.quoteOnlyVerbs.contains(t.lower()) && !hasQuote || isPassive(tokens, i)
                        || isNoun(tokens, i)) {
                    continue;
                }
                verb = t.lower();
                int b = i - 1;
                if (b >= 0 && tokens.get(b).is(",")) {
                    b--;
                }
                boolean inverted = b >= 0 && tokens.get(b).kind() == Token.Kind.MASK;
                phrase = inverted ? forwardPhrase(tokens, i + 1) : backwardPhrase(tokens, goesOnTo(tokens, i) - 1);
                if (phrase.isEmpty() && !inverted && (i == 0 || tokens.get(i - 1).is(","))) {
                    phrase = forwardPhrase(tokens, i + 1); // "Said Jane Roe, …" and "…” about the plan, said Roe"
                }
                if (phrase.isEmpty() && !inverted && hasQuote) {
                    phrase = sharedSubject(tokens, i);
                }
            } else if (hasQuote && lexicon.is("gerundcue", t.text())) {
                phrase = withPhrase(tokens, i);
                verb = t.lower();
            } else {
                continue;
            }
            if (phrase.isEmpty()) {
                continue;
            }
            Span verbSpan = new Span(t.start(), tokens.get(verbEnd).end());
            int clauseStart = Math.min(phrase.get(0).start(), verbSpan.start());
            int clauseEnd = Math.max(phrase.get(phrase.size() - 1).end(), verbSpan.end());
            OutletFinder.Outlet outlet = outlets.find(tokens, i, verbEnd);
            if (outlet != null && outlet.afterVerb()) {
                clauseEnd = Math.max(clauseEnd, outlet.end());
            }
            String after = verbEnd + 1 < tokens.size() ? tokens.get(verbEnd + 1).lower() : "";
            cues.add(new Cue(para, sentence, verb, verbSpan, phrase, new Span(clauseStart, clauseEnd),
                    outlet == null ? null : outlet.name(), after.equals("he") || after.equals("she") ? after : null));
        }
        return cues;
    }

    /**
     * "Roe took the stage and told the crowd “…”": a cue verb after "and" or "but" shares the subject opening the
     * sentence, a run of capitalised words or a lone pronoun, when no quotation stands before the verb.
     */
    private List<Token> sharedSubject(List<Token> tokens, int verb) {
        int j = verb - 1;
        while (j > 0 && tokens.get(j).isWord() && !tokens.get(j).isCapitalized() && isAdverb(tokens.get(j))) {
            j--;
        }
        if (j <= 1 || !tokens.get(j).is("and") && !tokens.get(j).is("but")) {
            return List.of();
        }
        for (int k = 0; k < j; k++) {
            if (tokens.get(k).kind() == Token.Kind.MASK || lexicon.isCueVerb(tokens.get(k).text()) && k > 0) {
                return List.of();
            }
        }
        Token first = tokens.get(0);
        if (!first.isCapitalized()) {
            return List.of();
        }
        int end = 1;
        while (!lexicon.is("pronoun", first.text()) && end < j && tokens.get(end).isCapitalized()) {
            end++;
        }
        Token next = tokens.get(end);
        boolean verbFollows = next.isWord() && !next.isCapitalized() || next.is(",");
        return end < j && verbFollows ? tokens.subList(0, end) : List.of();
    }

    /** "Roe went on to say": where the speaker phrase ends when "went on to" stands before the verb. */
    private static int goesOnTo(List<Token> tokens, int verb) {
        if (verb >= 3 && tokens.get(verb - 1).is("to") && tokens.get(verb - 2).is("on") && tokens.get(verb - 3).isWord()
                && !tokens.get(verb - 3).isCapitalized()) {
            return verb - 3;
        }
        return verb;
    }

    /** The speaker phrase ending just before the verb, reaching back to the clause's start. */
    private List<Token> backwardPhrase(List<Token> tokens, int j) {
        while (j >= 0 && tokens.get(j).isWord() && !tokens.get(j).isCapitalized() && isAdverb(tokens.get(j))
                && !nounAfterDeterminer(tokens, j)) {
            j--;
        }
        j = beforeBrackets(tokens, j);
        if (j < 0) {
            return List.of();
        }
        if (tokens.get(j).is(",")) {
            return parenthetical(tokens, j);
        }
        return unclosedAppositive(tokens, phraseEndingAt(tokens, j));
    }

    /** "Sen. Jane Roe (D-Ohio) said": a bracketed label between the name and what follows is skipped. */
    private static int beforeBrackets(List<Token> tokens, int j) {
        if (j < 0 || !tokens.get(j).is(")")) {
            return j;
        }
        for (int k = j - 1; k >= 0 && k > j - 12; k--) {
            if (tokens.get(k).is("(")) {
                return k - 1;
            }
        }
        return j;
    }

    private List<Token> phraseEndingAt(List<Token> tokens, int j) {
        if (j >= 0 && lexicon.is("pronoun", tokens.get(j).text())) {
            return tokens.subList(j, j + 1); // "a step it said was…": the pronoun alone is the subject
        }
        if (j < 0 || !tokens.get(j).isWord() || lexicon.is("clause", tokens.get(j).text())
                || lexicon.is("determiner", tokens.get(j).text()) && !tokens.get(j).is("one")) {
            return List.of();
        }
        int start = j;
        while (start > 0 && j - start < MAX_PHRASE && !isBoundary(tokens.get(start - 1))) {
            start--;
        }
        if (start > 0 && j - start >= MAX_PHRASE) {
            return List.of();
        }
        return tokens.subList(start, j + 1);
    }

    /** "…, with a source close to him saying: “…”": a gerund is a cue only after "with" and its subject. */
    private static List<Token> withPhrase(List<Token> tokens, int gerund) {
        for (int k = gerund - 1; k >= 0 && k >= gerund - MAX_PHRASE && tokens.get(k).isWord(); k--) {
            if (tokens.get(k).is("with")) {
                return k + 1 < gerund ? tokens.subList(k + 1, gerund) : List.of();
            }
        }
        return List.of();
    }

    /** "C. D., a political analyst, said" and "the vice president, Jane Roe, said". */
    private List<Token> parenthetical(List<Token> tokens, int comma) {
        int open = comma - 1;
        while (open >= 0 && !tokens.get(open).is(",") && tokens.get(open).kind() != Token.Kind.MASK) {
            open--;
        }
        if (open < 0 || !tokens.get(open).is(",") || open == comma - 1) {
            return List.of();
        }
        List<Token> inside = tokens.subList(open + 1, comma);
        Token first = inside.get(0);
        List<Token> before = phraseEndingAt(tokens, beforeBrackets(tokens, open - 1));
        if (endsWithFullName(before)) {
            return before; // "Richard Roe, U.N. director for the group, told": the name before the commas
        }
        if (first.isCapitalized() && !lexicon.is("determiner", first.text()) && !lexicon.is("clause", first.text())) {
            return inside; // the name stands in the commas
        }
        // "Of Carson, Levine, who …, said": a capitalised word before the commas is the name itself
        boolean described = before.isEmpty() || !before.get(0).isCapitalized();
        List<Token> further = described ? nameBeforeLongAppositive(tokens, open) : null;
        return further != null ? further : before;
    }

    /**
     * "Jane Roe, assistant secretary for refugees, migration and aid, said": an appositive holding commas of its own;
     * the full name before an earlier comma, with no quotation or cue verb between it and the verb.
     */
    private List<Token> nameBeforeLongAppositive(List<Token> tokens, int comma) {
        int k = comma - 1;
        for (int commas = 0; k >= 0 && comma - k <= LONG_APPOSITIVE; k--) {
            Token t = tokens.get(k);
            if (t.kind() == Token.Kind.MASK || lexicon.isCueVerb(t.text()) && !t.isCapitalized()) {
                return null;
            }
            if (t.is(",")) {
                List<Token> name = phraseEndingAt(tokens, beforeBrackets(tokens, k - 1));
                if (endsWithFullName(name)) {
                    return name;
                }
                if (++commas == 3) {
                    return null;
                }
            }
        }
        return null;
    }

    /** "Jane Roe, a former minister said": the appositive's closing comma is missing. */
    private List<Token> unclosedAppositive(List<Token> tokens, List<Token> phrase) {
        if (phrase.isEmpty() || !phrase.get(0).is("a") && !phrase.get(0).is("an")) {
            return phrase;
        }
        int at = tokens.indexOf(phrase.get(0));
        if (at < 2 || !tokens.get(at - 1).is(",")) {
            return phrase;
        }
        List<Token> before = phraseEndingAt(tokens, beforeBrackets(tokens, at - 2));
        return endsWithFullName(before) ? before : phrase;
    }

    private boolean endsWithFullName(List<Token> phrase) {
        int k = phrase.size();
        while (k > 0 && phrase.get(k - 1).isCapitalized() && !lexicon.is("nonname", phrase.get(k - 1).text())
                && !lexicon.isTitle(phrase.get(k - 1).text()) && !phrase.get(k - 1).text().matches(".*\\..+\\.")) {
            k--;
        }
        return phrase.size() - k >= 2;
    }

    /** The speaker phrase after an inverted verb or "according to": up to punctuation or a clause word. */
    private List<Token> forwardPhrase(List<Token> tokens, int from) {
        int end = from;
        while (end < tokens.size() && end - from < MAX_PHRASE) {
            Token t = tokens.get(end);
            if (!t.isWord() || lexicon.is("clause", t.text()) && !t.is("one") || t.is("on")
                    || lexicon.is("nonname", t.text()) && end > from && t.isCapitalized()
                    || lexicon.isCueVerb(t.text()) && end > from) {
                break;
            }
            end++;
        }
        if (end == from || tokens.subList(from, end).stream().noneMatch(Token::isCapitalized)
                && !lexicon.is("determiner", tokens.get(from).text())
                && !lexicon.is("pronoun", tokens.get(from).text())
                && !lexicon.anonymousNouns.contains(tokens.get(from).lower())
                && !lexicon.organizationNouns.contains(tokens.get(from).lower())) {
            return List.of();
        }
        return tokens.subList(from, end);
    }

    /** "Roe's remarks", "her comments", "the claims": after a possessive or a determiner the word is a noun. */
    private boolean isNoun(List<Token> tokens, int verb) {
        if (verb == 0 || !tokens.get(verb - 1).isWord()) {
            return false;
        }
        Token before = tokens.get(verb - 1);
        boolean possessive = !before.bare().equals(before.text()) && !lexicon.is("pronoun", before.bare());
        return possessive || lexicon.is("nounmarker", before.text());
    }

    /** "Residents were told to leave": the subject is spoken to, not speaking. */
    private boolean isPassive(List<Token> tokens, int verb) {
        int j = verb - 1;
        while (j >= 0 && tokens.get(j).isWord() && (tokens.get(j).is("not") || isAdverb(tokens.get(j))
                && !BE_FORMS.contains(tokens.get(j).lower()) && !HAVE_FORMS.contains(tokens.get(j).lower()))) {
            j--;
        }
        return j >= 0 && tokens.get(j).isWord() && BE_FORMS.contains(tokens.get(j).lower());
    }

    /** "close to the family said": a word in -ly after "the" or "to" is a noun, not an adverb. */
    private boolean nounAfterDeterminer(List<Token> tokens, int j) {
        String before = j > 0 ? tokens.get(j - 1).text() : "";
        return lexicon.is("determiner", before) || lexicon.is("preposition", before);
    }

    private boolean isBoundary(Token t) {
        return !t.isWord() || lexicon.is("clause", t.text()) || lexicon.isCueVerb(t.text()) && !t.isCapitalized();
    }

    private boolean isAdverb(Token t) {
        String w = t.lower();
        return lexicon.is("auxiliary", w) || w.length() > 4 && w.endsWith("ly") && !lexicon.anonymousNouns.contains(w);
    }
}
