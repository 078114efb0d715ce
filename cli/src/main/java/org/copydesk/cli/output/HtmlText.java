package org.copydesk.cli.output;

/**
 * Escaping for the HTML report: every character that could end a text run or an attribute value is written as
 * a character reference, and characters that are not allowed in HTML (or XML) text are replaced, so that
 * nothing taken from a document can become markup.
 */
final class HtmlText {

    private HtmlText() {
    }

    /** {@code s} safe as element text and as a quoted attribute value; {@code null} becomes the empty string. */
    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        out.append(c).append(s.charAt(++i));
                    } else if (allowed(c)) {
                        out.append(c);
                    } else {
                        out.append('\uFFFD');
                    }
                }
            }
        }
        return out.toString();
    }

    // controls (other than tab, newline, return), lone surrogates and the two noncharacters are invalid in XML
    private static boolean allowed(char c) {
        if (c < 0x20) {
            return c == '\t' || c == '\n' || c == '\r';
        }
        return !Character.isSurrogate(c) && c != '\uFFFE' && c != '\uFFFF';
    }
}
