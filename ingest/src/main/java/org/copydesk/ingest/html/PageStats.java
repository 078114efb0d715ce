package org.copydesk.ingest.html;

import java.util.Set;

/**
 * Text statistics of a page's elements, summed over the blocks under each one: characters, characters inside
 * links, and element children, indexed by element id.
 */
final class PageStats {

    private static final int PROSE_CHARS = 25;
    /** A heading with this share of link text or more is the title of a link to another page. */
    private static final double LINKED_HEADING = 0.8;
    /** A teaser's summary under its linked heading is at most this long. */
    private static final int TEASER_SUMMARY_CHARS = 300;
    /** How far above its linked heading a teaser's card may begin. */
    private static final int TEASER_LEVELS = 3;

    /**
     * Tags that hold what stands beside the article (a sidebar, a live feed, a menu, a figure and its caption),
     * when the page has other prose.
     */
    private static final Set<String> SIDE_TAGS = Set.of("aside", "nav", "figure", "figcaption");
    /** Tags of the page and its main parts, whose class words describe the page, not one element of it. */
    private static final Set<String> PAGE_TAGS = Set.of("html", "body", "main", "article");
    /** Prose beside all of them this long, and this share of the page's, is where the article is. */
    private static final int BESIDE_SIDES_CHARS = 1000;
    private static final double BESIDE_SIDES_SHARE = 0.15;

    final int[] chars;
    final int[] linkChars;
    final int[] children;
    /** Blocks under each element. */
    final int[] blocks;
    /** Characters of the paragraph-sized blocks (25 characters or more, not headings) under each element. */
    final int[] proseChars;
    final int totalProse;
    /** Characters of the paragraph-sized blocks outside everything that stands beside the article. */
    private final int proseBesideSides;
    /** Whether each element is, or lies within, a teaser card: a linked heading with a short summary. */
    final boolean[] inTeaser;

    PageStats(HtmlPage page) {
        int n = page.elements().size();
        chars = new int[n];
        linkChars = new int[n];
        children = new int[n];
        proseChars = new int[n];
        blocks = new int[n];
        for (PageElement e : page.elements()) {
            if (e.parent() != null) {
                children[e.parent().id()]++;
            }
        }
        int prose = 0;
        int beside = 0;
        for (PageBlock b : page.blocks()) {
            int c = b.text().length();
            int p = c >= PROSE_CHARS && !b.isHeading() ? c - b.linkChars() : 0;
            prose += p;
            if (!withinSide(b.element())) {
                beside += p;
            }
            for (PageElement e = b.element(); e != null; e = e.parent()) {
                chars[e.id()] += c;
                linkChars[e.id()] += b.linkChars();
                proseChars[e.id()] += p;
                blocks[e.id()]++;
            }
        }
        totalProse = prose;
        proseBesideSides = beside;
        inTeaser = teasers(page);
    }

    /**
     * Teaser cards: the smallest element around a heading that is nearly all link text which also holds other
     * text, when that element holds no other heading and at most a short summary besides. Listings of other
     * articles are made of these; an article's own sub-headings are not links.
     */
    private boolean[] teasers(HtmlPage page) {
        int n = page.elements().size();
        int[] headings = new int[n];
        int[] headingChars = new int[n];
        for (PageBlock b : page.blocks()) {
            if (b.isHeading()) {
                for (PageElement e = b.element(); e != null; e = e.parent()) {
                    headings[e.id()]++;
                    headingChars[e.id()] += b.text().length();
                }
            }
        }
        boolean[] card = new boolean[n];
        for (PageBlock b : page.blocks()) {
            if (!b.isHeading() || b.linkDensity() < LINKED_HEADING) {
                continue;
            }
            PageElement e = b.element();
            for (int level = 0; e != null && level <= TEASER_LEVELS; e = e.parent(), level++) {
                if (headings[e.id()] > 1) {
                    break;
                }
                int rest = chars[e.id()] - headingChars[e.id()];
                if (rest > 0) {
                    card[e.id()] = rest <= TEASER_SUMMARY_CHARS && !holdsMostProse(e);
                    break;
                }
            }
        }
        boolean[] within = new boolean[n];
        for (PageElement e : page.elements()) {
            within[e.id()] = card[e.id()] || e.parent() != null && within[e.parent().id()];
        }
        return within;
    }

    /**
     * Whether {@code e} or an ancestor stands beside the article: an aside, a nav, a figure, or an element whose
     * class words say caption or gallery (a slideshow's captions are not the article's prose).
     */
    static boolean withinSide(PageElement e) {
        for (PageElement a = e; a != null; a = a.parent()) {
            if (isSide(a)) {
                return true;
            }
        }
        return false;
    }

    static boolean isSide(PageElement e) {
        return SIDE_TAGS.contains(e.tag()) || !PAGE_TAGS.contains(e.tag())
                && (AttributeWords.builtIn().first(e, AttributeWords.Kind.CAPTION).isPresent()
                        || AttributeWords.builtIn().first(e, AttributeWords.Kind.GALLERY).isPresent());
    }

    /**
     * Whether the page has prose enough outside its asides, navs, figures and galleries for the article to be
     * there: a page that puts everything in an aside or a slideshow has its article in one.
     */
    boolean hasProseBesideSides() {
        return enoughBeside(proseBesideSides, totalProse);
    }

    /** Whether {@code beside} characters of prose, of {@code total}, are enough to hold an article of their own. */
    static boolean enoughBeside(int beside, int total) {
        return beside >= BESIDE_SIDES_CHARS && beside >= BESIDE_SIDES_SHARE * total;
    }

    /**
     * Whether {@code e} holds most of the page's prose: class words that say furniture are not believed of
     * such an element (a page-wide wrapper called "promo-page" still holds the article).
     */
    boolean holdsMostProse(PageElement e) {
        return totalProse > 0 && proseChars[e.id()] * 2 >= totalProse;
    }

    double linkDensity(PageElement e) {
        int c = chars[e.id()];
        return c == 0 ? 0 : Math.min(1.0, (double) linkChars[e.id()] / c);
    }
}
