package org.copydesk.ingest.boilerplate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.copydesk.core.BoilerplateCategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhraseFamiliesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "\\bdonat(e|ion|ing)\\b#donat",
        "\\bsign up (for|now)\\b#'sign up '",
        "^(back to top|go to top)$#''",
        "colou?r scheme#r scheme",
        "[abc]+ comments? below#' comment'",
        "\\bread more\\.{3}#read more",
        "share (this|on)#'share '",
        "cookies? policy#' policy'",
        "ad{2,3}vert#vert",
        "a|b#''",
        "x\\s+y#''",
    })
    void requiredLiteralIsWhatEveryMatchContains(String regex, String expected) {
        assertEquals(expected, PhraseFamilies.Phrase.requiredLiteral(regex));
    }

    @Test
    void caseSensitivePatternsAreNotLowerCased() {
        assertFalse(PhraseFamilies.Phrase.lowerable("support (?-i:\\p{Lu})\\w+"));
        assertFalse(PhraseFamilies.Phrase.lowerable("Subscribe"));
        assertTrue(PhraseFamilies.Phrase.lowerable("\\bsubscribe\\s+now\\b"));
    }

    @Test
    void prefilteredMatchingAgreesWithThePlainRegexOnMixedCaseText() {
        List<String> texts = List.of("Please DONATE today to keep us going", "Sign Up for our morning briefing",
                "We use Cookies to improve the site", "Follow us on the usual networks", "Ünïcode Straße © 2024",
                "The council voted on Tuesday to approve the budget.", "Leave a Reply", "");
        PhraseFamilies families = PhraseFamilies.builtIn();
        for (String t : texts) {
            BoilerplateCategory expected = slowBest(t);
            assertEquals(expected, families.best(t).map(PhraseFamilies.Hit::category).orElse(null), t);
        }
    }

    @ParameterizedTest(name = "{0} \u2192 {1}")
    @CsvSource(delimiter = '|', value = {
        "This story is the copyrighted property of the Harbour Gazette | legal-footer",
        "Prior permission must be sought before any reuse of our reports | legal-footer",
        "The Gazette is not responsible for the views posted by readers | legal-footer",
        "To read the full story, please subscribe to the Harbour Gazette | subscription-prompt",
        "New subscribers also receive a printed map of the islands | subscription-prompt",
        "For breaking news download our Harbour Gazette app for phones | newsletter-prompt",
        "Get local headlines straight to your phone every morning | newsletter-prompt",
        "Submit your letter to the editor using the form below | comment-form",
        "Teilen Sie uns Ihre Erfahrungen mit dem neuen Fahrplan mit | comment-form",
        "Bild anzeigen Bild schließen | navigation"})
    void furnitureWordingFamiliesFire(String text, String category) {
        assertEquals(BoilerplateCategory.fromId(category).orElseThrow(),
                PhraseFamilies.builtIn().best(text).orElseThrow().category(), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The land by the quay is the property of the parish council",
        "She wrote a letter to the editor of the local paper in 1998",
        "The ferry company said it is not responsible for delays caused by the storm",
        "Residents shared their experience of the winter crossing with the board",
        "Das Bild zeigt den alten Hafen im Winter"})
    void proseNearTheseFamiliesStaysQuiet(String text) {
        assertTrue(PhraseFamilies.builtIn().best(text).isEmpty(), () -> text + " matched "
                + PhraseFamilies.builtIn().best(text));
    }

    @Test
    void configuredPhrasesMatchLiterallyInAnyCase() {
        PhraseFamilies families = PhraseFamilies.builtIn()
                .with(BoilerplateCategory.DONATION_APPEAL, List.of("Keep the Lamp Lit (fund)"));
        assertEquals(BoilerplateCategory.DONATION_APPEAL,
                families.best("keep the lamp lit (FUND)").orElseThrow().category());
        assertTrue(families.best("keep the lamp lit fund").isEmpty());
    }

    /** The category the built-in data files give by plain case-insensitive matching, the earliest on a tie. */
    private static BoilerplateCategory slowBest(String text) {
        String t = text.strip().replaceAll("\\s+", " ");
        BoilerplateCategory best = null;
        int bestN = 0;
        for (BoilerplateCategory c : BoilerplateCategory.values()) {
            if (!c.hasPhrases()) {
                continue;
            }
            int n = 0;
            for (String l : org.copydesk.ingest.lang.Languages.all().lines("boilerplate/" + c.id())) {
                String line = l.startsWith("~") ? l.substring(1) : l; // weak: these texts are no narratives
                String regex = line.startsWith("=") ? "^(?:" + line.substring(1) + ")[.!:]?$" : line;
                if (Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(t).find()) {
                    n++;
                }
            }
            if (n > bestN) {
                best = c;
                bestN = n;
            }
        }
        return best;
    }

    @Test
    void lowerCaseKeepsOffsetsForTheTextsItIsUsedOn() {
        String t = "İstanbul";
        assertTrue(t.toLowerCase(Locale.ROOT).length() != t.length(), "the fallback case exists");
        assertEquals(BoilerplateCategory.NEWSLETTER_PROMPT,
                PhraseFamilies.builtIn().best("İstanbul newsletter").orElseThrow().category());
    }
}
