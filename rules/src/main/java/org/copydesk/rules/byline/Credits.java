package org.copydesk.rules.byline;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.copydesk.core.ArticleMetadata;
import org.copydesk.core.Byline;
import org.copydesk.core.CreditLine;
import org.copydesk.core.CreditPlacement;
import org.copydesk.core.Span;
import org.copydesk.rules.Evidence;

/** What the byline rules share: where to point at a credit, and how to compare two people's names. */
final class Credits {

    private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");

    private Credits() {
    }

    /** The visible credit an editor would look at: the top credit line, any credit line, a byline's span. */
    static Span where(ArticleMetadata article) {
        for (CreditPlacement p : List.of(CreditPlacement.TOP, CreditPlacement.TRAILING)) {
            for (CreditLine c : article.creditLines()) {
                if (c.placement() == p) {
                    return c.span();
                }
            }
        }
        return article.bylines().stream().map(Byline::span).filter(s -> s != null).findFirst()
                .orElse(Evidence.WHOLE_DOCUMENT);
    }

    /** A name's word tokens, lower case, without generational suffixes. */
    static List<String> tokens(String name) {
        return Arrays.stream(name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{M}'’-]+"))
                .map(t -> t.replaceAll("^[-'’]+|[-'’]+$", ""))
                .filter(t -> t.length() >= 2 && !SUFFIXES.contains(t)).toList();
    }

    /**
     * Whether two credited names may be the same person: one's surname (last token) is among the other's
     * tokens. Both directions, so "Roe, Jane" matches "Jane Roe" and "J. Roe" matches "Jane Roe".
     */
    static boolean samePerson(String a, String b) {
        List<String> ta = tokens(a);
        List<String> tb = tokens(b);
        if (ta.isEmpty() || tb.isEmpty()) {
            return true; // nothing to compare: do not claim a conflict
        }
        return tb.contains(ta.get(ta.size() - 1)) || ta.contains(tb.get(tb.size() - 1));
    }
}
