package org.copydesk.rules.provenance;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.copydesk.core.Byline;
import org.copydesk.core.CreditLine;
import org.copydesk.core.ExtractedDocument;
import org.copydesk.core.Segment;
import org.copydesk.core.SegmentRole;
import org.copydesk.core.Span;
import org.copydesk.core.WireAgencies;

/**
 * The agencies a document credits for its story: named in a byline ("Lee Park for Reuters"), a credit line
 * ("(AFP)", "Source: AP"), the dateline ("WASHINGTON (AP) —", read from the text beside the place) or a short line just before or after the article
 * (a tagline, a source line under a desk byline). Never the body: "told Reuters" names a source, not a credit.
 */
public final class Credits {

    /** Lines next to the article that may carry its credit: this many on each side, each at most this long. */
    private static final int NEIGHBOURS = 3;
    private static final int SHORT_LINE = 200;
    /** A line of this many words or fewer, not a sentence, that names an agency is a credit ("Via Reuters"). */
    private static final int FEW_WORDS = 4;
    /** A dateline's qualifier ("(AP)", "(Reuters)", "(dpa/lnw)") is read within this many characters of the place. */
    private static final int QUALIFIER = 40;

    private Credits() {
    }

    public static List<String> of(ExtractedDocument doc, WireAgencies agencies) {
        Set<String> out = new LinkedHashSet<>();
        for (Byline b : doc.article().bylines()) {
            out.addAll(agencies.mentioned(b.name()));
        }
        for (CreditLine c : doc.article().creditLines()) {
            out.addAll(agencies.mentioned(c.raw()));
        }
        out.addAll(agencies.mentioned(datelineQualifier(doc)));
        for (String line : besideTheArticle(doc.segments())) {
            out.addAll(agencies.mentioned(line));
        }
        for (String line : edgesOfTheArticle(doc.segments())) {
            if (creditShaped(line, agencies)) {
                out.addAll(agencies.mentioned(line));
            }
        }
        return List.copyOf(out);
    }

    /**
     * The dateline's parenthesised qualifier ("(AP)" in "KESTREL BAY (AP) —"): what stands between the place
     * and the dash or colon that ends the dateline; empty when there is none.
     */
    static String datelineQualifier(ExtractedDocument doc) {
        Span place = doc.article().datelineSpan();
        if (place == null || place.end() > doc.text().length()) {
            return "";
        }
        String rest = doc.text().substring(place.end(), Math.min(doc.text().length(), place.end() + QUALIFIER));
        int open = rest.indexOf('(');
        int close = rest.indexOf(')');
        return open >= 0 && close > open && rest.substring(0, open).strip().matches("[,\\s]*")
                ? rest.substring(open, close + 1) : "";
    }

    /**
     * Whether a paragraph at the article's edge is a credit rather than a sentence that names a source: it opens
     * with the agency ("Reuters contributed to this report", "— AFP"), stands in parentheses ("(Reporting by …
     * for Reuters)") or is a few words that do not end a sentence ("Via AP", but not "He told Reuters.").
     */
    static boolean creditShaped(String line, WireAgencies agencies) {
        String s = line.strip();
        if (s.length() > SHORT_LINE || agencies.mentioned(s).isEmpty()) {
            return false;
        }
        boolean fewWords = s.split("\\s+").length <= FEW_WORDS && ".!?".indexOf(s.charAt(s.length() - 1)) < 0;
        return s.startsWith("(") && s.endsWith(")") || fewWords || agencies.opening(s).isPresent();
    }

    /** The first and the last paragraph of the article's body: where a credit left in the body stands. */
    private static List<String> edgesOfTheArticle(List<Segment> segments) {
        List<String> body = segments.stream().filter(s -> s.role() == SegmentRole.BODY).map(Segment::content)
                .filter(t -> !t.isEmpty()).toList();
        if (body.isEmpty()) {
            return List.of();
        }
        return body.size() == 1 ? List.of(body.get(0)) : List.of(body.get(0), body.get(body.size() - 1));
    }

    /** The short non-body lines just before the first body segment and just after the last one. */
    private static List<String> besideTheArticle(List<Segment> segments) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < segments.size(); i++) {
            if (segments.get(i).role() == SegmentRole.BODY) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        List<String> lines = new ArrayList<>();
        if (first < 0) {
            return lines;
        }
        for (int i = first - 1, taken = 0; i >= 0 && taken < NEIGHBOURS; i--) {
            taken += take(segments.get(i), lines);
        }
        for (int i = last + 1, taken = 0; i < segments.size() && taken < NEIGHBOURS; i++) {
            taken += take(segments.get(i), lines);
        }
        return lines;
    }

    private static int take(Segment s, List<String> lines) {
        String text = s.content();
        if (text.isEmpty()) {
            return 0;
        }
        if (text.length() <= SHORT_LINE) {
            lines.add(text);
        }
        return 1;
    }
}
