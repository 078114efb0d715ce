package org.copydesk.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StartOrderTest {

    private static final int[] STARTS = {3, 3, 7, 12, 12, 20};

    @Test
    void countsTheItemsStartingBeforeAnOffset() {
        assertEquals(0, StartOrder.startingBefore(STARTS.length, i -> STARTS[i], 0));
        assertEquals(0, StartOrder.startingBefore(STARTS.length, i -> STARTS[i], 3));
        assertEquals(2, StartOrder.startingBefore(STARTS.length, i -> STARTS[i], 4));
        assertEquals(3, StartOrder.startingBefore(STARTS.length, i -> STARTS[i], 12));
        assertEquals(6, StartOrder.startingBefore(STARTS.length, i -> STARTS[i], 21));
        assertEquals(0, StartOrder.startingBefore(0, i -> STARTS[i], 5));
    }

    @Test
    void findsTheLastItemStartingAtOrBeforeAnOffset() {
        assertEquals(-1, StartOrder.lastStartingAtOrBefore(STARTS.length, i -> STARTS[i], 2));
        assertEquals(1, StartOrder.lastStartingAtOrBefore(STARTS.length, i -> STARTS[i], 3));
        assertEquals(4, StartOrder.lastStartingAtOrBefore(STARTS.length, i -> STARTS[i], 19));
        assertEquals(5, StartOrder.lastStartingAtOrBefore(STARTS.length, i -> STARTS[i], Integer.MAX_VALUE));
        assertEquals(-1, StartOrder.lastStartingAtOrBefore(0, i -> STARTS[i], 5));
    }

    /** Both agree with a plain pass over the items, for every offset around them. */
    @Test
    void agreesWithAPassOverTheItems() {
        for (int offset = -1; offset <= 22; offset++) {
            int before = 0;
            int last = -1;
            for (int i = 0; i < STARTS.length; i++) {
                before += STARTS[i] < offset ? 1 : 0;
                last = STARTS[i] <= offset ? i : last;
            }
            int o = offset;
            assertEquals(before, StartOrder.startingBefore(STARTS.length, i -> STARTS[i], o));
            assertEquals(last, StartOrder.lastStartingAtOrBefore(STARTS.length, i -> STARTS[i], o));
        }
    }
}
