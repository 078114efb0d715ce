package org.copydesk.ingest.confidence;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.core.ArticleMetadata;
import org.copydesk.core.Byline;
import org.copydesk.core.BylineKind;
import org.copydesk.core.CreditPlacement;
import org.copydesk.core.DateEvidence;
import org.copydesk.core.DateValue;
import org.copydesk.core.ExtractedDocument;
import org.copydesk.core.LanguageCatalog;
import org.copydesk.core.Segment;
import org.copydesk.core.SegmentRole;
import org.copydesk.ingest.text.SentenceShape;
import org.copydesk.ingest.text.TextSize;
import org.copydesk.ingest.text.WordTrigrams;

/**
 * The signals a field's confidence is read from, per field, by name: how long and how whole the body is, how
 * much of the page was kept, whether the page's own markup body agrees with it; where the publication date came
 * from and how many other dates agree; where the bylines came from and what they look like. Every value is a
 * plain number (0 or 1 for a yes/no signal) so that {@link ConfidenceModel} weighs them with its coefficients.
 */
public final class ConfidenceFeatures {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final int SHORT_PARAGRAPH_WORDS = 10;
    private static final int FEW_WORDS = 80;
    /** A paragraph of fewer words, or one not ending as a sentence does, is not running prose. */
    private static final int PROSE_WORDS = 8;
    /** A paragraph with at least this share of capitalised words reads as a title or a menu. */
    private static final double TITLE_LIKE = 0.7;
    /** How many removed blocks on either side of the body are looked at for prose it left out. */
    private static final int NEAR_BLOCKS = 6;

    private ConfidenceFeatures() {
    }

    /**
     * The signals of every field of {@code doc}.
     *
     * @param markupBody the page's structured article body (JSON-LD {@code articleBody}), or null when it has none
     * @param extraction how clear the choice of the article's container was, by name (an HTML page's
     *                   {@code runnerUp}, {@code proseCoverage}, {@code containers}, {@code echoed},
     *                   {@code echoF1}, {@code withinRemoved}); empty for a document read as plain text
     */
    public static Map<String, Map<String, Double>> of(ExtractedDocument doc, String markupBody,
            Map<String, Double> extraction) {
        Map<String, Map<String, Double>> all = new LinkedHashMap<>();
        String body = doc.body();
        int words = TextSize.units(body);
        Map<String, Double> b = body(doc, body, words, markupBody);
        b.put("runnerUp", extraction.getOrDefault("runnerUp", 0.0));
        b.put("proseCoverage", extraction.getOrDefault("proseCoverage", 0.0));
        b.put("logContainers", Math.log1p(extraction.getOrDefault("containers", 0.0)));
        b.put("echoed", extraction.getOrDefault("echoed", 0.0));
        b.put("echoF1", extraction.getOrDefault("echoF1", 0.0));
        b.put("withinRemoved", extraction.getOrDefault("withinRemoved", 0.0));
        all.put("body", b);
        all.put("headline", headline(doc.article(), doc));
        all.put("published", published(doc.article()));
        all.put("modified", modified(doc.article()));
        all.put("bylines", bylines(doc.article(), body));
        all.put("language", language(doc.article(), words));
        return all;
    }

    private static Map<String, Double> body(ExtractedDocument doc, String body, int words, String markupBody) {
        List<Segment> paragraphs = doc.bodySegments();
        int n = paragraphs.size();
        int shortOnes = 0;
        int nonProseWords = 0;
        int titleLike = 0;
        int repeated = 0;
        int lastProse = -1;
        int edgeShort = 0;
        int edges = 0;
        int[] counts = new int[n];
        Set<String> seen = new HashSet<>();
        boolean marked = marksSentenceEnds(paragraphs, body);
        for (int i = 0; i < n; i++) {
            String c = paragraphs.get(i).content();
            int w = TextSize.units(c);
            counts[i] = w;
            boolean sentence = endsSentence(c, marked);
            shortOnes += w < SHORT_PARAGRAPH_WORDS ? 1 : 0;
            nonProseWords += w < PROSE_WORDS || !sentence ? w : 0;
            titleLike += capitalisedShare(c) >= TITLE_LIKE ? 1 : 0;
            repeated += seen.add(c.strip()) ? 0 : 1;
            lastProse = w >= 2 * PROSE_WORDS && sentence ? i : lastProse;
            if (i < 2 || i >= n - 3) {
                edges++;
                edgeShort += w < PROSE_WORDS ? 1 : 0;
            }
        }
        int afterLastProse = 0;
        for (int i = lastProse + 1; i < n; i++) {
            afterLastProse += counts[i];
        }
        int removed = 0;
        int removedProse = 0;
        int longestRemoved = 0;
        List<Segment> segments = doc.segments();
        int first = -1;
        int last = -1;
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            if (s.role() != SegmentRole.BODY) {
                int w = TextSize.units(s.content());
                removed++;
                longestRemoved = Math.max(longestRemoved, w);
                removedProse += w >= 2 * PROSE_WORDS && endsSentence(s.content(), marked) ? w : 0;
            } else {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        int inside = 0;
        for (int i = first + 1; i < last; i++) {
            Segment s = segments.get(i);
            inside += s.role() == SegmentRole.BOILERPLATE ? TextSize.units(s.content()) : 0;
        }
        int adjacentProse = first < 0 ? 0
                : proseNear(segments, first, -1, marked) + proseNear(segments, last, 1, marked);
        double length = Math.max(1, doc.text().length());
        Map<String, Double> f = new LinkedHashMap<>();
        f.put("logWords", Math.log1p(words));
        f.put("fewWords", words < FEW_WORDS ? 1.0 : 0.0);
        f.put("keptShare", doc.text().isEmpty() ? 0.0 : (double) body.length() / doc.text().length());
        f.put("logParagraphs", Math.log1p(n));
        f.put("shortParagraphShare", n == 0 ? 1.0 : (double) shortOnes / n);
        f.put("logRemoved", Math.log1p(removed));
        f.put("html", isHtml(doc) ? 1.0 : 0.0);
        f.put("markupBody", markupBody != null && !markupBody.isBlank() ? 1.0 : 0.0);
        f.put("markupAgreement", markupBody == null ? 0.0 : trigramF1(markupBody, body));
        f.put("headlineFound", doc.article().headlineSpan() != null ? 1.0 : 0.0);
        f.put("nonProseShare", words == 0 ? 1.0 : (double) nonProseWords / words);
        f.put("titleLikeShare", n == 0 ? 0.0 : (double) titleLike / n);
        f.put("edgeShortShare", edges == 0 ? 0.0 : (double) edgeShort / edges);
        f.put("removedProseShare", (double) removedProse / (words + removedProse + 1));
        f.put("logLongestRemoved", Math.log1p(longestRemoved));
        f.put("repeatedShare", n == 0 ? 0.0 : (double) repeated / n);
        f.put("tailShare", words == 0 ? 0.0 : (double) afterLastProse / words);
        f.put("logMeanParagraphWords", n == 0 ? 0.0 : Math.log1p((double) words / n));
        f.put("startShare", first < 0 ? 0.0 : segments.get(first).start() / length);
        f.put("endShare", last < 0 ? 0.0 : segments.get(last).end() / length);
        f.put("insideRemoved", Math.log1p(100.0 * inside / (words + 1)));
        f.put("adjacentProse", Math.log1p(100.0 * adjacentProse / (words + 1)));
        return f;
    }

    /**
     * The words of running prose among the few removed blocks next to the body, before its first paragraph
     * ({@code step} -1) or after its last (+1): a container that stopped short of the article leaves them there.
     */
    private static int proseNear(List<Segment> segments, int from, int step, boolean marked) {
        int words = 0;
        int seen = 0;
        for (int i = from + step; i >= 0 && i < segments.size() && seen < NEAR_BLOCKS; i += step) {
            Segment s = segments.get(i);
            if (s.role() == SegmentRole.HEADLINE) {
                break;
            }
            if (s.role() == SegmentRole.BOILERPLATE) {
                seen++;
                int w = TextSize.units(s.content());
                words += w >= 2 * PROSE_WORDS && endsSentence(s.content(), marked) ? w : 0;
            }
        }
        return words;
    }

    private static Map<String, Double> headline(ArticleMetadata a, ExtractedDocument doc) {
        Map<String, Double> f = new LinkedHashMap<>();
        String h = a.headline();
        int words = h == null ? 0 : TextSize.units(h);
        f.put("missing", h == null || h.isBlank() ? 1.0 : 0.0);
        f.put("visible", a.headlineSpan() != null ? 1.0 : 0.0);
        f.put("logWords", Math.log1p(words));
        f.put("fewWords", words > 0 && words < 4 ? 1.0 : 0.0);
        f.put("html", isHtml(doc) ? 1.0 : 0.0);
        return f;
    }

    private static Map<String, Double> published(ArticleMetadata a) {
        Map<String, Double> f = new LinkedHashMap<>();
        DateValue p = a.published();
        DateEvidence kind = a.publishedKind();
        f.put("missing", p == null ? 1.0 : 0.0);
        f.put("markup", kind == DateEvidence.MARKUP ? 1.0 : 0.0);
        f.put("dateLine", kind == DateEvidence.DATE_LINE ? 1.0 : 0.0);
        f.put("url", kind == DateEvidence.URL ? 1.0 : 0.0);
        f.put("text", kind == DateEvidence.TEXT ? 1.0 : 0.0);
        int agree = 0;
        for (DateValue c : a.publishedCandidates()) {
            if (p != null && c.date().equals(p.date())) {
                agree++;
            }
        }
        int candidates = a.publishedCandidates().size();
        f.put("logCandidates", Math.log1p(candidates));
        f.put("agreeShare", candidates == 0 ? 0.0 : (double) agree / candidates);
        f.put("logRejected", Math.log1p(a.publishedRejected().size()));
        f.put("hasTime", p != null && p.time() != null ? 1.0 : 0.0);
        f.put("visible", p != null && p.span() != null ? 1.0 : 0.0);
        f.put("modified", a.modified() != null ? 1.0 : 0.0);
        return f;
    }

    private static Map<String, Double> modified(ArticleMetadata a) {
        Map<String, Double> f = new LinkedHashMap<>();
        DateValue m = a.modified();
        f.put("missing", m == null ? 1.0 : 0.0);
        f.put("visible", m != null && m.span() != null ? 1.0 : 0.0);
        f.put("sameDay", m != null && a.published() != null && m.date().equals(a.published().date()) ? 1.0 : 0.0);
        f.put("beforePublished", m != null && a.published() != null && m.date().isBefore(a.published().date())
                ? 1.0 : 0.0);
        return f;
    }

    private static Map<String, Double> bylines(ArticleMetadata a, String body) {
        Map<String, Double> f = new LinkedHashMap<>();
        List<Byline> bylines = a.bylines();
        int people = 0;
        int markup = 0;
        int visible = 0;
        int nameWords = 0;
        int inBody = 0;
        String lowerBody = body.toLowerCase(Locale.ROOT);
        for (Byline b : bylines) {
            people += b.kind() == BylineKind.PERSON ? 1 : 0;
            markup += b.placement() == CreditPlacement.MARKUP ? 1 : 0;
            visible += b.span() != null ? 1 : 0;
            nameWords += TextSize.units(b.name());
            inBody += lowerBody.contains(b.name().toLowerCase(Locale.ROOT)) ? 1 : 0;
        }
        int n = bylines.size();
        f.put("none", n == 0 ? 1.0 : 0.0);
        f.put("one", n == 1 ? 1.0 : 0.0);
        f.put("several", n >= 2 ? 1.0 : 0.0);
        f.put("personShare", n == 0 ? 0.0 : (double) people / n);
        f.put("markupShare", n == 0 ? 0.0 : (double) markup / n);
        f.put("visibleShare", n == 0 ? 0.0 : (double) visible / n);
        f.put("meanNameWords", n == 0 ? 0.0 : (double) nameWords / n);
        f.put("namedInBody", n == 0 ? 0.0 : (double) inBody / n);
        f.put("creditLines", Math.log1p(a.creditLines().size()));
        return f;
    }

    private static Map<String, Double> language(ArticleMetadata a, int words) {
        Map<String, Double> f = new LinkedHashMap<>();
        f.put("missing", a.language() == null ? 1.0 : 0.0);
        f.put("known", a.language() != null && LanguageCatalog.has(a.language()) ? 1.0 : 0.0);
        f.put("logWords", Math.log1p(words));
        return f;
    }

    /**
     * Whether the body's writing marks the ends of its sentences: some paragraph ends with a sentence mark of
     * any script, or its letters are mostly of a spaced script. A text in an unspaced script with no such marks
     * at all (as Thai, which ends a sentence with a space) is judged by its paragraphs' length alone.
     */
    private static boolean marksSentenceEnds(List<Segment> paragraphs, String body) {
        for (Segment p : paragraphs) {
            if (SentenceShape.endsLikeSentenceInAnyScript(p.content())) {
                return true;
            }
        }
        return !TextSize.mostlyUnspaced(body);
    }

    private static boolean endsSentence(String s, boolean marked) {
        return !marked || SentenceShape.endsLikeSentenceInAnyScript(s);
    }

    /** The share of a paragraph's words that open with a capital letter (a menu, a list of titles). */
    private static double capitalisedShare(String s) {
        int all = 0;
        int caps = 0;
        Matcher m = WORD.matcher(s);
        while (m.find()) {
            all++;
            caps += Character.isUpperCase(m.group().charAt(0)) ? 1 : 0;
        }
        return all == 0 ? 0.0 : (double) caps / all;
    }

    private static boolean isHtml(ExtractedDocument doc) {
        String type = doc.source().mediaType();
        return type != null && type.contains("html");
    }

    /** The F1 of two texts' sets of lower-cased word trigrams (0 when either has none). */
    static double trigramF1(String a, String b) {
        Set<Long> x = WordTrigrams.distinct(a);
        Set<Long> y = WordTrigrams.distinct(b);
        if (x.isEmpty() || y.isEmpty()) {
            return 0.0;
        }
        int common = 0;
        for (Long t : x) {
            if (y.contains(t)) {
                common++;
            }
        }
        return 2.0 * common / (x.size() + y.size());
    }
}
