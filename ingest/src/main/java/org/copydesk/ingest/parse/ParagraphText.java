package org.copydesk.ingest.parse;

import java.util.Set;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Collects the text of Tika's XHTML for office, e-book, PDF and mail documents with one blank line after each
 * block element (paragraph, heading, list item, cell), so the block splitter sees the document's paragraphs.
 * With {@code reflow}, line breaks inside a paragraph are joined with a space: a PDF's paragraph arrives as
 * the lines of its page layout, and a line that happens to start with a name must not become a block.
 */
final class ParagraphText extends DefaultHandler {

    private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd",
            "td", "th", "blockquote", "pre", "div", "tr", "table", "ul", "ol");

    private final StringBuilder text = new StringBuilder();
    private final boolean reflow;
    private int paragraphDepth;

    ParagraphText(boolean reflow) {
        this.reflow = reflow;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        if (BLOCKS.contains(localName)) {
            endBlock();
            paragraphDepth += localName.equals("p") ? 1 : 0;
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if (BLOCKS.contains(localName)) {
            paragraphDepth -= localName.equals("p") && paragraphDepth > 0 ? 1 : 0;
            endBlock();
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (!reflow || paragraphDepth == 0) {
            text.append(ch, start, length);
            return;
        }
        for (int i = start; i < start + length; i++) {
            char c = ch[i];
            if (c == '\n' || c == '\r') {
                int n = text.length();
                if (n > 0 && !Character.isWhitespace(text.charAt(n - 1))) {
                    text.append(' ');
                }
            } else {
                text.append(c);
            }
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
        // Between elements block ends already separate paragraphs; inside one it is a PDF's line break.
        if (paragraphDepth > 0) {
            characters(ch, start, length);
        }
    }

    /** Closes the current block with a blank line, trimming spaces a reflowed line end left behind. */
    private void endBlock() {
        int n = text.length();
        while (n > 0 && (text.charAt(n - 1) == ' ' || text.charAt(n - 1) == '\t')) {
            n--;
        }
        text.setLength(n);
        if (n == 0 || n >= 2 && text.charAt(n - 1) == '\n' && text.charAt(n - 2) == '\n') {
            return;
        }
        text.append(text.charAt(n - 1) == '\n' ? "\n" : "\n\n");
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
