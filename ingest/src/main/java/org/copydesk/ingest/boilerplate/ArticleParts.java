package org.copydesk.ingest.boilerplate;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.copydesk.core.BoilerplateCategory;
import org.copydesk.ingest.text.Block;

/**
 * Parts a text dump's best stretch of prose where comments or the legal footer cut it, and keeps the article's
 * part: {@link ProseRegion} finds the stretch where prose outweighs furniture most, which may run on over a comment
 * heading into readers' comments when they are long together.
 */
final class ArticleParts {

    /**
     * A gap costing this much (two lines of furniture wording), with comment or legal wording in it, may part the
     * article from the text after or before it.
     */
    private static final double BREAK_COST = 2 * 2 * ProseRegion.LINE_COST;
    /** A part beyond such a gap joins the article when its prose outweighs the gap this many times. */
    private static final double JOIN_FACTOR = 2;
    /**
     * Wording families that mark the end of an article rather than a pause inside it: comments and the legal
     * footer (other stories and newsletter prompts are often set inside an article, between its paragraphs).
     */
    static final Set<BoilerplateCategory> ENDING =
            EnumSet.of(BoilerplateCategory.COMMENT_FORM, BoilerplateCategory.LEGAL_FOOTER);

    private ArticleParts() {
    }

    /**
     * The part of the stretch {@code [from, to]} that holds the article when furniture cuts it: the stretch is split
     * at every gap of furniture costing at least {@link #BREAK_COST} that has comment or legal wording in it; the
     * first part with at least half the prose of the largest is kept (readers' comments come after the article and
     * may together be longer), and a neighbouring part joins it only when its prose outweighs {@link #JOIN_FACTOR}
     * times the gap between them, so that comments under a "12 comments" heading and reply buttons stay out.
     */
    static int[] strongest(double[] w, boolean[] ending, int from, int to) {
        List<int[]> parts = new ArrayList<>(); // first block, last block, of each part
        List<Double> mass = new ArrayList<>();
        List<Double> gaps = new ArrayList<>(); // gaps.get(k): the cost between part k and part k + 1
        int start = from;
        double m = 0;
        double gap = 0;
        boolean ends = false;
        int lastPositive = from;
        for (int i = from; i <= to; i++) {
            if (w[i] > 0) {
                if (gap <= -BREAK_COST && ends) {
                    parts.add(new int[] {start, lastPositive});
                    mass.add(m);
                    gaps.add(-gap);
                    start = i;
                    m = 0;
                }
                m += w[i];
                gap = 0;
                ends = false;
                lastPositive = i;
            } else {
                gap += w[i];
                ends |= ending[i];
            }
        }
        parts.add(new int[] {start, lastPositive});
        mass.add(m);
        double most = mass.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        int best = 0; // the first part with half the prose of the largest: comments follow the article they discuss
        while (mass.get(best) * 2 < most) {
            best++;
        }
        int lo = best;
        int hi = best;
        while (lo > 0 && mass.get(lo - 1) >= JOIN_FACTOR * gaps.get(lo - 1)) {
            lo--;
        }
        while (hi + 1 < parts.size() && mass.get(hi + 1) >= JOIN_FACTOR * gaps.get(hi)) {
            hi++;
        }
        return new int[] {parts.get(lo)[0], parts.get(hi)[1]};
    }

    /** Blocks with the wording of what follows an article: comments, other stories, a newsletter, the legal footer. */
    static boolean[] endings(List<Block> blocks, PhraseHits hits) {
        boolean[] out = new boolean[blocks.size()];
        for (int i = 0; i < out.length; i++) {
            Block b = blocks.get(i);
            out[i] = b.size() <= 30 && hits.of(b).map(h -> ENDING.contains(h.category()))
                    .orElse(false);
        }
        return out;
    }
}
