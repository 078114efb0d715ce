package org.copydesk.core;

/**
 * The Unicode bidirectional formatting characters (UAX #9): the marks, embeddings, overrides and isolates that
 * change the order in which text is displayed without being seen themselves. Named once here for every place that
 * must show them (terminals, readable reports, report names) or judge them (rules).
 */
public final class BidiControls {

    private BidiControls() {
    }

    /** U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069. */
    public static boolean is(int codePoint) {
        return codePoint == 0x061C || codePoint == 0x200E || codePoint == 0x200F
                || codePoint >= 0x202A && codePoint <= 0x202E || codePoint >= 0x2066 && codePoint <= 0x2069;
    }
}
