package org.copydesk.cli.output;

/**
 * Escaping for the HTML report: every character that could end a text run or an attribute value is written as
 * a character reference, and characters that are not allowed in HTML (or XML) text are replaced, so that
 * nothing taken from a document can become markup. Bidirectional controls and line separators are shown as
 * markers such as {@code <U+202E>} ({@link VisibleText#bidiVisible}) so that the report cannot display the text
 * in another order than it has ("Trojan Source").
 */
final class HtmlText {

    private HtmlText() {
    }

    /** {@code s} safe as element text and as a quoted attribute value; {@code null} becomes the empty string. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        String s = VisibleText.bidiVisible(text);
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

    // controls (other than tab, newline, return), lone surrogates and the two noncharacters are invalid in XML;
    // DEL and the C1 controls are errors in HTML, and U+009B starts an escape sequence on some terminals
    private static boolean allowed(char c) {
        if (c < 0x20) {
            return c == '\t' || c == '\n' || c == '\r';
        }
        return !(c >= 0x7F && c <= 0x9F) && !Character.isSurrogate(c) && c != '\uFFFE' && c != '\uFFFF';
    }
}
