package org.copydesk.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.copydesk.core.BoilerplateCategory;
import org.copydesk.core.CreditPlacement;
import org.copydesk.core.BylineKind;
import org.copydesk.core.Finding;
import org.copydesk.core.InputProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextRulesTest {

    private static final String NAV = "Home | News | Sport | Business | Culture | Weather | Contact us | About us";

    @Test
    void emptyBody() {
        Check.fires(TestArticle.builder().headline("Council approves harbour budget")
                .boilerplate(BoilerplateCategory.COOKIE_CONSENT, "We use cookies to improve your experience."),
                "text.empty-body");
        Check.quiet(TestArticle.clean(), "text.empty-body");
        Check.quiet(TestArticle.builder().problem(InputProblem.Kind.LIMIT, "cut at 10 MB"), "text.empty-body");
    }

    @Test
    void tooShort() {
        Finding f = Check.fires(TestArticle.builder().headline("Ferry ramp").paragraph(TestArticle.FIRST),
                "text.too-short").get(0);
        assertTrue(f.message().startsWith("the body has 30 words"), f.message());
        Check.quiet(TestArticle.clean(), "text.too-short");
        Check.quiet(TestArticle.builder().headline("Ferry ramp"), "text.too-short"); // empty: text.empty-body
    }

    @Test
    void tooShortThresholdIsASetting() {
        RuleEngine engine = RuleEngine.create(Profile.SCRAPE_AUDIT, RuleSettings.defaults(Check.NOW).withMinWords(20));
        assertTrue(engine.check(TestArticle.builder().paragraph(TestArticle.FIRST).build()).stream()
                .noneMatch(x -> x.rule().equals("text.too-short")));
    }

    @Test
    void boilerplateHeavy() {
        TestArticle heavy = TestArticle.clean().boilerplate(BoilerplateCategory.NAVIGATION, NAV)
                .boilerplate(BoilerplateCategory.RELATED_LINKS, (NAV + " ").repeat(10));
        Finding f = Check.fires(heavy, "text.boilerplate-heavy").get(0);
        assertTrue(f.message().endsWith("(largest part: related-links)"), f.message());
        Check.quiet(TestArticle.clean().boilerplate(BoilerplateCategory.NAVIGATION, NAV), "text.boilerplate-heavy");
    }

    @ParameterizedTest
    @ValueSource(strings = {"The engineers will report to the council in", "The survey found cracks … Read more",
        "The survey found cracks in the wall...", "The survey found cracks in the wall…",
        "The survey found cracks. Continue reading →", "The survey found cracks in 2023"})
    void truncated(String ending) {
        Check.fires(TestArticle.clean().paragraph(ending), "text.truncated");
    }

    @ParameterizedTest
    @ValueSource(strings = {"The survey found cracks.", "“We will fix it,” she said.", "Was it safe?",
        "The wall held (just).", "Repairs start on Monday!"})
    void finishedEndingsAreQuiet(String ending) {
        Check.quiet(TestArticle.clean().paragraph(ending), "text.truncated");
    }

    @Test
    void aTrailingCreditIsNotACutOffSentence() {
        Check.quiet(TestArticle.clean().paragraph("— Reuters"), "text.truncated");
        TestArticle credited = TestArticle.clean();
        credited.paragraph("Reporting by Jane Roe");
        Check.fires(credited, "text.truncated"); // no credit line known there: just an unfinished paragraph
    }

    @Test
    void mojibake() {
        String damaged = "The minister\u00e2\u20ac\u2122s caf\u00c3\u00a9 visit drew a crowd \ufffd again.";
        List<Finding> f = Check.fires(TestArticle.clean().paragraph(damaged), "text.mojibake");
        assertEquals(3, f.size());
        assertEquals("encoding damage: \"\u00e2\u20ac\u2122\"", f.get(0).message());
        Check.quiet(TestArticle.clean().paragraph("The minister’s café visit in São Paulo drew a crowd — again."),
                "text.mojibake");
    }

    @Test
    void mojibakeIsCappedWithACount() {
        TestArticle a = TestArticle.clean();
        for (int i = 0; i < 25; i++) {
            a.paragraph("Paragraph " + i + " has a caf\u00c3\u00a9 in it.");
        }
        List<Finding> f = Check.fires(a, "text.mojibake");
        assertEquals(21, f.size());
        assertEquals("encoding damage in 5 more places", f.get(20).message());
    }

    @Test
    void duplicateParagraph() {
        List<Finding> f = Check.fires(TestArticle.clean().paragraph(TestArticle.FIRST.toUpperCase()),
                "text.duplicate-paragraph");
        assertEquals(1, f.size());
        Check.quiet(TestArticle.clean().paragraph("Read more.").paragraph("Read more."), "text.duplicate-paragraph");
    }

    @Test
    void language() {
        Check.fires(TestArticle.clean().language("de"), "text.language");
        Check.quiet(TestArticle.clean().language("en-GB"), "text.language");
        Check.quiet(TestArticle.clean().language(null), "text.language");
    }

    @Test
    void creditsAreFoundInTrailingMetadata() {
        Check.quiet(TestArticle.clean().credit("— Reuters", CreditPlacement.TRAILING)
                .byline("Reuters", BylineKind.AGENCY, CreditPlacement.TRAILING), "text.truncated");
    }
}
