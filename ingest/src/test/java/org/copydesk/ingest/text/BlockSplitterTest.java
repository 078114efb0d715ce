package org.copydesk.ingest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class BlockSplitterTest {

    @Test
    void eachLineIsABlockUnlessHardWrapped() {
        String text = "Headline here\n\nThis paragraph was wrapped by an old editor at a fixed column of text so\n"
                + "it continues on the next line.\n  • Share\n  • Email\n";
        List<Block> blocks = BlockSplitter.split(text);
        assertEquals(List.of("Headline here",
                "This paragraph was wrapped by an old editor at a fixed column of text so\nit continues on the next line.",
                "• Share", "• Email"), blocks.stream().map(Block::content).toList());
        assertEquals(0, blocks.get(0).extent().start());
        assertEquals(text.length(), blocks.get(3).extent().end());
        for (int i = 1; i < blocks.size(); i++) {
            assertEquals(blocks.get(i - 1).extent().end(), blocks.get(i).extent().start());
        }
    }

    @Test
    void bulletsAreRecognised() {
        List<Block> blocks = BlockSplitter.split("• Share\n- Email\nNot a - bullet");
        assertEquals(List.of(true, true, false), blocks.stream().map(Block::isBullet).toList());
        assertEquals("Share", blocks.get(0).unbulleted());
    }
}
