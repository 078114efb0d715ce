package org.copydesk.ingest.html;

import java.util.Set;
import org.copydesk.ingest.text.WordTrigrams;

/**
 * How much of each block and each element repeats the page's JSON-LD {@code articleBody}, by word trigrams:
 * the element whose text best matches it (precision and recall balanced) is where the article is.
 */
final class BodyEcho {

    /** Below this many trigrams the articleBody is a teaser, not a guide to the article. */
    private static final int MIN_TRIGRAMS = 40;

    private final Set<Long> trigrams;
    /** Per block: trigrams in the block, and how many of them the articleBody has. */
    final int[] blockTrigrams;
    final int[] blockMatched;

    private BodyEcho(Set<Long> trigrams, HtmlPage page) {
        this.trigrams = trigrams;
        blockTrigrams = new int[page.blocks().size()];
        blockMatched = new int[page.blocks().size()];
        for (PageBlock b : page.blocks()) {
            long[] t = WordTrigrams.hashes(b.text());
            blockTrigrams[b.index()] = t.length;
            for (long h : t) {
                if (trigrams.contains(h)) {
                    blockMatched[b.index()]++;
                }
            }
        }
    }

    /** The echo of {@code page}'s articleBody, or {@code null} when it has none worth following. */
    static BodyEcho of(HtmlPage page) {
        if (page.articleBody() == null) {
            return null;
        }
        Set<Long> t = WordTrigrams.distinct(page.articleBody());
        return t.size() < MIN_TRIGRAMS ? null : new BodyEcho(t, page);
    }

    /** Whether at least half of the block's trigrams (three or more) are in the articleBody. */
    boolean repeats(PageBlock b) {
        int t = blockTrigrams[b.index()];
        return t >= 3 && blockMatched[b.index()] * 2 >= t;
    }

    /** The element whose blocks best match the articleBody (F1 of trigrams), with that F1; null when none. */
    Best bestElement(HtmlPage page) {
        int n = page.elements().size();
        int[] total = new int[n];
        int[] matched = new int[n];
        for (PageBlock b : page.blocks()) {
            if (blockMatched[b.index()] == 0 && blockTrigrams[b.index()] == 0) {
                continue;
            }
            for (PageElement e = b.element(); e != null; e = e.parent()) {
                total[e.id()] += blockTrigrams[b.index()];
                matched[e.id()] += blockMatched[b.index()];
            }
        }
        Best best = null;
        for (PageElement e : page.elements()) {
            if (matched[e.id()] == 0) {
                continue;
            }
            double p = (double) matched[e.id()] / total[e.id()];
            double r = Math.min(1.0, (double) matched[e.id()] / trigrams.size());
            double f = 2 * p * r / (p + r);
            // ties go to the innermost element: it has the same text with less around it
            if (best == null || f > best.f1() + 1e-9
                    || Math.abs(f - best.f1()) <= 1e-9 && e.depth() > best.element().depth()) {
                best = new Best(e, f, r);
            }
        }
        return best;
    }

    /** The element that best echoes the articleBody, its F1 and its recall. */
    record Best(PageElement element, double f1, double recall) {
    }
}
