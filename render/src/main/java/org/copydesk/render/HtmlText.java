package org.copydesk.render;

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
        return text == null ? "" : XmlText.html(VisibleText.bidiVisible(text));
    }
}
