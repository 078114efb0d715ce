package org.copydesk.ingest.html;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.copydesk.ingest.markup.MarkupMetadata;
import org.copydesk.ingest.text.Block;

/**
 * An HTML page cut into blocks: the extracted text (the blocks' texts joined with one newline), the blocks in
 * page order with what the markup says about each, the elements that hold them, what the markup says about the
 * article, and the JSON-LD {@code articleBody} when the page gives one ({@code null} otherwise).
 */
public record HtmlPage(String text, List<PageBlock> blocks, List<PageElement> elements, MarkupMetadata metadata,
        String articleBody) {

    public HtmlPage {
        blocks = ImmutableList.copyOf(blocks);
        elements = ImmutableList.copyOf(elements);
        metadata = metadata == null ? MarkupMetadata.none() : metadata;
    }

    HtmlPage(String text, List<PageBlock> blocks, List<PageElement> elements) {
        this(text, blocks, elements, MarkupMetadata.none(), null);
    }

    HtmlPage withMarkup(MarkupMetadata h, String body) {
        return new HtmlPage(text, blocks, elements, h, body);
    }

    /** The plain blocks, for the metadata finders shared with the text path. */
    public List<Block> textBlocks() {
        return blocks.stream().map(PageBlock::block).collect(ImmutableList.toImmutableList());
    }
}
