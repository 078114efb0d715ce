package org.copydesk.ingest.boilerplate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.copydesk.core.Span;
import org.copydesk.ingest.text.Block;
import org.copydesk.ingest.text.BlockSplitter;
import org.junit.jupiter.api.Test;

/** The page's kept wording hits answer as PhraseFamilies.best does, for the page's blocks and for others. */
class PhraseHitsTest {

    private final PhraseFamilies families = PhraseFamilies.builtIn();

    @Test
    void aPageBlockGetsTheHitOfItsTextWithoutBullet() {
        List<Block> blocks = BlockSplitter.split("The pier reopened on Friday after a month of repairs.\n\n"
                + "• Share this article\n\nSubscribe to our newsletter");
        PhraseHits hits = new PhraseHits(families, blocks);
        for (Block b : blocks) {
            assertEquals(families.best(b.unbulleted()), hits.of(b), b.content());
            assertEquals(families.best(b.unbulleted()), hits.of(b), "asked again: " + b.content());
        }
        assertTrue(hits.of(blocks.get(0)).isEmpty());
        assertTrue(hits.of(blocks.get(1)).isPresent());
    }

    @Test
    void aBlockOfAnotherPageWithTheSameIndexIsMatchedAfresh() {
        List<Block> page = BlockSplitter.split("The pier reopened on Friday after a month of repairs.");
        PhraseHits hits = new PhraseHits(families, page);
        hits.of(page.get(0));
        String other = "Subscribe to our newsletter";
        Block stranger = new Block(0, new Span(0, other.length()), new Span(0, other.length()), other);
        assertEquals(families.best(other), hits.of(stranger));
        assertTrue(hits.of(stranger).isPresent());
    }
}
