package org.copydesk.ingest.boilerplate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.copydesk.core.BoilerplateCategory;
import org.copydesk.ingest.lang.Languages;
import org.copydesk.ingest.text.BlockSplitter;
import org.junit.jupiter.api.Test;

/**
 * A weak furniture word ("donations", "sign up for", "1 comment") named in passing in a narrative sentence keeps
 * the sentence in the article; the same word in an appeal to the reader, at the head of a prompt or in a line too
 * short to be a sentence still makes furniture.
 */
class PassingMentionTest {

    private static final String PROSE_A = "The county council voted on Tuesday to close two of its five libraries,"
            + " saying the buildings needed repairs it could not pay for before the end of the decade.";
    private static final String PROSE_B = "Residents who spoke at the meeting asked the council to consider"
            + " volunteers and shorter opening hours instead, but the motion passed by eleven votes to four.";

    private final PhraseFamilies families = PhraseFamilies.builtIn().forLanguages(Languages.detected("en"));
    private final BoilerplateClassifier classifier = new BoilerplateClassifier(families);

    private Map<Integer, Classification> between(String block) {
        return classifier.classify(BlockSplitter.split(String.join("\n\n", PROSE_A, block, PROSE_B)), Set.of());
    }

    private Optional<BoilerplateCategory> category(String text) {
        return families.best(text).map(PhraseFamilies.Hit::category);
    }

    @Test
    void aNarrativeSentenceAboutDonationsStaysInTheArticle() {
        String sentence = "Aides to the senator said the largest donations to her campaign came from teachers and"
                + " nurses across the state.";
        assertEquals(Map.of(), between(sentence));
        assertEquals(Optional.empty(), category(sentence));
    }

    @Test
    void reportedSpeechThatAddressesSomeoneElseStaysToo() {
        String sentence = "A party spokesman said it \"will return every donation we cannot trace to a real person\""
                + " and declined to say how many there were.";
        assertEquals(Map.of(), between(sentence));
    }

    @Test
    void aDonationAppealToTheReaderIsStillRemoved() {
        String appeal = "Readers like you keep this newsroom going, so please consider a donation of any size today.";
        Map<Integer, Classification> c = between(appeal);
        assertEquals(BoilerplateCategory.DONATION_APPEAL, c.get(1).category(), c.toString());
        assertEquals(Set.of(1), c.keySet());
    }

    @Test
    void anAppealThatLeadsWithTheWordOrIsTooShortIsStillRemoved() {
        assertEquals(Optional.of(BoilerplateCategory.DONATION_APPEAL),
                category("Donations keep independent reporters on the beat in every town of the valley."));
        assertEquals(Optional.of(BoilerplateCategory.DONATION_APPEAL), category("Tax-deductible donations welcome."));
    }

    @Test
    void twoWeakWordsInAShortBlockAreStillAnAppeal() {
        String footer = "All donations to the trust are tax-deductible to the full extent of the law.";
        assertEquals(BoilerplateCategory.DONATION_APPEAL, between(footer).get(1).category());
        String paragraph = "The charity's accounts show that donations from local firms, which are tax-deductible"
                + " for the companies that make them, rose by a third last year while gifts from individual"
                + " residents fell for the second year running.";
        assertEquals(Map.of(), between(paragraph));
    }

    @Test
    void votersSigningUpForSomethingAreNotANewsletterPrompt() {
        String sentence = "Thousands of voters rushed to sign up for the free shuttle buses the county laid on before"
                + " polling day.";
        assertEquals(Map.of(), between(sentence));
    }

    @Test
    void aSignUpPromptIsStillRemoved() {
        String prompt = "To hear first about new episodes of the show, sign up for our podcast alerts.";
        assertEquals(BoilerplateCategory.NEWSLETTER_PROMPT, between(prompt).get(1).category());
        assertEquals(Optional.of(BoilerplateCategory.NEWSLETTER_PROMPT),
                category("Sign up for the morning briefing and get the top stories every weekday."));
    }

    @Test
    void aStrongPhraseBesideAWeakWordStillMakesFurniture() {
        assertEquals(Optional.of(BoilerplateCategory.NEWSLETTER_PROMPT), category("Want more council news? Sign"
                + " up for the Courier's free newsletter to get the latest votes and budgets."));
    }

    @Test
    void aNumberedCommentInPassingIsNotACommentCount() {
        assertEquals(Optional.empty(),
                category("The mayor said the No. 1 comment she hears on doorsteps is about potholes on the ring road."));
        assertEquals(Optional.of(BoilerplateCategory.COMMENT_FORM), category("12 comments"));
    }

    @Test
    void workRelatedTopicsAreNotRelatedLinks() {
        assertEquals(Optional.empty(), category("Staff exchanged emails on work-related topics, the audit found."));
        assertEquals(Optional.of(BoilerplateCategory.RELATED_LINKS), category("Related topics"));
    }

    @Test
    void readerAddressIsReadOutsideQuotesAndNotInTheCountrysName() {
        PassingMention passing = new PassingMention(Languages.detected("en"));
        assertTrue(passing.addressesReader("Please give what you can."));
        assertFalse(passing.addressesReader("The US embassy said \"we will help\" the families."));
        assertFalse(new PassingMention(Languages.detected("de")).addressesReader("Sie sagte, die Spenden seien"
                .toLowerCase(java.util.Locale.ROOT)));
        assertTrue(new PassingMention(Languages.detected("de")).addressesReader("Spenden Sie jetzt."));
    }

    @Test
    void aConfiguredPhraseIsNeverWeak() {
        PhraseFamilies configured = families.with(BoilerplateCategory.DONATION_APPEAL, List.of("friends fund"));
        assertEquals(Optional.of(BoilerplateCategory.DONATION_APPEAL), configured.best(
                "The council said the friends fund paid for the new roof of the library last winter.")
                .map(PhraseFamilies.Hit::category));
    }
}
