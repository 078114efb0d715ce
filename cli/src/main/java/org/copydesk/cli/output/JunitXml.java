package org.copydesk.cli.output;

/**
 * Escaping for XML 1.0 written by hand: markup characters become references, and characters XML cannot carry
 * (most C0 controls, lone surrogates, U+FFFE/U+FFFF), which damaged documents do contain, become U+FFFD.
 */
final class JunitXml {

    private JunitXml() {
    }

    /** Text content. */
    static String text(String s) {
        return escape(s, false);
    }

    /** An attribute value in double quotes; tabs and line breaks are kept as references, not normalised away. */
    static String attr(String s) {
        return escape(s, true);
    }

    private static String escape(String s, boolean attribute) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append(attribute ? "&quot;" : "\"");
                case '\n' -> b.append(attribute ? "&#10;" : "\n");
                case '\r' -> b.append("&#13;");
                case '\t' -> b.append(attribute ? "&#9;" : "\t");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        b.append(c).append(s.charAt(++i));
                    } else if (c < 0x20 || Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
                        b.append('\uFFFD');
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
