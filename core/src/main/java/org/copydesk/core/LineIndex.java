package org.copydesk.core;

import java.util.Arrays;

/** Maps character offsets of a text to 1-based line and column numbers (lines end at \n, \r\n or \r). */
public final class LineIndex {

    /** A 1-based line and column. */
    public record Position(int line, int column) {
    }

    private final int[] lineStarts;
    private final int length;

    public LineIndex(CharSequence text) {
        int[] starts = new int[16];
        int n = 0;
        starts[n++] = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean breaks = c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'));
            if (breaks) {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, n);
        this.length = text.length();
    }

    /** The position of {@code offset}; offsets past the end are clamped to the end. */
    public Position position(int offset) {
        int o = Math.max(0, Math.min(offset, length));
        int i = Arrays.binarySearch(lineStarts, o);
        int line = i >= 0 ? i : -i - 2;
        return new Position(line + 1, o - lineStarts[line] + 1);
    }

    public int lineCount() {
        return lineStarts.length;
    }
}
