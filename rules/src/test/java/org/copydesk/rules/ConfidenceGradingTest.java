package org.copydesk.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.copydesk.core.Confidence;
import org.copydesk.core.DateValue;
import org.copydesk.core.ExtractedDocument;
import org.copydesk.core.Finding;
import org.copydesk.core.Severity;
import org.copydesk.core.Verdict;
import org.junit.jupiter.api.Test;

/** Findings carry the confidence of the fields they rely on, and are graded down one step when it is low. */
class ConfidenceGradingTest {

    private static final RuleEngine PRE = RuleEngine.create(Profile.PRE_PUBLICATION, RuleSettings.defaults(Check.NOW));

    private static Confidence confidence(double body, double published, double modified, double bylines) {
        return new Confidence(body, 0.9, published, modified, bylines, 0.9, Map.of());
    }

    /** An undated article: date.missing-published (warning in scrape-audit, error in pre-publication). */
    private static ExtractedDocument undated(Confidence c) {
        return TestArticle.clean().noPublished().build().withConfidence(c);
    }

    private static Finding only(List<Finding> findings, String rule) {
        List<Finding> of = findings.stream().filter(f -> f.rule().equals(rule)).toList();
        assertEquals(1, of.size(), rule + " in " + findings);
        return of.get(0);
    }

    @Test
    void aFindingCarriesTheLowestConfidenceOfItsBasisAndKeepsItsSeverityAboveTheMinimum() {
        Finding f = only(Check.SCRAPE.check(undated(confidence(0.62, 0.3, 0.3, 0.9))), "date.missing-published");
        assertEquals(List.of("body"), f.basis());
        // the absent date's own confidence is low, but an absence rests on the page having been read right
        assertEquals(0.62, f.confidence());
        assertEquals(Severity.WARNING, f.severity());
        assertNull(f.gradedFrom());
    }

    @Test
    void aLowBasisGradesAnErrorDownToAWarningAndTheVerdictFollows() {
        List<Finding> findings = PRE.check(undated(confidence(0.2, 0.9, 0.9, 0.9)));
        Finding f = only(findings, "date.missing-published");
        assertEquals(Severity.WARNING, f.severity());
        assertEquals(Severity.ERROR, f.gradedFrom());
        assertEquals(0.2, f.confidence());
        assertEquals(Severity.WARNING, only(findings, "input.low-confidence").severity());
        assertEquals(Verdict.WARN, Verdict.of(findings));
        // the same document, sure of its body, fails
        assertEquals(Verdict.FAIL, Verdict.of(PRE.check(undated(confidence(0.8, 0.9, 0.9, 0.9)))));
    }

    @Test
    void aLowBasisGradesAWarningDownToInfo() {
        Finding f = only(Check.SCRAPE.check(undated(confidence(0.49, 0.9, 0.9, 0.9))), "date.missing-published");
        assertEquals(Severity.INFO, f.severity());
        assertEquals(Severity.WARNING, f.gradedFrom());
    }

    @Test
    void aRuleOnTwoFieldsTakesTheLowerOfThem() {
        ExtractedDocument doc = TestArticle.clean().published(LocalDate.of(2011, 9, 26))
                .modified(new DateValue(LocalDate.of(2019, 3, 2), null, null, "json-ld", null)).build().withConfidence(confidence(0.9, 0.8, 0.4, 0.9));
        Finding f = only(Check.SCRAPE.check(doc), "date.stale-update");
        assertEquals(List.of("published", "modified"), f.basis());
        assertEquals(0.4, f.confidence());
        assertEquals(Severity.INFO, f.severity()); // warning in scrape-audit, graded down
    }

    @Test
    void anUnknownConfidenceNeitherGradesNorFires() {
        List<Finding> findings = Check.SCRAPE.check(undated(Confidence.unknown()));
        Finding f = only(findings, "date.missing-published");
        assertEquals(Severity.WARNING, f.severity());
        assertNull(f.confidence());
        assertNull(f.gradedFrom());
        assertEquals(List.of("body"), f.basis());
        assertTrue(findings.stream().noneMatch(x -> x.rule().equals("input.low-confidence")), findings.toString());
    }

    @Test
    void aMinimumOfZeroTurnsGradingAndTheRuleOff() {
        RuleEngine off = RuleEngine.create(Profile.SCRAPE_AUDIT, RuleSettings.defaults(Check.NOW).withMinConfidence(0));
        List<Finding> findings = off.check(undated(confidence(0.0, 0.0, 0.0, 0.0)));
        assertEquals(Severity.WARNING, only(findings, "date.missing-published").severity());
        assertTrue(findings.stream().noneMatch(x -> x.rule().equals("input.low-confidence")), findings.toString());
    }

    @Test
    void aHigherMinimumMakesMoreFieldsDoubtful() {
        RuleEngine strict = RuleEngine.create(Profile.SCRAPE_AUDIT, RuleSettings.defaults(Check.NOW)
                .withMinConfidence(0.7));
        Finding low = only(strict.check(undated(confidence(0.65, 0.9, 0.9, 0.9))), "input.low-confidence");
        assertEquals("confidence below 0.70 for body 0.65: check this document by hand before trusting its findings",
                low.message());
        assertNull(low.confidence()); // it speaks about the confidence; it does not rest on it
    }

    @Test
    void inputRulesRelyOnNoFieldAndEveryOtherFamilyDeclaresItsBasis() {
        for (RuleDescriptor d : RuleRegistry.all()) {
            assertEquals(d.family().equals("input"), d.basis().isEmpty(), d.id() + " basis " + d.basis());
        }
        assertEquals(List.of("bylines"), RuleRegistry.byId("byline.conflict").orElseThrow().basis());
        assertEquals(List.of("body"), RuleRegistry.byId("byline.missing").orElseThrow().basis());
        assertEquals(List.of("body"), RuleRegistry.byId("text.too-short").orElseThrow().basis());
    }
}
