package org.copydesk.ingest.dates;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Cheap necessary conditions checked before the date regexes: a region without a digit cannot hold a numeric
 * date, and one without any month name (as the strict grammar writes them) cannot hold a month.
 */
final class Needles {

    private Needles() {
    }

    /**
     * The Title Case and UPPER CASE forms of {@code words} (as {@link DateVocabulary#casedAlternation} matches
     * them), without any form that contains another: "Sep" stands for "Sept" and "September".
     */
    @SafeVarargs
    static List<String> cased(DateVocabulary v, Collection<String>... words) {
        Set<String> forms = new LinkedHashSet<>();
        for (Collection<String> list : words) {
            forms.addAll(v.casedForms(list));
        }
        List<String> out = new ArrayList<>();
        for (String f : forms) {
            if (!f.isEmpty() && forms.stream().noneMatch(o -> !o.isEmpty() && !o.equals(f) && f.contains(o))) {
                out.add(f);
            }
        }
        return List.copyOf(out);
    }

    static boolean any(String text, List<String> needles) {
        for (String n : needles) {
            if (text.contains(n)) {
                return true;
            }
        }
        return false;
    }

    static boolean hasDigit(CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static boolean hasDigit(String text) {
        return hasDigit(text, 0, text.length());
    }
}
