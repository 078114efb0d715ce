package org.copydesk.ingest.boilerplate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.copydesk.ingest.text.Block;

/**
 * Each block's strongest furniture wording ({@link PhraseFamilies#best} of its text without a leading bullet),
 * matched once and kept: the text path asks it of every block several times (the block's weight, the runs of
 * lines around it, the article's edges, its classification). One instance serves one page's blocks and one thread.
 */
public final class PhraseHits {

    private final PhraseFamilies families;
    private final List<Block> blocks;
    private final List<Optional<PhraseFamilies.Hit>> hits;

    public PhraseHits(PhraseFamilies families, List<Block> blocks) {
        this.families = families;
        this.blocks = blocks;
        this.hits = new ArrayList<>(Collections.nCopies(blocks.size(), null));
    }

    /** The strongest wording of {@code b}, a block of this page (another block is matched afresh). */
    public Optional<PhraseFamilies.Hit> of(Block b) {
        int i = b.index();
        if (i < 0 || i >= blocks.size() || blocks.get(i) != b) {
            return families.best(b.unbulleted());
        }
        Optional<PhraseFamilies.Hit> h = hits.get(i);
        if (h == null) {
            h = families.best(b.unbulleted());
            hits.set(i, h);
        }
        return h;
    }
}
