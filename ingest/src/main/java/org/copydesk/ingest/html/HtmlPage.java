package org.copydesk.ingest.html;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.copydesk.ingest.parse.MarkupHints;
import org.copydesk.ingest.text.Block;

/**
 * An HTML page cut into blocks: the extracted text (the blocks' texts joined with one newline), the blocks in
 * page order with what the markup says about each, the elements that hold them, the markup hints, and the
 * JSON-LD {@code articleBody} when the page gives one ({@code null} otherwise).
 */
public record HtmlPage(String text, List<PageBlock> blocks, List<PageElement> elements, MarkupHints hints,
        String articleBody) {

    public HtmlPage {
        blocks = ImmutableList.copyOf(blocks);
        elements = ImmutableList.copyOf(elements);
        hints = hints == null ? MarkupHints.none() : hints;
    }

    HtmlPage(String text, List<PageBlock> blocks, List<PageElement> elements) {
        this(text, blocks, elements, MarkupHints.none(), null);
    }

    HtmlPage withMarkup(MarkupHints h, String body) {
        return new HtmlPage(text, blocks, elements, h, body);
    }

    /** The plain blocks, for the metadata finders shared with the text path. */
    public List<Block> textBlocks() {
        return blocks.stream().map(PageBlock::block).collect(ImmutableList.toImmutableList());
    }
}
