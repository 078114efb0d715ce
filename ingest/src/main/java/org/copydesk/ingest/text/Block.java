package org.copydesk.ingest.text;

import org.copydesk.core.Span;
import org.copydesk.core.WordCounter;

/**
 * One unit of a text for classification: a paragraph or a line of furniture. {@code content} is the trimmed
 * text at {@code contentSpan}; {@code extent} also covers the whitespace up to the next block, so that the
 * extents of all blocks partition the text.
 */
public record Block(int index, Span extent, Span contentSpan, String content) {

    public int wordCount() {
        return WordCounter.count(content);
    }

    /** The block's size in words, comparable across scripts ({@link TextSize}). */
    public int size() {
        return TextSize.units(content);
    }

    /** Whether the block opens with a list bullet ("•", "-", "*", "·", "▪", or lynx's "+" of a nested list). */
    public boolean isBullet() {
        return !content.isEmpty() && "•·▪◦●-*–+".indexOf(content.charAt(0)) >= 0
                && (content.length() == 1 || Character.isWhitespace(content.charAt(1)));
    }

    /** The content without a leading bullet. */
    public String unbulleted() {
        return isBullet() ? content.substring(1).strip() : content;
    }
}
