package org.copydesk.render;

import org.copydesk.core.BidiControls;

/**
 * Untrusted text made safe to show: a file name, a WARC URI or a document's text is written by whoever made the
 * input, and must never steer what Copydesk writes. A terminal interprets escape sequences (ESC and the C1
 * controls start them: clear the screen, retitle the window, rewrite earlier lines, hyperlinks, and in some
 * terminals worse), a newline or carriage return can forge a line of output, and the bidirectional controls can
 * make displayed text lie about its order ("Trojan Source", CVE-2021-42574). So such characters are shown
 * visibly, as {@code ls} and {@code git} do, instead of being written raw:
 * <ul>
 * <li>{@code \n}, {@code \t}, {@code \r} and {@code \e} (ESC);</li>
 * <li>{@code \xHH} for the other C0 controls and DEL;</li>
 * <li>{@code \}{@code uXXXX} (four upper-case hex digits) for the C1 controls, the line and paragraph separators
 * (U+2028, U+2029), the bidirectional controls (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069) and lone
 * surrogates.</li>
 * </ul>
 * Everything else, a backslash included, is kept as it is: letters of any script, right-to-left ones too, and
 * characters outside the Basic Multilingual Plane. The Markdown and HTML reports escape markup and C0 controls
 * themselves and need only {@link #bidiVisible}.
 */
public final class VisibleText {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private VisibleText() {
    }

    /**
     * {@code s} as one line on a terminal: every control, separator and bidirectional control shown visibly (see
     * the class); {@code null} becomes the empty string. Returns {@code s} itself when nothing needs showing.
     */
    public static String terminal(String s) {
        return visible(s, false);
    }

    /**
     * {@code s} as text of several lines on a terminal: as {@link #terminal}, but newlines and tabs are kept
     * (a carriage return is still shown, as it can overwrite a line).
     */
    public static String terminalText(String s) {
        return visible(s, true);
    }

    /**
     * {@code s} with each bidirectional control and each line or paragraph separator replaced by a marker such
     * as {@code <U+202E>}, for the Markdown and HTML reports (whose own escaping then makes the marker text);
     * {@code null} becomes the empty string. Returns {@code s} itself when there is none.
     */
    public static String bidiVisible(String s) {
        return rewrite(s, (text, i) -> bidiOrSeparator(text.charAt(i)),
                (out, c) -> hex(out.append("<U+"), c, 4).append('>'));
    }

    /**
     * Whether {@code c} is a bidirectional control (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069) or the
     * line or paragraph separator (U+2028, U+2029).
     */
    public static boolean bidiOrSeparator(char c) {
        return BidiControls.is(c) || c == '\u2028' || c == '\u2029';
    }

    private static String visible(String s, boolean keepLines) {
        return rewrite(s, (text, i) -> needsShowing(text, i, keepLines), (out, c) -> {
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                case '\u001b' -> out.append("\\e");
                default -> {
                    if (c < 0x20 || c == 0x7F) {
                        hex(out.append("\\x"), c, 2);
                    } else {
                        hex(out.append("\\u"), c, 4);
                    }
                }
            }
        });
    }

    /** Which characters of a text a rewrite replaces: the one at {@code i} of {@code s}. */
    @FunctionalInterface
    private interface Selector {
        boolean test(String s, int i);
    }

    /** How a replaced character is written. */
    @FunctionalInterface
    private interface Replacement {
        void write(StringBuilder out, char c);
    }

    /**
     * {@code s} with every character {@code selected} written by {@code replacement}; {@code s} itself when none
     * is, {@code null} as the empty string.
     */
    private static String rewrite(String s, Selector selected, Replacement replacement) {
        if (s == null) {
            return "";
        }
        int first = 0;
        while (first < s.length() && !selected.test(s, first)) {
            first++;
        }
        if (first == s.length()) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length() + 16).append(s, 0, first);
        for (int i = first; i < s.length(); i++) {
            char c = s.charAt(i);
            if (selected.test(s, i)) {
                replacement.write(out, c);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean needsShowing(String s, int i, boolean keepLines) {
        char c = s.charAt(i);
        if (c < 0x20) {
            return !(keepLines && (c == '\n' || c == '\t'));
        }
        if (c >= 0x7F && c <= 0x9F) {
            return true;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
        }
        return bidiOrSeparator(c);
    }

    private static StringBuilder hex(StringBuilder out, char c, int digits) {
        for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
            out.append(HEX[(c >> shift) & 0xF]);
        }
        return out;
    }
}
