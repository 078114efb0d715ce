package org.copydesk.ingest.boilerplate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.copydesk.core.BoilerplateCategory;
import org.copydesk.ingest.text.Block;
import org.copydesk.ingest.text.BlockSplitter;
import org.junit.jupiter.api.Test;

class BoilerplateClassifierTest {

    private final BoilerplateClassifier classifier = new BoilerplateClassifier(PhraseFamilies.builtIn());

    private static final String PROSE_A = "The water board said the new treatment plant would open in the spring,"
            + " a year later than planned, after delays in the delivery of its filtration membranes.";
    private static final String PROSE_B = "Engineers expect the plant to supply about a third of the city's"
            + " drinking water once it runs at full capacity, easing pressure on the ageing reservoir.";

    private Map<Integer, Classification> classify(String... lines) {
        List<Block> blocks = BlockSplitter.split(String.join("\n\n", lines));
        return classifier.classify(blocks, Set.of());
    }

    @Test
    void removesShortFurnitureBetweenParagraphs() {
        Map<Integer, Classification> c = classify(PROSE_A, "Support The Lakeside Echo", PROSE_B);
        assertEquals(BoilerplateCategory.DONATION_APPEAL, c.get(1).category());
        assertFalse(c.containsKey(0));
        assertFalse(c.containsKey(2));
    }

    @Test
    void keepsLongProseThatMentionsFurnitureWords() {
        String prose = "Bakers at the festival said sales of cookies and cakes doubled this year, and the organisers"
                + " plan to donate the takings to the hospital appeal after the final weekend of the fair.";
        Map<Integer, Classification> c = classify(PROSE_A, prose, PROSE_B);
        assertTrue(c.isEmpty(), c.toString());
    }

    @Test
    void keepsShortSubheadingsInsideTheArticle() {
        Map<Integer, Classification> c = classify(PROSE_A, "Delays at the port", PROSE_B);
        assertTrue(c.isEmpty(), c.toString());
    }

    @Test
    void bulletRunsWithNetworkNamesAreShareBars() {
        List<Block> blocks = BlockSplitter.split(PROSE_A + "\n\n• Share this\n• Mastodon\n• Bluesky\n\n" + PROSE_B);
        Map<Integer, Classification> c = classifier.classify(blocks, Set.of());
        for (int i = 1; i <= 3; i++) {
            assertEquals(BoilerplateCategory.SOCIAL_SHARE, c.get(i).category(), "block " + i);
        }
    }

    @Test
    void shortLinesAfterTheLastParagraphAreRemoved() {
        Map<Integer, Classification> c = classify(PROSE_A, PROSE_B, "Most Read", "Ten things to do this weekend");
        assertEquals(BoilerplateCategory.RELATED_LINKS, c.get(2).category());
        assertEquals(BoilerplateCategory.OTHER, c.get(3).category());
    }

    @Test
    void everyRemovalSaysWhy() {
        Map<Integer, Classification> c = classify("Menu", PROSE_A, "Leave a reply", PROSE_B);
        assertEquals(BoilerplateCategory.NAVIGATION, c.get(0).category());
        assertEquals(BoilerplateCategory.COMMENT_FORM, c.get(2).category());
        c.values().forEach(v -> assertFalse(v.reason().isBlank()));
    }
}
