package org.copydesk.ingest.html;

/**
 * Text statistics of a page's elements, summed over the blocks under each one: characters, characters inside
 * links, and element children, indexed by element id.
 */
final class PageStats {

    private static final int PROSE_CHARS = 25;

    final int[] chars;
    final int[] linkChars;
    final int[] children;
    /** Blocks under each element. */
    final int[] blocks;
    /** Characters of the paragraph-sized blocks (25 characters or more, not headings) under each element. */
    final int[] proseChars;
    final int totalProse;

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
        for (PageBlock b : page.blocks()) {
            int c = b.text().length();
            int p = c >= PROSE_CHARS && !b.isHeading() ? c - b.linkChars() : 0;
            prose += p;
            for (PageElement e = b.element(); e != null; e = e.parent()) {
                chars[e.id()] += c;
                linkChars[e.id()] += b.linkChars();
                proseChars[e.id()] += p;
                blocks[e.id()]++;
            }
        }
        totalProse = prose;
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
