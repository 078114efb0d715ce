package org.copydesk.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.copydesk.core.BoilerplateCategory;
import org.junit.jupiter.api.Test;

/** What class words say about an element, and the template modifiers that say what it holds instead. */
class AttributeWordsTest {

    private static final AttributeWords WORDS = AttributeWords.builtIn();

    @Test
    void furnitureWordsNameTheirCategory() {
        assertEquals(BoilerplateCategory.ADVERTISEMENT, WORDS.furniture("section ads").orElseThrow().category());
        assertEquals(BoilerplateCategory.NAVIGATION, WORDS.furniture("left sidebar").orElseThrow().category());
    }

    @Test
    void wordsAfterHasWithOrNoSayWhatTheElementHoldsNotWhatItIs() {
        assertTrue(WORDS.furniture("section has ads").isEmpty());
        assertTrue(WORDS.furniture("single content has left sidebar").isEmpty());
        assertTrue(WORDS.furniture("post no comments").isEmpty());
        assertTrue(WORDS.furniture("layout with sidebar").isEmpty());
    }

    @Test
    void popupsAndModalsAreLayersOtherFurnitureIsNot() {
        assertTrue(WORDS.layer("site popup overlay theme"));
        assertTrue(WORDS.layer("signup modal"));
        assertFalse(WORDS.layer("left sidebar"));
        assertFalse(WORDS.layer("page with overlay"));
    }

    @Test
    void aModifierReachesTwoWordsOnly() {
        assertEquals(BoilerplateCategory.SOCIAL_SHARE,
                WORDS.furniture("has hero image share").orElseThrow().category());
    }
}
