package org.copydesk.render;

import com.google.common.escape.Escaper;
import com.google.common.html.HtmlEscapers;
import com.google.common.xml.XmlEscapers;

/**
 * Document text made safe for XML and HTML: Guava's escapers write markup characters as references (and turn the
 * C0 controls XML cannot carry into U+FFFD); what they let through but a parser would refuse, which damaged
 * documents do contain, is replaced here first: lone surrogates always, and for HTML the C0 controls, DEL and the
 * C1 controls too (errors in HTML, and U+009B starts an escape sequence on some terminals).
 */
final class XmlText {

    private static final Escaper XML_TEXT = XmlEscapers.xmlContentEscaper();
    private static final Escaper XML_ATTRIBUTE = XmlEscapers.xmlAttributeEscaper();
    private static final Escaper HTML = HtmlEscapers.htmlEscaper();

    private XmlText() {
    }

    /** XML text content. */
    static String text(String s) {
        return XML_TEXT.escape(valid(s, false));
    }

    /** An XML attribute value in double quotes; tabs and line breaks are kept as references, not normalised away. */
    static String attr(String s) {
        return XML_ATTRIBUTE.escape(valid(s, false));
    }

    /** HTML element text and quoted attribute value alike. */
    static String html(String s) {
        return HTML.escape(valid(s, true));
    }

    private static String valid(String s, boolean html) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(i + 1));
            boolean bad = !pair && Character.isSurrogate(c) || html && invalidInHtml(c);
            if (bad && out == null) {
                out = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (out != null) {
                out.append(bad ? '\uFFFD' : c);
                if (pair) {
                    out.append(s.charAt(i + 1));
                }
            }
            if (pair) {
                i++;
            }
        }
        return out == null ? s : out.toString();
    }

    private static boolean invalidInHtml(char c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7F && c <= 0x9F || c == '\uFFFE'
                || c == '\uFFFF';
    }
}
