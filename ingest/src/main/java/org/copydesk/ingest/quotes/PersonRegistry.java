package org.copydesk.ingest.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import org.copydesk.core.SpeakerKind;
import org.copydesk.core.Span;
import org.copydesk.core.StartOrder;

/**
 * The people an article names, each under the fullest form of the name it uses ("Defence Secretary Jane Q. Roe"
 * makes a later "Roe" mean "Jane Q. Roe"), with the titles they were introduced by and where they are mentioned.
 */
final class PersonRegistry {

    /** One place a person is named outside quotations, with the title words written before the name. */
    record Mention(Speaker person, int start, int para, String title) {
    }

    private record Person(List<String> tokens, Speaker speaker) {
    }

    private final Lexicon lexicon;
    private final List<Person> people = new ArrayList<>();
    /** {@link #people} by their last (normalised) name token, each list in registration order. */
    private final Map<String, List<Person>> peopleByLast = new HashMap<>();
    private final List<Mention> mentions = new ArrayList<>();
    /** Where every mention starts, so that a later scan does not mention the same word twice. */
    private final Set<Integer> mentionStarts = new HashSet<>();
    /** Whether {@link #mentions} waits to be put in text order (after {@link #scanSurnames}), done when read. */
    private boolean unsorted;
    /** Whether the first {@link #orderedSize} mentions were found in text order ({@link #firstBetween}). */
    private boolean ordered;
    private int orderedSize = -1;
    /*
     * Every run of two or more name-like words, for a surname the article never introduced with a title: the
     * paragraph of the first run starting at each offset, and the first run ending in each (normalised) surname.
     */
    private final Map<Integer, Integer> nameRunParas = new HashMap<>();
    private final Map<String, List<Token>> runBySurname = new HashMap<>();

    PersonRegistry(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Every mention, in text order (ties in the order they were found). */
    List<Mention> mentions() {
        sortMentions();
        return mentions;
    }

    /**
     * Puts the mentions in text order once they are read, rather than after each sentence's surnames: the sort
     * is stable, so one sort gives the order that sorting after every sentence gave, without a pass over all
     * mentions per sentence.
     */
    private void sortMentions() {
        if (unsorted) {
            mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
            unsorted = false;
        }
    }

    /**
     * The first mention (in {@link #mentions()} order) starting at or after {@code from} and before
     * {@code before}, or {@code null}: found by bisection while the mentions are in text order.
     */
    Mention firstBetween(int from, int before) {
        if (!inTextOrder()) {
            for (Mention m : mentions) {
                if (m.start() >= from && m.start() < before) {
                    return m;
                }
            }
            return null;
        }
        int i = firstFrom(from);
        return i < mentions.size() && mentions.get(i).start() < before ? mentions.get(i) : null;
    }

    /** Whether {@link #mentions()} are in text order, which {@link #firstFrom} needs. */
    boolean inTextOrder() {
        sortMentions();
        if (orderedSize != mentions.size()) {
            ordered = true;
            for (int i = 1; i < mentions.size() && ordered; i++) {
                ordered = mentions.get(i - 1).start() <= mentions.get(i).start();
            }
            orderedSize = mentions.size();
        }
        return ordered;
    }

    /** The index in {@link #mentions()} of the first mention starting at or after {@code from}, while {@link #inTextOrder}. */
    int firstFrom(int from) {
        sortMentions();
        return StartOrder.startingBefore(mentions.size(), i -> mentions.get(i).start(), from);
    }

    private void mention(Mention m) {
        mentions.add(m);
        mentionStarts.add(m.start());
    }

    /** Registers the titled and clause-initial names of one sentence (quotations masked). */
    void scan(List<Token> tokens, int para) {
        collectRuns(tokens, para);
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            boolean titled = t.isWord() && lexicon.isTitle(t.text()) && i + 1 < tokens.size()
                    && isNameToken(tokens.get(i + 1));
            // "presidential candidate Jane Roe": a role word before a full name introduces her by that role
            titled |= t.isWord() && !t.isCapitalized() && lexicon.isRoleNoun(t.text()) && i + 2 < tokens.size()
                    && isNameToken(tokens.get(i + 1)) && isNameToken(tokens.get(i + 2));
            boolean clauseStart = (i == 0 || tokens.get(i - 1).is(",")) && isNameToken(t);
            // "shipping magnate Theo Vanterpool": a known given name starts a name anywhere
            boolean given = isNameToken(t) && lexicon.givenNames.containsKey(t.lower()) && i + 1 < tokens.size()
                    && isNameToken(tokens.get(i + 1));
            if (!titled && !clauseStart && !given) {
                continue;
            }
            int from = titled ? i + 1 : i;
            int j = from;
            while (j < tokens.size() && isNameToken(tokens.get(j))) {
                j++;
                if (!tokens.get(j - 1).bare().equals(tokens.get(j - 1).text())) {
                    break; // a possessive ends the name
                }
            }
            List<Token> run = tokens.subList(from, j);
            boolean followedWell = j == tokens.size() || !tokens.get(j).isCapitalized();
            if (!looksLikePerson(run) || !titled && (run.size() < 2 || !followedWell)) {
                continue;
            }
            String title = titled ? titleBefore(tokens, i) : i > 0 ? titleBefore(tokens, i - 2) : "";
            Speaker person = person(run);
            if (titled) {
                Character g = lexicon.titleGender.get(t.lower());
                if (g != null) {
                    person.learnGender(g);
                }
            }
            mention(new Mention(person, run.get(0).start(), para, title));
            i = j - 1;
        }
    }

    /** Adds a mention for every bare surname of a known person ("Gates noted…"). */
    void scanSurnames(List<Token> tokens, int para) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.isCapitalized() || mentionStarts.contains(t.start())) {
                continue;
            }
            boolean known = false;
            for (Person p : peopleByLast.getOrDefault(norm(t.bare()), List.of())) {
                if (p.tokens.size() > 1) {
                    mention(new Mention(fullest(List.of(norm(t.bare()))), t.start(), para, ""));
                    known = true;
                    break;
                }
            }
            boolean alone = (i == 0 || !isNameToken(tokens.get(i - 1)))
                    && (i + 1 == tokens.size() || !isNameToken(tokens.get(i + 1)));
            List<Token> run = known || !alone ? null : runEndingWith(norm(t.bare()));
            if (run != null && run.get(run.size() - 1).start() != t.start()) {
                // "Darren Roe’s window" … "Roe says": a surname used alone makes the full name a person
                Speaker person = person(run);
                mention(new Mention(person, t.start(), para, ""));
                if (!mentionStarts.contains(run.get(0).start())) {
                    mention(new Mention(person, run.get(0).start(), paraOf(run.get(0).start()), ""));
                }
            }
        }
        unsorted = true;
    }

    /** The person a name stands for, under the fullest form seen; registered if new. */
    Speaker person(List<Token> written) {
        List<Token> name = withoutRole(written);
        List<String> toks = new ArrayList<>();
        for (Token t : name) {
            toks.add(norm(t.bare()));
        }
        Speaker found = fullest(toks);
        if (found != null) {
            return found;
        }
        if (name.size() == 1) {
            List<Token> full = runEndingWith(toks.get(0));
            if (full != null) {
                return person(full);
            }
        }
        StringBuilder display = new StringBuilder();
        for (Token t : name) {
            display.append(display.length() == 0 ? "" : " ").append(t.bare());
        }
        Speaker s = new Speaker(display.toString(), SpeakerKind.NAMED, false,
                name.size() > 1 ? lexicon.givenNameGender(name.get(0).bare()) : (char) 0);
        s.introducedAt(new Span(name.get(0).start(), name.get(name.size() - 1).end()));
        Person added = new Person(toks, s);
        people.add(added);
        peopleByLast.computeIfAbsent(toks.get(toks.size() - 1), k -> new ArrayList<>()).add(added);
        return s;
    }

    private int paraOf(int start) {
        return nameRunParas.getOrDefault(start, 0);
    }

    private void collectRuns(List<Token> tokens, int para) {
        int i = 0;
        while (i < tokens.size()) {
            int j = i;
            while (j < tokens.size() && isNameToken(tokens.get(j))) {
                j++;
            }
            if (j - i >= 2 && looksLikePerson(tokens.subList(i, j))) {
                List<Token> run = tokens.subList(i, j);
                nameRunParas.putIfAbsent(run.get(0).start(), para);
                runBySurname.putIfAbsent(norm(run.get(run.size() - 1).bare()), run);
            }
            i = j + 1;
        }
    }

    /** "Mr Vanterpool" after "shipping magnate Theo Vanterpool": the first longer name ending in the surname. */
    private List<Token> runEndingWith(String surname) {
        return runBySurname.get(surname);
    }

    /** "Ecologist Rania Haddad" opening a sentence: a capitalised role word before a known given name. */
    private List<Token> withoutRole(List<Token> run) {
        String first = run.get(0).lower();
        if (run.size() >= 3 && !lexicon.givenNames.containsKey(first)
                && (lexicon.givenNames.containsKey(run.get(1).lower()) || first.endsWith("ist"))) {
            return run.subList(1, run.size());
        }
        return run;
    }

    private Speaker fullest(List<String> toks) {
        Person best = null;
        // only people with the same last name can match: the others are not looked at
        for (Person p : peopleByLast.getOrDefault(toks.get(toks.size() - 1), List.of())) {
            if (p.tokens.containsAll(toks) && (best == null || p.tokens.size() > best.tokens.size())) {
                best = p;
            }
        }
        return best == null ? null : best.speaker;
    }

    /** The nearest person before {@code before} introduced with these title words ("the minister"). */
    Speaker byTitle(String words, int before) {
        sortMentions();
        Speaker hit = null;
        for (Mention m : mentions) {
            if (m.start() < before && !m.title().isEmpty() && titleMatches(m.title(), words)) {
                hit = m.person();
            }
        }
        return hit;
    }

    /** "the minister" matches "interior minister"; "the lawmaker" matches "senator" through title-synonyms.txt. */
    private boolean titleMatches(String title, String words) {
        String padded = " " + title + " ";
        if (padded.contains(" " + words + " ")) {
            return true;
        }
        for (String synonym : lexicon.titleSynonyms.getOrDefault(words, Set.of())) {
            if (padded.contains(" " + synonym + " ")) {
                return true;
            }
        }
        return false;
    }

    boolean isNameToken(Token t) {
        if (!t.isCapitalized()) {
            return false;
        }
        String w = t.lower();
        return !lexicon.isTitle(w) && !lexicon.is("nonname", w) && !lexicon.is("determiner", w)
                && !lexicon.is("pronoun", w) && !lexicon.is("clause", w) && !lexicon.isCueVerb(w)
                && !lexicon.is("preposition", w);
    }

    boolean looksLikePerson(List<Token> run) {
        if (run.isEmpty()) {
            return false;
        }
        for (Token t : run) {
            String bare = t.bare();
            String w = bare.toLowerCase(Locale.ROOT);
            boolean acronym = bare.length() > 1 && bare.equals(bare.toUpperCase(Locale.ROOT)) && !bare.contains(".");
            if (acronym || lexicon.places.contains(w) || lexicon.organizationNouns.contains(w)
                    || lexicon.outletWords.contains(w) || lexicon.anonymousNouns.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** The lower-case words before a name that describe the person ("us secretary of state"). */
    private String titleBefore(List<Token> tokens, int i) {
        StringBuilder sb = new StringBuilder();
        for (int k = i; k >= 0 && k > i - 6; k--) {
            Token t = tokens.get(k);
            if (!t.isWord() || lexicon.is("clause", t.text()) && !t.is("of") || lexicon.is("determiner", t.text())) {
                break;
            }
            sb.insert(0, t.lower() + " ");
        }
        return sb.toString().strip();
    }

    private static String norm(String token) {
        return token.replace(".", "");
    }
}
