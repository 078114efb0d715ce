package org.copydesk.core;

import java.util.function.IntUnaryOperator;

/**
 * Bisection over items kept in the order of where they start (spans, mentions, paragraphs): how many of them
 * start before an offset, found in logarithmic time rather than by a pass over all of them.
 */
public final class StartOrder {

    private StartOrder() {
    }

    /**
     * How many of the {@code count} items, whose starts ({@code startOf.applyAsInt(i)}) never decrease with
     * {@code i}, start before {@code bound}: the index of the first one starting at or after it, and one more
     * than the index of the last one starting before it.
     */
    public static int startingBefore(int count, IntUnaryOperator startOf, int bound) {
        int lo = 0;
        int hi = count;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (startOf.applyAsInt(mid) < bound) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The index of the last of the items starting at or before {@code offset}, or -1 when none does. */
    public static int lastStartingAtOrBefore(int count, IntUnaryOperator startOf, int offset) {
        return offset == Integer.MAX_VALUE ? count - 1 : startingBefore(count, startOf, offset + 1) - 1;
    }
}
