package org.copydesk.ingest.boilerplate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.copydesk.core.BoilerplateCategory;
import org.copydesk.ingest.text.Block;
import org.copydesk.ingest.text.BlockSplitter;
import org.junit.jupiter.api.Test;

/** Full-page text dumps (as w3m or lynx write them): the article is found and kept whole, the furniture goes. */
class TextDumpClassifierTest {

    private final BoilerplateClassifier classifier = new BoilerplateClassifier(PhraseFamilies.builtIn());

    private static final String P1 = "The ferry company said on Monday that the crossing to the northern islands"
            + " would run twice a day again from March, after a winter of cancellations caused by engine trouble.";
    private static final String P2 = "Residents had complained for months that the single remaining boat left"
            + " them without a way to reach the hospital on the mainland when the weather turned rough.";
    private static final String P3 = "A second vessel, borrowed from a southern operator, will cover the early"
            + " sailing until the repaired boat returns from the shipyard at the end of the season.";
    private static final String SHORT_LAST = "The council will review the timetable in June.";
    private static final String TEASER = "Farmers in the valley say the late frost has cut this year's apple"
            + " harvest by almost half, and several orchards will not open for picking at all this autumn.";

    private static final List<String> MENU = List.of("* Home", "* Local", "* Sport", "* Weather", "* Travel");
    private static final List<String> HEADLINES = List.of("* Bridge repairs to close the coast road for a week",
            "* New head teacher named for the harbour school", "* Lifeboat crew rescue two walkers stranded by tide",
            "* Market hall to reopen after a two year restoration");

    private static List<Block> dump(List<String> lines) {
        return BlockSplitter.split(String.join("\n\n", lines));
    }

    private static List<String> page(List<String> before, List<String> article, List<String> after) {
        List<String> all = new java.util.ArrayList<>(before);
        all.addAll(article);
        all.addAll(after);
        return all;
    }

    private static void assertKept(Map<Integer, Classification> c, List<Block> blocks, String text) {
        Block b = blocks.stream().filter(x -> x.content().equals(text)).findFirst().orElseThrow();
        assertFalse(c.containsKey(b.index()), "article block removed: " + text + " -> " + c.get(b.index()));
    }

    private static Classification removed(Map<Integer, Classification> c, List<Block> blocks, String text) {
        Block b = blocks.stream().filter(x -> x.content().equals(text)).findFirst().orElseThrow();
        Classification k = c.get(b.index());
        assertNotNull(k, "furniture kept: " + text);
        assertFalse(k.reason().isBlank());
        return k;
    }

    @Test
    void fullPageDumpKeepsTheArticleWholeAndRemovesMenusListsTeasersAndFooter() {
        List<String> before = new java.util.ArrayList<>(MENU);
        before.add("Ferry service to the islands restored");
        List<String> after = new java.util.ArrayList<>(List.of("More from the region"));
        after.addAll(HEADLINES);
        after.addAll(List.of("[1] About us", "[2] Contact us", "[3] Privacy policy"));
        after.add(TEASER);
        after.add("© 2026 The Harbour Gazette. All rights reserved.");
        List<String> article = List.of(P1, P2, P3, SHORT_LAST);
        List<Block> blocks = dump(page(before, article, after));
        Map<Integer, Classification> c = classifier.classify(blocks, Set.of());

        article.forEach(t -> assertKept(c, blocks, t));
        for (String m : MENU) {
            assertEquals(BoilerplateCategory.NAVIGATION, removed(c, blocks, m).category(), m);
        }
        for (String h : HEADLINES) {
            Classification k = removed(c, blocks, h);
            assertEquals(BoilerplateCategory.RELATED_LINKS, k.category(), h);
            assertTrue(k.reason().contains("headline-like"), k.reason());
        }
        assertTrue(removed(c, blocks, TEASER).reason().contains("apart from the article"));
        removed(c, blocks, "[1] About us");
        removed(c, blocks, "[2] Contact us");
        removed(c, blocks, "© 2026 The Harbour Gazette. All rights reserved.");
    }

    @Test
    void aTeaserParagraphAboveTheMenuIsNotTheArticlesStart() {
        List<String> before = new java.util.ArrayList<>(List.of(TEASER));
        before.addAll(MENU);
        before.addAll(List.of("* Opinion", "* Business", "* Contact"));
        List<Block> blocks = dump(page(before, List.of(P1, P2, P3), List.of()));
        Map<Integer, Classification> c = classifier.classify(blocks, Set.of());
        int[] range = classifier.proseRange(blocks, Set.of());
        assertEquals(blocks.size() - 3, range[0]);
        assertEquals(BoilerplateCategory.OTHER, removed(c, blocks, TEASER).category());
        List.of(P1, P2, P3).forEach(t -> assertKept(c, blocks, t));
    }

    @Test
    void aCutOffLastParagraphStaysWithTheArticle() {
        String cut = "Ticket prices will rise by about five per cent for adults while children and pensioners"
                + " keep their current fares until the company finishes its review of the";
        List<String> article = List.of(P1, P2, cut);
        List<Block> blocks = dump(page(MENU, article, List.of("Most read", "Share this article")));
        Map<Integer, Classification> c = classifier.classify(blocks, Set.of());
        article.forEach(t -> assertKept(c, blocks, t));
        removed(c, blocks, "Share this article");
    }

    @Test
    void subHeadingsListsAndShortParagraphsInsideTheArticleStay() {
        List<String> article = List.of(P1, "What changes", "* Two sailings a day from March.",
                "* A bus link from the pier to the hospital.", P2, "Why it matters", "It is the only link.", P3,
                SHORT_LAST);
        List<Block> blocks = dump(page(MENU, article, List.of()));
        Map<Integer, Classification> c = classifier.classify(blocks, Set.of());
        article.forEach(t -> assertKept(c, blocks, t));
    }

    @Test
    void aLongFooterFarBelowTheArticleIsNotItsEnd() {
        String legal = "Material on this site may not be reproduced, distributed, transmitted or otherwise used"
                + " without the prior written permission of the publisher, except as the licence of each item allows.";
        List<String> after = new java.util.ArrayList<>(List.of("Follow us"));
        after.addAll(MENU);
        after.addAll(List.of("* Jobs", "* Advertise", "* Archive", legal));
        List<Block> blocks = dump(page(List.of(), List.of(P1, P2, P3), after));
        Map<Integer, Classification> c = classifier.classify(blocks, Set.of());
        List.of(P1, P2, P3).forEach(t -> assertKept(c, blocks, t));
        removed(c, blocks, legal);
        assertEquals(2, classifier.proseRange(blocks, Set.of())[1]);
    }
}
