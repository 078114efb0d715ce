package org.copydesk.ingest.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.copydesk.ingest.text.SentenceShape;

/**
 * Finds the element that holds the article's prose, the way Readability does: every paragraph of prose scores
 * by its length and commas, the score flows to its parent (whole), grandparent (half) and further ancestors
 * (a third per level), class and id words raise or lower a container, and link density discounts it. The best
 * container may move up to a parent that gathers several strong candidates, and takes along siblings that
 * continue the article.
 */
final class ContainerScorer {

    private static final int MIN_PARAGRAPH_CHARS = 25;
    private static final int ANCESTOR_LEVELS = 5;
    private static final int TOP_CANDIDATES = 5;
    /** A best container holding less than this share of the page's likely prose leaves the article scattered. */
    private static final double SCATTERED_SHARE = 0.35;
    /** An ancestor gathering this share of the likely prose holds the scattered article. */
    private static final double GATHERED_SHARE = 0.8;
    private static final double MAX_GATHER_LINK_DENSITY = 0.35;
    /** A child holding this share of a container's prose holds the article. */
    private static final double NARROW_SHARE = 0.95;
    /** A sibling section of the article holds at least this much prose, with less than this share of links. */
    private static final int SECTION_PROSE_CHARS = 200;
    private static final double SECTION_LINK_DENSITY = 0.3;
    /** A section whose one child holds this share of its prose only wraps that child. */
    private static final double WRAPPED_SHARE = 0.9;
    /** A heading with this share of link text is the title of a teaser for another page. */
    private static final double LINKED_HEADING = 0.8;
    private static final Set<String> NEVER_UNLIKELY = Set.of("body", "html", "article", "main", "a");

    private final AttributeWords hints;

    ContainerScorer(AttributeWords hints) {
        this.hints = hints;
    }

    /**
     * The containers of the article in page order (the best one and the siblings that continue it), or none, and
     * how clear the choice was.
     *
     * @param runnerUp the score of the best candidate apart from the chosen containers (neither inside one nor
     *                 around one) against the best score: near 1 when another part of the page was almost as
     *                 likely to be the article, 0 when nothing competed
     * @param coverage the share of the page's likely prose the chosen containers hold
     */
    record Choice(List<PageElement> containers, double runnerUp, double coverage) {

        static final Choice NONE = new Choice(List.of(), 0, 0);
    }

    Choice choose(HtmlPage page, PageStats stats) {
        int n = page.elements().size();
        double[] score = new double[n];
        boolean[] candidate = new boolean[n];
        double[] eligible = new double[n];
        for (PageBlock b : page.blocks()) {
            String t = b.text();
            if (t.length() < MIN_PARAGRAPH_CHARS || b.isHeading() || stats.inTeaser[b.element().id()]
                    || isAddress(t) || unlikely(b.element(), stats)) {
                continue;
            }
            for (PageElement a = b.element(); a != null; a = a.parent()) {
                eligible[a.id()] += t.length() * (1 - b.linkDensity());
            }
            double s = (1 + commas(t) + Math.min(3, t.length() / 100)) * (1 - b.linkDensity());
            int level = 0;
            for (PageElement a = b.element().parent(); a != null && level < ANCESTOR_LEVELS; a = a.parent()) {
                if (!candidate[a.id()]) {
                    candidate[a.id()] = true;
                    score[a.id()] = initial(a);
                }
                score[a.id()] += s / (level == 0 ? 1 : level == 1 ? 2 : level * 3.0);
                level++;
            }
        }
        List<PageElement> ranked = new ArrayList<>();
        for (PageElement e : page.elements()) {
            if (candidate[e.id()]) {
                score[e.id()] *= 1 - stats.linkDensity(e);
                ranked.add(e);
            }
        }
        if (ranked.isEmpty()) {
            return Choice.NONE;
        }
        ranked.sort(Comparator.comparingDouble((PageElement e) -> -score[e.id()]));
        PageElement top = ranked.get(0);
        top = gatherAlternatives(top, ranked, score);
        top = climbWhileRising(top, score, candidate);
        while (top.parent() != null && !top.parent().tag().equals("body") && stats.children[top.parent().id()] == 1) {
            top = top.parent();
        }
        top = gatherScatteredProse(top, eligible, stats);
        List<PageElement> chosen = withSiblings(page, stats, top, score, candidate);
        chosen = chosen.size() == 1 ? List.of(narrow(page, stats, chosen.get(0))) : chosen;
        return new Choice(chosen, runnerUp(ranked, score, chosen), coverage(chosen, eligible));
    }

    /** The best score apart from the chosen containers, against the best score of all. */
    private static double runnerUp(List<PageElement> ranked, double[] score, List<PageElement> chosen) {
        double best = score[ranked.get(0).id()];
        if (best <= 0) {
            return 0;
        }
        for (PageElement e : ranked) {
            if (chosen.stream().noneMatch(c -> e.isWithin(c) || c.isWithin(e))) {
                return Math.max(0, score[e.id()]) / best;
            }
        }
        return 0;
    }

    private static double coverage(List<PageElement> chosen, double[] eligible) {
        double total = eligible[0];
        if (total <= 0) {
            return 0;
        }
        double held = 0;
        for (PageElement c : chosen) {
            held += eligible[c.id()];
        }
        return Math.min(1, held / total);
    }

    /**
     * Descends into the child that holds nearly all of a container's prose: what the container adds around
     * it is short lines (widgets, labels, teaser titles), not the article.
     */
    private static PageElement narrow(HtmlPage page, PageStats stats, PageElement top) {
        PageElement at = top;
        boolean moved = true;
        while (moved && stats.proseChars[at.id()] > 0) {
            moved = false;
            for (PageElement e : page.elements().subList(at.id() + 1, page.elements().size())) {
                if (e.parent() == at && stats.proseChars[e.id()] >= NARROW_SHARE * stats.proseChars[at.id()]) {
                    at = e;
                    moved = true;
                    break;
                }
                if (e.depth() <= at.depth()) {
                    break;
                }
            }
        }
        return at;
    }

    /** When three or more near-equal candidates share an ancestor, the article is that ancestor. */
    private static PageElement gatherAlternatives(PageElement top, List<PageElement> ranked, double[] score) {
        List<PageElement> near = new ArrayList<>();
        for (int i = 1; i < Math.min(TOP_CANDIDATES, ranked.size()); i++) {
            if (score[ranked.get(i).id()] >= 0.75 * score[top.id()]) {
                near.add(ranked.get(i));
            }
        }
        if (near.size() < 3) {
            return top;
        }
        for (PageElement p = top.parent(); p != null && !p.tag().equals("body"); p = p.parent()) {
            final PageElement anc = p;
            if (near.stream().filter(c -> c.isWithin(anc)).count() >= 3) {
                return p;
            }
        }
        return top;
    }

    /**
     * When the best container holds less than half of the page's likely prose, the article is cut into many
     * small containers (a list article, sections with their own wrappers): the nearest ancestor that gathers
     * most of that prose, without becoming a link list, holds the article.
     */
    private static PageElement gatherScatteredProse(PageElement top, double[] eligible, PageStats stats) {
        double total = eligible[0];
        if (total == 0 || eligible[top.id()] >= SCATTERED_SHARE * total) {
            return top;
        }
        for (PageElement a = top.parent(); a != null && !a.tag().equals("body"); a = a.parent()) {
            if (stats.linkDensity(a) > MAX_GATHER_LINK_DENSITY) {
                break;
            }
            if (eligible[a.id()] >= GATHERED_SHARE * total) {
                return a;
            }
        }
        return top;
    }

    /** A parent whose score rises above the candidate's gathers more of the article. */
    private static PageElement climbWhileRising(PageElement top, double[] score, boolean[] candidate) {
        double last = score[top.id()];
        double threshold = last / 3;
        for (PageElement p = top.parent(); p != null && !p.tag().equals("body"); p = p.parent()) {
            if (!candidate[p.id()]) {
                continue;
            }
            double s = score[p.id()];
            if (s < threshold) {
                break;
            }
            if (s > last) {
                return p;
            }
            last = s;
        }
        return top;
    }

    private List<PageElement> withSiblings(HtmlPage page, PageStats stats, PageElement top, double[] score,
            boolean[] candidate) {
        PageElement parent = top.parent();
        if (parent == null) {
            return List.of(top);
        }
        double threshold = Math.max(10, score[top.id()] * 0.2);
        String[] firstText = new String[page.elements().size()];
        for (PageBlock b : page.blocks()) {
            if (firstText[b.element().id()] == null) {
                firstText[b.element().id()] = b.text();
            }
        }
        List<PageElement> out = new ArrayList<>();
        for (PageElement s : page.elements()) {
            if (s.parent() != parent) {
                continue;
            }
            boolean take = s == top;
            if (!take && candidate[s.id()]) {
                double bonus = !top.attributeWords().isEmpty() && s.attributeWords().equals(top.attributeWords())
                        ? score[top.id()] * 0.2 : 0;
                take = score[s.id()] + bonus >= threshold;
            } else if (!take && s.tag().equals("p")) {
                int len = stats.chars[s.id()];
                double ld = stats.linkDensity(s);
                String t = firstText[s.id()];
                take = len > 80 && ld < 0.25
                        || len > 0 && len <= 80 && ld == 0 && t != null && SentenceShape.endsLikeSentence(t);
            }
            if (!take && continuesSection(s, top, stats)) {
                take = true; // a further section of the article, cut by a figure or a banner between them
            }
            if (take) {
                out.add(s);
            }
        }
        for (PageElement s : sectionsAbove(page, stats, top)) {
            if (!out.contains(s)) {
                out.add(s);
            }
        }
        out.sort(Comparator.comparingInt(PageElement::id));
        return out;
    }

    /**
     * The article's further sections: the siblings of the best container, or of the section that wraps it when
     * it is that section's only prose, built the same way (the same tag and class words, numbers aside, as templates number
     * their sections and posts) that hold text with few links. A sibling with a headline of its own (an h1) is
     * another article, as on pages that scroll on into the next one; one with a linked heading lists other pages.
     */
    private static List<PageElement> sectionsAbove(HtmlPage page, PageStats stats, PageElement top) {
        PageElement wrapper = top;
        while (wrapper.parent() != null && !wrapper.parent().tag().equals("body")
                && stats.proseChars[wrapper.id()] >= WRAPPED_SHARE * stats.proseChars[wrapper.parent().id()]) {
            wrapper = wrapper.parent();
        }
        String shape = withoutNumbers(wrapper.attributeWords());
        if (wrapper.parent() == null || shape.isEmpty()) {
            return List.of();
        }
        boolean[] headline = new boolean[page.elements().size()];
        for (PageBlock b : page.blocks()) {
            // a headline of its own, or a heading that links elsewhere (a teaser's title)
            if (b.headingLevel() == 1 || b.isHeading() && b.linkDensity() >= LINKED_HEADING) {
                for (PageElement e = b.element(); e != null; e = e.parent()) {
                    headline[e.id()] = true;
                }
            }
        }
        List<PageElement> out = new ArrayList<>();
        for (PageElement s : page.elements()) {
            if (s.parent() == wrapper.parent() && s != wrapper && s.tag().equals(wrapper.tag())
                    && withoutNumbers(s.attributeWords()).equals(shape) && !headline[s.id()]
                    && stats.chars[s.id()] - stats.linkChars[s.id()] >= SECTION_PROSE_CHARS
                    && stats.linkDensity(s) < SECTION_LINK_DENSITY && !stats.inTeaser[s.id()]) {
                out.add(s);
            }
        }
        return out;
    }

    /** Class words without the ones that hold digits (post-123, el-14): the shape a template gives an element. */
    private static String withoutNumbers(String words) {
        StringBuilder out = new StringBuilder();
        for (String w : words.split(" ")) {
            if (!w.isEmpty() && w.chars().noneMatch(Character::isDigit)) {
                out.append(out.length() == 0 ? "" : " ").append(w);
            }
        }
        return out.toString();
    }

    /**
     * Whether a sibling of the best container is another section of the same article: the same tag and the same
     * class words (an article cut into sections between its figures), with prose in it and few links.
     */
    private static boolean continuesSection(PageElement s, PageElement top, PageStats stats) {
        return !top.attributeWords().isEmpty() && s.tag().equals(top.tag())
                && s.attributeWords().equals(top.attributeWords()) && stats.proseChars[s.id()] >= SECTION_PROSE_CHARS
                && stats.linkDensity(s) < SECTION_LINK_DENSITY && !stats.inTeaser[s.id()];
    }

    /** Readability's starting score for a container: by its tag, and by its class and id words. */
    private double initial(PageElement e) {
        double s = switch (e.tag()) {
            case "div", "article", "main", "section" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return s + hints.weight(e);
    }

    /** Text under an element whose words say furniture (and nothing says article) does not score. */
    private boolean unlikely(PageElement e, PageStats stats) {
        if (stats.hasProseBesideSides() && PageStats.withinSide(e)) {
            return true; // an aside, a nav or a gallery is beside the article however much it holds
        }
        for (PageElement a = e; a != null; a = a.parent()) {
            if (hints.layer(a) && hints.first(a, AttributeWords.Kind.ARTICLE).isEmpty()
                    && PageStats.enoughBeside(stats.totalProse - stats.proseChars[a.id()], stats.totalProse)) {
                return true; // a popup is drawn over the page, however much it holds, when an article is beside it
            }
        }
        for (PageElement a = e; a != null; a = a.parent()) {
            if (stats.holdsMostProse(a)) {
                return false; // and so do all its ancestors
            }
            if (!NEVER_UNLIKELY.contains(a.tag()) && hints.furniture(a).isPresent()
                    && hints.first(a, AttributeWords.Kind.ARTICLE).isEmpty()
                    || a.isFurnitureTag()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a block is one long address (a picture's or a page's URL, a file path) rather than a paragraph:
     * no space anywhere, and a slash or a dot between its parts. Sliders print such addresses by the dozen.
     */
    static boolean isAddress(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (Character.isWhitespace(t.charAt(i))) {
                return false;
            }
        }
        return t.indexOf('/') >= 0 || t.indexOf('.') >= 0;
    }

    private static int commas(String t) {
        int n = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == ',' || c == '，' || c == '،') {
                n++;
            }
        }
        return n;
    }
}
