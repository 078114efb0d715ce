package org.copydesk.ingest.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.copydesk.core.SpeakerKind;

/**
 * Resolves "he said", "she added", "they said", "it said" to the nearest earlier speaker or person mention that
 * agrees in gender and number, looking back a few paragraphs at most.
 */
final class PronounResolver {

    /** How many paragraphs back an antecedent may stand. */
    private static final int REACH = 3;

    private record Candidate(int pos, int para, Speaker speaker) {
    }

    private final List<Candidate> candidates = new ArrayList<>();

    void add(int pos, int para, Speaker speaker) {
        int i = candidates.size();
        while (i > 0 && candidates.get(i - 1).pos() > pos) {
            i--;
        }
        candidates.add(i, new Candidate(pos, para, speaker));
    }

    /** The nearest one person named before {@code before}, whatever the gender, for "the candidate"; or null. */
    Speaker nearestPerson(int before, int para) {
        return nearest(before, para,
                s -> s.kind == SpeakerKind.NAMED && !s.plural && s.introduced() != null);
    }

    /** The antecedent of {@code pronoun} (lower case) standing before {@code before}, or null. */
    Speaker resolve(String pronoun, int before, int para) {
        Speaker s = nearest(before, para, c -> c.agreesWith(pronoun));
        if (s != null && (pronoun.equals("he") || pronoun.equals("she"))) {
            s.learnGender(pronoun.equals("he") ? 'm' : 'f');
        }
        return s;
    }

    /** The nearest candidate before {@code before}, at most {@link #REACH} paragraphs back, that {@code fits}. */
    private Speaker nearest(int before, int para, Predicate<Speaker> fits) {
        for (int i = candidates.size() - 1; i >= 0; i--) {
            Candidate c = candidates.get(i);
            if (c.pos() >= before) {
                continue;
            }
            if (para - c.para() > REACH) {
                break;
            }
            if (fits.test(c.speaker())) {
                return c.speaker();
            }
        }
        return null;
    }
}
