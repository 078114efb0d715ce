package org.copydesk.ingest.boilerplate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which of a fixed set of literals (each at least two characters long) a text contains, found in one pass over
 * the text instead of one search per literal. The literals are bucketed by their first two characters; each
 * position of the text looks up its pair's bucket and compares only the literals there. Immutable, so one
 * instance serves every thread.
 */
final class LiteralScan {

    private static final int SLOTS = 1 << 12;
    private static final int MASK = SLOTS - 1;

    private final String[] literals;
    /** For each slot, the indexes of the literals whose first two characters hash there; {@code null}: none. */
    private final int[][] bySlot = new int[SLOTS][];

    /** A scan for {@code literals}, numbered in their order of first appearance ({@link #indexOf}). */
    LiteralScan(List<String> literals) {
        Map<String, Integer> numbered = new LinkedHashMap<>();
        for (String l : literals) {
            if (l.length() < 2) {
                throw new IllegalArgumentException("a literal of fewer than two characters: \"" + l + "\"");
            }
            numbered.putIfAbsent(l, numbered.size());
        }
        this.literals = numbered.keySet().toArray(new String[0]);
        List<List<Integer>> slots = new ArrayList<>(SLOTS);
        for (int i = 0; i < SLOTS; i++) {
            slots.add(null);
        }
        for (int k = 0; k < this.literals.length; k++) {
            int s = slot(this.literals[k].charAt(0), this.literals[k].charAt(1));
            if (slots.get(s) == null) {
                slots.set(s, new ArrayList<>(2));
            }
            slots.get(s).add(k);
        }
        for (int s = 0; s < SLOTS; s++) {
            if (slots.get(s) != null) {
                bySlot[s] = slots.get(s).stream().mapToInt(Integer::intValue).toArray();
            }
        }
    }

    /** The number {@code literal} has in this scan's answers, or -1 when it is not one of its literals. */
    int indexOf(String literal) {
        for (int k = 0; k < literals.length; k++) {
            if (literals[k].equals(literal)) {
                return k;
            }
        }
        return -1;
    }

    /** For each literal, by its number, whether {@code text} contains it. */
    boolean[] present(String text) {
        boolean[] found = new boolean[literals.length];
        int left = literals.length;
        int last = text.length() - 1;
        for (int i = 0; i < last && left > 0; i++) {
            int[] candidates = bySlot[slot(text.charAt(i), text.charAt(i + 1))];
            if (candidates == null) {
                continue;
            }
            for (int k : candidates) {
                if (!found[k] && text.startsWith(literals[k], i)) {
                    found[k] = true;
                    left--;
                }
            }
        }
        return found;
    }

    private static int slot(char first, char second) {
        return (first * 31 + second) & MASK;
    }
}
