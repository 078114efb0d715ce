package org.copydesk.ingest.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.copydesk.core.SpeakerKind;

/**
 * Turns a cue's speaker phrase into a speaker: a person's fullest name without titles ("Military spokesperson
 * Major-General A. B. Cee" → "A. B. Cee"), an anonymous source ("one official"), an organisation ("the foreign
 * ministry") or a pronoun resolved to its antecedent.
 */
final class SpeakerFinder {

    /** Who a cue credits: the speaker's name or phrase, its kind, and the speaker object when there is one. */
    record Credit(String name, SpeakerKind kind, Speaker speaker) {
    }

    private final Lexicon lexicon;
    private final PersonRegistry registry;
    private final PronounResolver pronouns;
    private final String text;

    SpeakerFinder(Lexicon lexicon, PersonRegistry registry, PronounResolver pronouns, String text) {
        this.lexicon = lexicon;
        this.registry = registry;
        this.pronouns = pronouns;
        this.text = text;
    }

    /** The credit for {@code cue}, or null when its phrase names no plausible speaker. */
    Credit credit(Cue cue, int sentenceStart) {
        List<Token> phrase = cue.phrase();
        if (phrase.size() == 1 && lexicon.is("pronoun", phrase.get(0).text())) {
            String p = phrase.get(0).lower();
            int before = p.equals("he") || p.equals("she") ? sentenceStart : cue.clause().start();
            Speaker s = pronouns.resolve(p, before, cue.para());
            if (s == null && before != cue.clause().start()) {
                s = pronouns.resolve(p, cue.clause().start(), cue.para()); // a speaker earlier in the sentence
            }
            return s == null ? new Credit(phrase.get(0).text(), SpeakerKind.PRONOUN, null) : credit(s);
        }
        List<Token> titled = titledName(phrase);
        if (titled != null) {
            return named(titled, cue);
        }
        List<Token> head = head(phrase);
        int unknown = 0;
        for (Token t : head) {
            unknown += !t.isCapitalized() && !knownInPhrase(t.lower()) ? 1 : 0;
        }
        Token last = head.get(head.size() - 1);
        String display = Token.join(phrase, text);
        if (registry.isNameToken(last)) {
            int k = head.size() - 1;
            while (k > 0 && registry.isNameToken(head.get(k - 1))) {
                k--;
            }
            List<Token> run = head.subList(k, head.size());
            // "diver Jane Roe said": any role word may stand before a full name; a lone surname needs a clean phrase
            if (registry.looksLikePerson(run) && (run.size() > 1 || unknown == 0)) {
                return named(run, cue);
            }
            if (unknown > 0) {
                return null;
            }
            String w = last.bare().toLowerCase(Locale.ROOT);
            if (run.size() == 1 && lexicon.anonymousNouns.contains(w)) {
                return anonymous(display, w);
            }
            return new Credit(display, SpeakerKind.ORGANIZATION, new Speaker(display, SpeakerKind.ORGANIZATION,
                    false, (char) 0));
        }
        String h = last.bare().toLowerCase(Locale.ROOT);
        if (unknown > 2) {
            return null; // too much unknown text before the head noun to be a speaker phrase
        }
        boolean anonymous = lexicon.anonymousNouns.contains(h);
        boolean role = lexicon.isRoleNoun(h);
        if (anonymous || role || lexicon.isTitle(h)) {
            if (phrase.get(0).is("the")) {
                Speaker named = registry.byTitle(titleWords(phrase), cue.clause().start());
                if (named == null && role && !lexicon.anonymousNouns.contains(h)) {
                    named = pronouns.nearestPerson(cue.clause().start(), cue.para()); // "the candidate": her again
                }
                if (named != null) {
                    return new Credit(display, SpeakerKind.NAMED, named); // "the minister", standing for her
                }
                if (isOffice(head)) {
                    return credit(new Speaker(display, SpeakerKind.NAMED, false, (char) 0));
                }
            }
            return anonymous(display, h);
        }
        if (lexicon.organizationNouns.contains(h) || lexicon.places.contains(h) || lexicon.documentNouns.contains(h)) {
            boolean plural = h.equals("authorities") || h.equals("forces");
            return new Credit(display, SpeakerKind.ORGANIZATION, new Speaker(display, SpeakerKind.ORGANIZATION,
                    plural, (char) 0));
        }
        return null;
    }

    private Credit named(List<Token> name, Cue cue) {
        Speaker s = registry.person(name);
        if (cue.pronounAfter() != null) {
            s.learnGender(cue.pronounAfter().equals("he") ? 'm' : 'f');
        }
        return credit(s);
    }

    /** A name ending the whole phrase right after a title, across prepositions ("Secretary of State A. Bee"). */
    private List<Token> titledName(List<Token> phrase) {
        int k = phrase.size() - 1;
        if (!registry.isNameToken(phrase.get(k))) {
            return null;
        }
        while (k > 0 && registry.isNameToken(phrase.get(k - 1))) {
            k--;
        }
        while (k < phrase.size() - 2 && phrase.get(k).text().matches("(\\p{Lu}\\.)+")) {
            k++; // "…to the U.N. Linda Roe": the acronym belongs to the title
        }
        List<Token> run = phrase.subList(k, phrase.size());
        boolean titled = k > 0 && (lexicon.isTitle(phrase.get(k - 1).text())
                || phrase.get(k - 1).text().matches("(\\p{Lu}\\.)+") && run.size() >= 2
                && phrase.subList(0, k).stream().anyMatch(t -> lexicon.isTitle(t.text())));
        return titled && registry.looksLikePerson(run) ? run : null;
    }

    /** "the prime minister", "the managing director": a one-holder office, identifiable without the name. */
    private boolean isOffice(List<Token> head) {
        String words = titleWords(head);
        for (String office : lexicon.offices) {
            if (words.equals(office) || words.endsWith(" " + office)) {
                return true;
            }
        }
        return false;
    }

    private Credit anonymous(String display, String head) {
        boolean plural = head.equals("people") || head.endsWith("s") && lexicon.anonymousNouns.contains(
                head.substring(0, head.length() - 1));
        return new Credit(display, SpeakerKind.ANONYMOUS, new Speaker(display, SpeakerKind.ANONYMOUS, plural,
                (char) 0));
    }

    private static Credit credit(Speaker s) {
        return new Credit(s.display, s.kind, s);
    }

    /** The phrase up to its first preposition ("a spokesperson | for the embassy"). */
    private List<Token> head(List<Token> phrase) {
        for (int i = 1; i < phrase.size(); i++) {
            if (lexicon.is("preposition", phrase.get(i).text()) && !phrase.get(i).isCapitalized()) {
                return phrase.subList(0, i);
            }
        }
        return phrase;
    }

    private boolean knownInPhrase(String w) {
        return lexicon.is("determiner", w) || lexicon.is("modifier", w) || lexicon.isTitle(w) || lexicon.isRoleNoun(w)
                || lexicon.anonymousNouns.contains(w) || lexicon.organizationNouns.contains(w)
                || lexicon.documentNouns.contains(w)
                || lexicon.is("preposition", w) || w.endsWith("’s") || w.endsWith("'s");
    }

    /** "The former secretary of state" → "secretary of state", to match the words a person was introduced by. */
    private String titleWords(List<Token> phrase) {
        List<String> words = new ArrayList<>();
        for (Token t : phrase) {
            String w = t.lower();
            if (!lexicon.is("determiner", w) && !w.equals("former") && !w.equals("outgoing")) {
                words.add(w);
            }
        }
        return String.join(" ", words);
    }
}
