package org.copydesk.ingest.quotes;

import org.copydesk.core.SpeakerKind;
import org.copydesk.core.Span;

/**
 * Someone a statement can be credited to: a named person (one object per person, however often named), an
 * anonymous source or an organisation. Gender starts unknown and is learnt from honorifics and pronouns.
 */
final class Speaker {

    final String display;
    final SpeakerKind kind;
    final boolean plural;
    private char gender;
    /** Where the article first names this person in full, or null when it is not a person named in the text. */
    private Span introduced;

    Speaker(String display, SpeakerKind kind, boolean plural, char gender) {
        this.display = display;
        this.kind = kind;
        this.plural = plural;
        this.gender = gender;
    }

    char gender() {
        return gender;
    }

    Span introduced() {
        return introduced;
    }

    /** Records where the person is named in full; the first place recorded stays. */
    void introducedAt(Span where) {
        if (introduced == null) {
            introduced = where;
        }
    }

    void learnGender(char g) {
        if (gender == 0) {
            gender = g;
        }
    }

    /** Whether a pronoun ("he", "she", "they", "it") can stand for this speaker. */
    boolean agreesWith(String pronoun) {
        switch (pronoun) {
            case "he":
            case "she":
                return !plural && (kind == SpeakerKind.NAMED || kind == SpeakerKind.ANONYMOUS)
                        && (gender == 0 || gender == (pronoun.equals("he") ? 'm' : 'f'));
            case "they":
                return plural || kind == SpeakerKind.ORGANIZATION;
            case "it":
                return kind == SpeakerKind.ORGANIZATION && !plural;
            default:
                return false;
        }
    }

    @Override
    public String toString() {
        return display + " (" + kind.id() + ")";
    }
}
