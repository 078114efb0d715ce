package org.copydesk.ingest.html;

import org.copydesk.core.WordCounter;
import org.copydesk.ingest.text.Block;

/**
 * A block of an HTML page: the text of one block-level element (up to where a nested block begins) with what
 * the markup says about it: the element that holds it, its heading level (0 when it is not a heading), how
 * much of its text is link text, and whether it came after a line break inside its element.
 */
public record PageBlock(Block block, PageElement element, int headingLevel, int linkChars) {

    public int index() {
        return block.index();
    }

    public String text() {
        return block.content();
    }

    public int words() {
        return WordCounter.count(block.content());
    }

    /** The share of the text that sits inside links, 0 to 1. */
    public double linkDensity() {
        int n = block.content().length();
        return n == 0 ? 0 : Math.min(1.0, (double) linkChars / n);
    }

    public boolean isHeading() {
        return headingLevel > 0;
    }
}
