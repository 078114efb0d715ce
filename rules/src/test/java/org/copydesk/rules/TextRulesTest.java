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

    @ParameterizedTest
    @ValueSource(strings = {"JO\u00c3O GON\u00c7ALVES and Concei\u00e7\u00e3o spoke in S\u00e3o Paulo.",
        "The banner read AMANH\u00c3\u00a0SER\u00c1 OUTRO DIA.", "Sie nannte es \u00bbGru\u00df\u00ab.",
        "The sign said \u201cCaf\u00e9\u201d\u2026 and nothing else.", "Voil\u00e0 \u00bb la suite.",
        "\u041c\u0438\u043d\u0438\u0441\u0442\u0440 \u0437\u0430\u044f\u0432\u0438\u043b \u0432\u043e \u0432\u0442\u043e\u0440\u043d\u0438\u043a.",
        "\u5927\u81e3\u306f\u706b\u66dc\u65e5\u306b\u8ff0\u3079\u305f\u3002",
        "\u00c9l\u00e9onore \u00d8stergaard, 25\u00b0C, \u00a9 2024, na\u00efve \u00bfqu\u00e9?"})
    void mojibakeIsQuietOnCorrectText(String paragraph) {
        Check.quiet(TestArticle.clean().paragraph(paragraph), "text.mojibake");
    }

    @ParameterizedTest
    @ValueSource(strings = {"The minister\u0092s visit (Windows-1252 read as Latin-1).",
        "\u00d0\u00bf\u00d1\u20ac\u00d0\u00b8\u00d0\u00b2\u00d0\u00b5\u00d1\u201a (Russian read as 1252)",
        "\u00e4\u00b8\u00ad\u00e6\u2013\u2021 (Chinese read as 1252)", "voil\u00c3\u00a0 the damage",
        "A lost byte \ufffd here."})
    void mojibakeFiresOnDamage(String paragraph) {
        Check.fires(TestArticle.clean().paragraph(paragraph), "text.mojibake");
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
    void aRuleListsAtMostAHundredFindingsAndCountsTheRest() {
        TestArticle a = TestArticle.clean();
        for (int i = 0; i < Evidence.MAX_PER_RULE + 40; i++) {
            a.paragraph(TestArticle.FIRST);
        }
        List<Finding> f = Check.fires(a, "text.duplicate-paragraph");
        assertEquals(Evidence.MAX_PER_RULE + 1, f.size());
        Finding more = f.get(f.size() - 1);
        assertTrue(more.message().startsWith("40 more findings of this rule"), more.message());
        assertTrue(f.stream().limit(Evidence.MAX_PER_RULE).noneMatch(x -> x.message().contains("more findings")));
    }

    @Test
    void language() {
        Check.fires(TestArticle.clean().language("sv"), "text.language");
        Check.fires(TestArticle.clean().language("swe"), "text.language");
        Check.quiet(TestArticle.clean().language("en-GB"), "text.language");
        Check.quiet(TestArticle.clean().language("de"), "text.language");
        Check.quiet(TestArticle.clean().language("fra"), "text.language");
        Check.quiet(TestArticle.clean().language("und"), "text.language");
        Check.quiet(TestArticle.clean().language(null), "text.language");
    }

    @Test
    void creditsAreFoundInTrailingMetadata() {
        Check.quiet(TestArticle.clean().credit("— Reuters", CreditPlacement.TRAILING)
                .byline("Reuters", BylineKind.AGENCY, CreditPlacement.TRAILING), "text.truncated");
    }
}
