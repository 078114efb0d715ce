package org.copydesk.rules;

import static org.copydesk.core.SpeakerKind.ANONYMOUS;
import static org.copydesk.core.SpeakerKind.NAMED;
import static org.copydesk.core.SpeakerKind.NONE;
import static org.copydesk.core.SpeakerKind.ORGANIZATION;
import static org.copydesk.core.SpeakerKind.PRONOUN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.copydesk.core.BylineKind;
import org.copydesk.core.CreditPlacement;
import org.copydesk.core.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AttributionRulesTest {

    @Test
    void unattributedQuote() {
        String q = "\"The budget will not survive the winter.\"";
        Check.fires(TestArticle.clean().paragraph(q + " The council meets again in May.")
                .quote(q, null, NONE, null, null), "attribution.unattributed-quote");
        Check.quiet(TestArticle.clean().paragraph(q + " said Ana Diaz, the treasurer.")
                .quote(q, "Ana Diaz", NAMED, "said", null)
                .attribution("said Ana Diaz", "said", "Ana Diaz", NAMED, true, null), "attribution.unattributed-quote");
        // Scare quotes are not quotations.
        Check.quiet(TestArticle.clean().paragraph("The \"temporary\" ramp has stood for a decade.")
                .quote("\"temporary\"", null, NONE, null, null), "attribution.unattributed-quote");
    }

    @Test
    void unattributedQuoteLeavesARunawayQuoteToUnbalancedQuotes() {
        // The quote never closes, so the reader ran it to the paragraph's end and swallowed its own cue.
        String runaway = "“We will rebuild the school, said Mayor Ana Diaz on the quay.";
        TestArticle a = TestArticle.clean().paragraph(runaway).quote(runaway, null, NONE, null, null)
                .unbalancedMark("“We");
        Check.quiet(a, "attribution.unattributed-quote");
        Check.fires(a, "attribution.unbalanced-quotes");
        // A closed quote credited to nobody beside an unrelated stray mark is still reported.
        String q = "“The budget will not survive the winter.”";
        Check.fires(TestArticle.clean().paragraph(q + " The council meets again in “May.")
                .quote(q, null, NONE, null, null).unbalancedMark("“May"), "attribution.unattributed-quote");
    }

    @Test
    void anonymousSourceOncePerStatement() {
        String q = "\"The talks have stalled,\"";
        TestArticle a = TestArticle.clean().paragraph(q + " a senior official said on the quay.")
                .quote(q, "a senior official", ANONYMOUS, "said", null)
                .attribution("a senior official said", "said", "a senior official", ANONYMOUS, true, null);
        List<Finding> f = Check.fires(a, "attribution.anonymous-source");
        assertEquals(1, f.size(), "the quote and its attribution are one statement");
        assertEquals(TestArticle.find(a.build().text(), "a senior official said"), f.get(0).span());
        Check.quiet(TestArticle.clean().paragraph(q + " said Ana Diaz, the treasurer.")
                .quote(q, "Ana Diaz", NAMED, "said", null)
                .attribution("said Ana Diaz", "said", "Ana Diaz", NAMED, true, null), "attribution.anonymous-source");
    }

    private static TestArticle sourced(int anonymous, int named) {
        TestArticle a = TestArticle.clean();
        for (int i = 0; i < anonymous; i++) {
            a.paragraph("Talks stalled in round " + i + ", an official" + i + " said.")
                    .attribution("an official" + i + " said", "said", "an official", ANONYMOUS, false, null);
        }
        for (int i = 0; i < named; i++) {
            a.paragraph("Talks resumed in round " + i + ", Ana Diaz" + i + " said.")
                    .attribution("Ana Diaz" + i + " said", "said", "Ana Diaz", NAMED, false, null);
        }
        return a;
    }

    @Test
    void anonymousShare() {
        Finding f = Check.fires(sourced(2, 1), "attribution.anonymous-share").get(0);
        assertEquals("2 of 3 attributed statements (67 %) are anonymous; the limit is 50 %", f.message());
        Check.quiet(sourced(2, 2), "attribution.anonymous-share");
        Check.quiet(sourced(2, 0), "attribution.anonymous-share"); // too few statements for a share
    }

    @Test
    void anonymousShareIsASetting() {
        RuleEngine lenient = RuleEngine.create(Profile.SCRAPE_AUDIT,
                RuleSettings.defaults(Check.NOW).withAnonymousShare(0.7));
        assertTrue(lenient.check(sourced(2, 1).build()).stream()
                .noneMatch(x -> x.rule().equals("attribution.anonymous-share")));
    }

    @Test
    void unbalancedQuotes() {
        Check.fires(TestArticle.clean().paragraph("“We will rebuild the school, the mayor said.")
                .unbalancedMark("“We"), "attribution.unbalanced-quotes");
        Check.quiet(TestArticle.clean().paragraph("“We will rebuild the school,” the mayor said."),
                "attribution.unbalanced-quotes");
    }

    @Test
    void pronounUnresolved() {
        String q = "\"It is finished,\"";
        Check.fires(TestArticle.clean().paragraph(q + " she said.").quote(q, null, PRONOUN, "she said", null),
                "attribution.pronoun-unresolved");
        Check.fires(TestArticle.clean().paragraph(q + " she said.")
                .attribution("she said", "said", "she", PRONOUN, true, null), "attribution.pronoun-unresolved");
        Check.quiet(TestArticle.clean().paragraph(q + " she said.")
                .attribution("she said", "said", "Ana Diaz", PRONOUN, true, null), "attribution.pronoun-unresolved");
    }

    @ParameterizedTest
    @ValueSource(strings = {"claimed", "claims", "alleged", "admitted", "conceded", "insists", "insisting",
        "pointed out", "has admitted"})
    void loadedVerb(String verb) {
        Finding f = Check.fires(TestArticle.clean().paragraph("The director " + verb + " the figures were right.")
                .attribution("The director " + verb, verb, "The director", NAMED, false, null),
                "attribution.loaded-verb").get(0);
        assertTrue(f.message().contains(verb), f.message());
    }

    @ParameterizedTest
    @ValueSource(strings = {"said", "told reporters", "added", "according to", "noted", "wrote", "pointed"})
    void neutralVerbsAreQuiet(String verb) {
        Check.quiet(TestArticle.clean().paragraph("The director " + verb + " the figures were right.")
                .attribution("The director " + verb, verb, "The director", NAMED, false, null),
                "attribution.loaded-verb");
    }

    @Test
    void secondhand() {
        Check.fires(TestArticle.clean().paragraph("The chairman told The Harbour Gazette he had no plans to sell.")
                .attribution("The chairman told The Harbour Gazette", "told", "The chairman", NAMED, false,
                        "The Harbour Gazette"), "attribution.secondhand");
        Check.quiet(TestArticle.clean().paragraph("The chairman told reporters he had no plans to sell.")
                .attribution("The chairman told reporters", "told", "The chairman", NAMED, false, null),
                "attribution.secondhand");
        // An agency quoting its own interview is first-hand.
        Check.quiet(TestArticle.clean().credit("(AFP)", CreditPlacement.TRAILING)
                .byline("AFP", BylineKind.AGENCY, CreditPlacement.TRAILING)
                .paragraph("The ministry told AFP the port would stay open.")
                .attribution("The ministry told AFP", "told", "The ministry", ORGANIZATION, false, "AFP"),
                "attribution.secondhand");
    }
}
