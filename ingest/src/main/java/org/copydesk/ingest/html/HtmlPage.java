package org.copydesk.ingest.html;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.copydesk.ingest.markup.MarkupMetadata;
import org.copydesk.ingest.text.Block;

/**
 * An HTML page cut into blocks: the extracted text (the blocks' texts joined with one newline), the blocks in
 * page order with what the markup says about each, the elements that hold them, what the markup says about the
 * article, the JSON-LD {@code articleBody} when the page gives one ({@code null} otherwise), and the contents of
 * its description meta tags, one a line ({@code null} when it has none).
 */
public record HtmlPage(String text, List<PageBlock> blocks, List<PageElement> elements, MarkupMetadata metadata,
        String articleBody, String description) {

    public HtmlPage {
        blocks = ImmutableList.copyOf(blocks);
        elements = ImmutableList.copyOf(elements);
        metadata = metadata == null ? MarkupMetadata.none() : metadata;
    }

    HtmlPage(String text, List<PageBlock> blocks, List<PageElement> elements) {
        this(text, blocks, elements, MarkupMetadata.none(), null, null);
    }

    HtmlPage withMarkup(MarkupMetadata h, String body, String summary) {
        return new HtmlPage(text, blocks, elements, h, body, summary);
    }

    /** The plain blocks, for the metadata finders shared with the text path. */
    public List<Block> textBlocks() {
        return blocks.stream().map(PageBlock::block).collect(ImmutableList.toImmutableList());
    }
}
