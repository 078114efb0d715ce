package org.copydesk.render;

import static org.copydesk.render.HtmlText.escape;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.copydesk.core.ExtractedDocument;
import org.copydesk.core.Finding;
import org.copydesk.core.Quote;
import org.copydesk.core.Report;
import org.copydesk.core.Segment;
import org.copydesk.core.SegmentRole;
import org.copydesk.core.Span;

/**
 * The document's extracted text as HTML, every span marked in place: each segment a {@code <span>} with its
 * role (and category), each quoted stretch a {@code <u>}, each finding a {@code <mark>} followed by a numbered
 * reference to its entry in the findings list. Spans overlap freely in the model, so the markup is built from
 * sorted boundary events: at each boundary the elements that stop are closed, and any element still open above
 * them is closed and reopened, which splits it and keeps the nesting valid (segments outermost, then quotes,
 * then findings). The text is cut at the boundaries' offsets first and each run escaped after ({@link
 * HtmlText#escape}), so an escape that changes a run's length (a character reference, a {@code <U+202E>} marker
 * for a bidirectional control) never moves a mark.
 */
final class HtmlTextMarkup {

    private static final int SEGMENT = 0;
    private static final int QUOTE = 1;
    private static final int FINDING = 2;

    /** One element over {@code [start, end)}; {@code first} is its opening tag with an id, for the first piece. */
    private record Element(int layer, int order, int start, int end, String open, String first, String close,
            String label) {
    }

    private static final Comparator<Element> NESTING = Comparator.comparingInt(Element::layer)
            .thenComparingInt(Element::start).thenComparing(Comparator.comparingInt(Element::end).reversed())
            .thenComparingInt(Element::order);

    private HtmlTextMarkup() {
    }

    /** The marked-up text, to be placed inside a {@code <pre>}-like container. */
    static String render(Report report) {
        ExtractedDocument doc = report.document();
        String text = doc.text();
        List<Element> elements = new ArrayList<>();
        Map<Integer, List<String>> points = new TreeMap<>();
        List<Segment> segments = doc.segments();
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            String open = segmentTag(s, i + 1);
            String label = s.role() == SegmentRole.BODY ? null
                    : "<span class=\"seg-label\">" + escape(s.isRemoved() ? s.category().id() : s.role().id())
                            + "</span>";
            if (s.start() == s.end()) {
                points.computeIfAbsent(s.start(), k -> new ArrayList<>()).add(open + (label == null ? "" : label)
                        + "</span>");
            } else {
                elements.add(new Element(SEGMENT, i, s.start(), s.end(), open, open, "</span>", label));
            }
        }
        List<Quote> quotes = doc.quotes().quotes();
        for (int i = 0; i < quotes.size(); i++) {
            Quote q = quotes.get(i);
            String open = "<u class=\"quote speaker-" + q.speakerKind().id() + "\" data-quote=\"" + (i + 1)
                    + "\" title=\"" + escape("Quote " + (i + 1) + ": " + ReadableReport.speaker(q)) + "\">";
            for (Span p : q.parts()) {
                Span c = clip(p, text.length());
                if (c.length() > 0) {
                    elements.add(new Element(QUOTE, i, c.start(), c.end(), open, open, "</u>", null));
                }
            }
        }
        List<Finding> findings = report.findings();
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            int n = i + 1;
            String title = escape(f.rule() + " (" + f.severity().id() + "): " + f.message());
            Span c = clip(f.span(), text.length());
            String ref = "<sup class=\"ref sev-" + f.severity().id() + "\"" + (c.length() == 0
                    ? " id=\"at-finding-" + n + "\"" : "") + "><a href=\"#finding-" + n + "\" title=\"" + title
                    + "\">" + n + "</a></sup>";
            points.computeIfAbsent(c.end(), k -> new ArrayList<>()).add(ref);
            if (c.length() > 0) {
                String open = "<mark class=\"finding sev-" + f.severity().id() + "\" data-finding=\"" + n
                        + "\" data-rule=\"" + escape(f.rule()) + "\" title=\"" + title + "\">";
                String first = open.replace("<mark ", "<mark id=\"at-finding-" + n + "\" ");
                elements.add(new Element(FINDING, i, c.start(), c.end(), open, first, "</mark>", null));
            }
        }
        return sweep(text, elements, points);
    }

    private static String sweep(String text, List<Element> elements, Map<Integer, List<String>> points) {
        TreeSet<Integer> boundaries = new TreeSet<>(points.keySet());
        boundaries.add(0);
        boundaries.add(text.length());
        Map<Integer, List<Element>> starting = new TreeMap<>();
        Map<Integer, List<Element>> ending = new TreeMap<>();
        for (Element e : elements) {
            boundaries.add(e.start());
            boundaries.add(e.end());
            starting.computeIfAbsent(e.start(), k -> new ArrayList<>()).add(e);
            ending.computeIfAbsent(e.end(), k -> new ArrayList<>()).add(e);
        }
        StringBuilder out = new StringBuilder(text.length() * 2);
        TreeSet<Element> active = new TreeSet<>(NESTING);
        List<Element> stack = new ArrayList<>();
        Set<Element> opened = new HashSet<>();
        for (int p : boundaries) {
            active.removeAll(ending.getOrDefault(p, List.of()));
            active.addAll(starting.getOrDefault(p, List.of()));
            List<Element> wanted = new ArrayList<>(active);
            int common = 0;
            while (common < stack.size() && common < wanted.size() && stack.get(common) == wanted.get(common)) {
                common++;
            }
            for (int i = stack.size() - 1; i >= common; i--) {
                out.append(stack.remove(i).close());
            }
            points.getOrDefault(p, List.of()).forEach(out::append);
            for (int i = common; i < wanted.size(); i++) {
                Element e = wanted.get(i);
                out.append(opened.add(e) ? e.first() : e.open());
                if (e.label() != null && p == e.start()) {
                    out.append(e.label());
                }
                stack.add(e);
            }
            Integer next = boundaries.higher(p);
            if (next != null) {
                out.append(escape(text.substring(p, next)));
            }
        }
        return out.toString();
    }

    private static String segmentTag(Segment s, int n) {
        StringBuilder tag = new StringBuilder("<span class=\"seg seg-").append(s.role().id());
        if (s.isRemoved()) {
            tag.append(" cat-").append(s.category().id());
        }
        tag.append("\" id=\"segment-").append(n).append("\" data-segment=\"").append(n).append('"');
        switch (s.role()) {
            case BOILERPLATE -> tag.append(" data-category=\"").append(s.category().id()).append("\" title=\"")
                    .append(escape("Removed as " + s.category().id() + ": " + (s.reason() == null ? "no reason given"
                            : s.reason()))).append('"');
            case HEADLINE -> tag.append(" title=\"Headline\"");
            case METADATA -> tag.append(" title=\"Metadata lifted out of the body")
                    .append(s.reason() == null ? "" : escape(": " + s.reason())).append('"');
            default -> {
            }
        }
        return tag.append('>').toString();
    }

    private static Span clip(Span s, int length) {
        int start = Math.min(s.start(), length);
        return new Span(start, Math.max(start, Math.min(s.end(), length)));
    }
}
