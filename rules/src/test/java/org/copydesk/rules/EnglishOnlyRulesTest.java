package org.copydesk.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.copydesk.core.ArticleMetadata;
import org.copydesk.core.ExtractedDocument;
import org.copydesk.rules.fixtures.FixtureCase;
import org.copydesk.rules.fixtures.FixtureRun;
import org.copydesk.rules.fixtures.RuleFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rules that read English wording ({@link RuleInfo#englishOnly}) judge English bodies, or bodies of unknown
 * language, only; every other rule judges any language. Each rule of the registry is tried on the documents its
 * own fixture fires on, with the detected language replaced ({@code text.language}, which judges the language
 * itself, aside).
 */
class EnglishOnlyRulesTest {

    /** The rule whose subject is the language itself: its own test covers which languages it fires on. */
    private static final String LANGUAGE_RULE = "text.language";

    static Stream<Arguments> firingCases() {
        return RuleRegistry.entries().stream().flatMap(e -> RuleFixture.of(e.descriptor()).stream()
                .flatMap(f -> f.firing().stream()).map(c -> Arguments.of(e.descriptor().id(), c)))
                .filter(a -> !a.get()[0].equals(LANGUAGE_RULE));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("firingCases")
    void aRuleFiresOnOtherLanguagesExactlyWhenItIsNotEnglishOnly(String rule, FixtureCase c) {
        ExtractedDocument doc = FixtureRun.ingest(c);
        boolean englishOnly = englishOnly(rule);
        assertEquals(!englishOnly, fires(rule, c, inLanguage(doc, "fr")), "French");
        assertEquals(!englishOnly, fires(rule, c, inLanguage(doc, "pt-BR")), "Brazilian Portuguese");
        if (englishOnly) {
            assertEquals(true, fires(rule, c, inLanguage(doc, "en-US")), "American English");
            assertEquals(true, fires(rule, c, inLanguage(doc, null)), "unknown language");
            assertEquals(true, fires(rule, c, inLanguage(doc, "und")), "undetermined language");
        }
    }

    @Test
    void theRationaleSaysWhetherARuleIsEnglishOnly() {
        for (RuleRegistry.Entry e : RuleRegistry.entries()) {
            RuleDescriptor d = e.descriptor();
            assertEquals(englishOnly(d.id()), d.rationale().endsWith(RuleDescriptor.ENGLISH_ONLY), d.id());
        }
    }

    private static boolean englishOnly(String rule) {
        return RuleRegistry.entries().stream().filter(e -> e.descriptor().id().equals(rule)).findFirst()
                .orElseThrow().constraint().getAnnotation(RuleInfo.class).englishOnly();
    }

    private static boolean fires(String rule, FixtureCase c, ExtractedDocument doc) {
        return FixtureRun.check(c, doc).stream().anyMatch(f -> f.rule().equals(rule));
    }

    /** {@code doc} as if its body had been detected as {@code language}. */
    private static ExtractedDocument inLanguage(ExtractedDocument doc, String language) {
        ArticleMetadata a = doc.article();
        ArticleMetadata relabelled = new ArticleMetadata(a.headline(), a.headlineSpan(), a.dateline(),
                a.datelineSpan(), a.bylines(), a.creditLines(), a.published(), a.firstPublished(), a.modified(),
                a.publishedCandidates(), language);
        return new ExtractedDocument(doc.source(), doc.text(), doc.segments(), relabelled, doc.dates(), doc.quotes(),
                doc.problems()).withConfidence(doc.confidence()).withProvenance(doc.provenance());
    }
}
