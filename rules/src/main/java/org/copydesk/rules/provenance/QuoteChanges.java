package org.copydesk.rules.provenance;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.copydesk.core.Quote;

/**
 * The direct quotes a copy changed from its source: a quote of the copy is matched to the source's quote sharing
 * most of its words; the same words credited to another speaker by name, or other words where neither quote is a
 * cut of the other, are a change. Only the words inside quotation marks count when a quote's text carries its
 * reported speech around them (a partial quote): an edit outside the marks changes no quote. Quote typography,
 * case and punctuation never count (they are compared as {@link BodyWords}), a quote the copy shortened is not a
 * change, and the speaker compared is the one written beside the quote: a pronoun resolved differently in two
 * layouts of one story is not a swap. A quote only one of them has is none of this class's business.
 */
public final class QuoteChanges {

    /** Quotes shorter than this many words ("yes", "a disgrace") match too easily to compare. */
    static final int MIN_WORDS = 5;
    /** The share of the longer quote's words two quotes must have in common to be one quote. */
    static final double SAME_QUOTE = 0.6;

    private QuoteChanges() {
    }

    /**
     * A direct quote as compared: its text, the speaker as written beside it ({@code null} when none is named
     * there: a pronoun or nobody), where it stands in its document.
     */
    public record Said(String text, String speaker, int start, int end) {
        /** A document's quote: a speaker resolved from a pronoun ("he") counts as not named beside it. */
        public static Said of(Quote q) {
            String written = q.resolution() != null ? q.resolution().written() : q.speaker();
            boolean named = written != null && !written.isBlank() && Character.isUpperCase(written.charAt(0));
            return new Said(q.text(), named ? written : null, q.span().start(), q.span().end());
        }
    }

    public enum Kind {
        WORDS, SPEAKER
    }

    /** One quote of the copy against the source's. */
    public record Change(Said copy, Said source, Kind kind) {
    }

    public static List<Change> between(List<Said> copy, List<Said> source) {
        List<List<String>> sourceWords = source.stream().map(s -> words(s.text())).toList();
        List<Change> out = new ArrayList<>();
        for (Said c : copy) {
            List<String> w = words(c.text());
            if (w.size() < MIN_WORDS) {
                continue;
            }
            int best = -1;
            double bestShare = 0;
            for (int j = 0; j < source.size(); j++) {
                double share = common(w, sourceWords.get(j));
                if (share > bestShare) {
                    best = j;
                    bestShare = share;
                }
            }
            if (best < 0 || bestShare < SAME_QUOTE) {
                continue;
            }
            List<String> theirs = sourceWords.get(best);
            if (w.equals(theirs)) {
                if (differentPeople(c.speaker(), source.get(best).speaker())) {
                    out.add(new Change(c, source.get(best), Kind.SPEAKER));
                }
            } else if (!contains(w, theirs) && !contains(theirs, w)) {
                out.add(new Change(c, source.get(best), Kind.WORDS));
            }
        }
        return out;
    }

    /** The quote's words: those inside its quotation marks when it has any, else all of them. */
    private static List<String> words(String text) {
        BodyWords b = BodyWords.of(text);
        boolean marked = false;
        for (int i = 0; i < b.size() && !marked; i++) {
            marked = b.quoted(i);
        }
        List<String> out = new ArrayList<>(b.size());
        for (int i = 0; i < b.size(); i++) {
            if (!marked || b.quoted(i)) {
                out.add(b.word(i));
            }
        }
        return out;
    }

    /** The words two quotes have in common (as multisets), as a share of the longer one. */
    private static double common(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Map<String, Integer> counts = new HashMap<>();
        b.forEach(x -> counts.merge(x, 1, Integer::sum));
        int shared = 0;
        for (String x : a) {
            Integer n = counts.get(x);
            if (n != null && n > 0) {
                shared++;
                counts.put(x, n - 1);
            }
        }
        return (double) shared / Math.max(a.size(), b.size());
    }

    /** Whether {@code part} is a run of consecutive words of {@code whole}. */
    private static boolean contains(List<String> whole, List<String> part) {
        return Collections.indexOfSubList(whole, part) >= 0;
    }

    /** Two named speakers who are not the same person by surname ("Ana Ruiz" is "Ruiz"). */
    private static boolean differentPeople(String a, String b) {
        if (a == null || b == null || a.isBlank() || b.isBlank()) {
            return false;
        }
        return !surname(a).equals(surname(b));
    }

    private static String surname(String name) {
        String[] parts = name.strip().split("\\s+");
        return parts[parts.length - 1].toLowerCase(Locale.ROOT);
    }
}
