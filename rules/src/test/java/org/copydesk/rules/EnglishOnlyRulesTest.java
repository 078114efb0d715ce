package org.copydesk.rules;

import static org.copydesk.core.DateKind.RELATIVE;
import static org.copydesk.core.DateKind.WEEKDAY;
import static org.copydesk.core.SpeakerKind.NAMED;
import static org.copydesk.core.TimeReference.FUTURE;
import static org.copydesk.core.TimeReference.PAST;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.copydesk.core.BylineKind;
import org.copydesk.core.CreditPlacement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Rules that read English wording judge English bodies (or bodies of unknown language) only. */
class EnglishOnlyRulesTest {

    private static final Set<String> ENGLISH_ONLY = Set.of("attribution.unattributed-quote",
            "attribution.anonymous-source", "attribution.anonymous-share", "attribution.pronoun-unresolved",
            "attribution.loaded-verb", "attribution.secondhand", "date.relative-unanchored",
            "date.relative-inconsistent", "date.body-after-published", "byline.missing", "byline.malformed",
            "byline.conflict");

    static Stream<Arguments> firingArticles() {
        return Stream.of(
                Arguments.of("date.relative-unanchored", (Supplier<TestArticle>) () -> TestArticle.clean()
                        .noPublished().paragraph("The depot will close on Thursday.")
                        .date("on Thursday", WEEKDAY, null, DayOfWeek.THURSDAY, FUTURE)),
                Arguments.of("date.relative-inconsistent", (Supplier<TestArticle>) () -> TestArticle.clean()
                        .paragraph("Officials said yesterday (Monday) that the pier was unsafe.")
                        .date("yesterday (Monday)", RELATIVE, LocalDate.of(2024, 3, 13), DayOfWeek.MONDAY, PAST)),
                Arguments.of("attribution.loaded-verb", (Supplier<TestArticle>) () -> TestArticle.clean()
                        .paragraph("The director claimed the figures were right.")
                        .attribution("The director claimed", "claimed", "The director", NAMED, false, null)),
                Arguments.of("byline.missing", (Supplier<TestArticle>) () -> TestArticle.builder()
                        .headline("Ferry ramp opens").paragraph(TestArticle.FIRST)),
                Arguments.of("byline.malformed", (Supplier<TestArticle>) () -> TestArticle.builder()
                        .headline("Ferry ramp opens").credit("By Jane Roe Follow", CreditPlacement.TOP)
                        .byline("Jane Roe", BylineKind.PERSON, CreditPlacement.TOP)
                        .paragraph(TestArticle.FIRST).paragraph(TestArticle.SECOND)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("firingArticles")
    void quietOnOtherLanguagesOnly(String rule, Supplier<TestArticle> article) {
        Check.fires(article.get(), rule);
        Check.fires(article.get().language(null), rule); // unknown language: judged as before
        Check.fires(article.get().language("en-US"), rule);
        Check.quiet(article.get().language("fr"), rule);
        Check.quiet(article.get().language("pt-BR"), rule);
    }

    @Test
    void languageNeutralRulesStillJudgeOtherLanguages() {
        Check.fires(TestArticle.clean().language("fr").paragraph("Le ministre a visit\u00e9 le caf\u00c3\u00a9."),
                "text.mojibake");
        Check.fires(TestArticle.clean().language("fr"), "text.language");
    }

    @Test
    void theRationaleSaysSo() {
        List<String> flagged = RuleRegistry.all().stream()
                .filter(d -> d.rationale().endsWith(RuleDescriptor.ENGLISH_ONLY)).map(RuleDescriptor::id).toList();
        assertEquals(ENGLISH_ONLY, Set.copyOf(flagged));
        assertTrue(RuleRegistry.byId("text.mojibake").orElseThrow().rationale().indexOf("English") < 0);
    }

    @Test
    void undeterminedCountsAsUnknown() {
        Check.fires(TestArticle.builder().headline("Ferry ramp opens").paragraph(TestArticle.FIRST).language("und"),
                "byline.missing");
    }
}
