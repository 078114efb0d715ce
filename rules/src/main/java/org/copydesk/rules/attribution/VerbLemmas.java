package org.copydesk.rules.attribution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.copydesk.rules.PhraseList;

/**
 * Matches cue verbs against a list of lemmas across English inflections, so the list holds "claim" and
 * "claims", "claimed", "claiming" all match; multi-word entries ("point out") match as a run of words.
 */
final class VerbLemmas {

    private final List<List<String>> entries;

    VerbLemmas(PhraseList list) {
        this.entries = list.lowerCase().stream().map(e -> Arrays.asList(e.split("\\s+"))).toList();
    }

    /** The list entry {@code verb} is an inflection of, or {@code null}. */
    String match(String verb) {
        if (verb == null) {
            return null;
        }
        String[] words = verb.toLowerCase(Locale.ROOT).strip().split("[^\\p{L}]+");
        for (List<String> entry : entries) {
            for (int i = 0; i + entry.size() <= words.length; i++) {
                if (matchesAt(words, i, entry)) {
                    return String.join(" ", entry);
                }
            }
        }
        return null;
    }

    private static boolean matchesAt(String[] words, int at, List<String> entry) {
        // Only the first word of a phrasal verb inflects ("pointed out").
        if (!candidates(words[at]).contains(entry.get(0))) {
            return false;
        }
        for (int j = 1; j < entry.size(); j++) {
            if (!words[at + j].equals(entry.get(j))) {
                return false;
            }
        }
        return true;
    }

    /** The lemmas {@code word} may be an inflection of. */
    static Set<String> candidates(String word) {
        Set<String> c = new HashSet<>();
        c.add(word);
        if (word.endsWith("ies") || word.endsWith("ied")) {
            c.add(word.substring(0, word.length() - 3) + "y");
        }
        for (String suffix : List.of("es", "s", "ed", "d", "ing")) {
            if (word.endsWith(suffix) && word.length() > suffix.length() + 2) {
                String stem = word.substring(0, word.length() - suffix.length());
                c.addAll(stems(stem));
                if (suffix.equals("ing")) {
                    c.add(stem + "e");
                }
            }
        }
        return c;
    }

    private static List<String> stems(String stem) {
        List<String> s = new ArrayList<>();
        s.add(stem);
        int n = stem.length();
        if (n > 2 && stem.charAt(n - 1) == stem.charAt(n - 2)) {
            s.add(stem.substring(0, n - 1)); // admitted → admit
        }
        return s;
    }
}
