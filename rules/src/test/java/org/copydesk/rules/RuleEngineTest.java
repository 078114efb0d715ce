package org.copydesk.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.copydesk.core.DateKind;
import org.copydesk.core.ExtractedDocument;
import org.copydesk.core.Finding;
import org.copydesk.core.InputProblem;
import org.copydesk.core.Severity;
import org.copydesk.core.SourceIdentity;
import org.copydesk.core.Span;
import org.copydesk.core.SpeakerKind;
import org.junit.jupiter.api.Test;

class RuleEngineTest {

    private static ExtractedDocument undated() {
        return TestArticle.clean().noPublished().build();
    }

    @Test
    void aCleanArticleHasNoFindings() {
        assertEquals(List.of(), Check.SCRAPE.check(TestArticle.clean().build()));
    }

    @Test
    void profilesGradeTheSameRuleDifferently() {
        RuleEngine pre = RuleEngine.create(Profile.PRE_PUBLICATION, RuleSettings.defaults(Check.NOW));
        assertEquals(Severity.WARNING, only(Check.SCRAPE.check(undated()), "date.missing-published").severity());
        assertEquals(Severity.ERROR, only(pre.check(undated()), "date.missing-published").severity());
    }

    @Test
    void anOverrideRegradesARuleInEveryProfile() {
        RuleSettings s = RuleSettings.defaults(Check.NOW).withSeverity("date.missing-published", Severity.INFO);
        for (Profile p : Profile.values()) {
            assertEquals(Severity.INFO, only(RuleEngine.create(p, s).check(undated()), "date.missing-published")
                    .severity());
        }
    }

    @Test
    void aDisabledRuleDoesNotRun() {
        RuleEngine engine = RuleEngine.create(Profile.SCRAPE_AUDIT,
                RuleSettings.defaults(Check.NOW).withRuleDisabled("date.missing-published"));
        assertTrue(engine.check(undated()).isEmpty());
        assertTrue(engine.activeRules().stream().noneMatch(d -> d.id().equals("date.missing-published")));
        assertEquals(RuleRegistry.all().size() - 1, engine.activeRules().size());
    }

    @Test
    void unknownRuleIdsInSettingsAreRejected() {
        RuleSettings s = RuleSettings.defaults(Check.NOW).withRuleDisabled("date.no-such-rule");
        assertThrows(IllegalArgumentException.class, () -> RuleEngine.create(Profile.SCRAPE_AUDIT, s));
    }

    @Test
    void findingsCarryTheirSpanAndLine() {
        TestArticle a = TestArticle.clean().paragraph("The mayor said it was 31 April 2015 when the roof fell in.")
                .mention("31 April 2015", DateKind.ABSOLUTE, null, null, false, false,
                        org.copydesk.core.TimeReference.PAST);
        ExtractedDocument doc = a.build();
        Finding f = only(Check.SCRAPE.check(doc), "date.invalid");
        assertEquals(TestArticle.find(doc.text(), "31 April 2015"), f.span());
        assertEquals(9, f.line());
        assertEquals(23, f.column());
        assertEquals("\"31 April 2015\" is not a calendar date", f.message());
    }

    @Test
    void oneValidatorReportsEachProblemWithItsOwnSpanAndMessage() {
        TestArticle a = TestArticle.clean().paragraph("“First open. And then “second open as well.")
                .unbalancedMark("“First").unbalancedMark("“second");
        ExtractedDocument doc = a.build();
        List<Finding> found = Check.findings(doc, "attribution.unbalanced-quotes");
        assertEquals(2, found.size());
        assertTrue(found.get(0).span().start() < found.get(1).span().start());
    }

    @Test
    void theSameMessageAtTwoPlacesIsTwoFindings() {
        // Hibernate's violation equality ignores the dynamic payload; the span-keyed path keeps both.
        TestArticle a = TestArticle.clean().paragraph("“Open here. And “open there.")
                .unbalancedMark("“Open").unbalancedMark("“open");
        List<Finding> found = Check.findings(a.build(), "attribution.unbalanced-quotes");
        assertEquals(2, found.size());
        assertEquals(found.get(0).message(), found.get(1).message());
        assertTrue(found.get(0).span().start() < found.get(1).span().start());
    }

    @Test
    void settingsRejectNonsense() {
        RuleSettings d = RuleSettings.defaults(Check.NOW);
        assertThrows(IllegalArgumentException.class, () -> d.withAnonymousShare(1.5));
        assertThrows(IllegalArgumentException.class, () -> d.withMinWords(-1));
        assertThrows(NullPointerException.class, () -> d.withNow(null));
    }

    @Test
    void documentTextInMessagesIsNeverInterpolated() {
        String hostile = "${1+1} {copydesk.text.empty-body} \\ $ #{x}";
        ExtractedDocument doc = ExtractedDocument.unreadable(new SourceIdentity("x", null, null, 0),
                new InputProblem(InputProblem.Kind.UNREADABLE, hostile));
        assertEquals(hostile, only(Check.SCRAPE.check(doc), "input.unreadable").message());
        TestArticle quote = TestArticle.clean().paragraph("\"The sum ${1+1} and {quote} stay as written today.\"")
                .quote("\"The sum ${1+1} and {quote} stay as written today.\"", null, SpeakerKind.NONE, null, null);
        assertEquals("quote \"The sum ${1+1} and {quote} stay as written today.\" is credited to nobody",
                only(Check.SCRAPE.check(quote.build()), "attribution.unattributed-quote").message());
    }

    @Test
    void anUnreadableDocumentGetsOnlyInputFindings() {
        ExtractedDocument doc = ExtractedDocument.unreadable(new SourceIdentity("broken.pdf", null, null, 12),
                new InputProblem(InputProblem.Kind.UNREADABLE, "no cross-reference table"));
        List<Finding> found = Check.SCRAPE.check(doc);
        assertEquals(1, found.size());
        assertEquals("input.unreadable", found.get(0).rule());
        assertEquals(Span.of(0, 0), found.get(0).span());
    }

    @Test
    void checksAreThreadSafeAndDeterministic() throws Exception {
        List<ExtractedDocument> docs = List.of(undated(), TestArticle.clean().build(),
                TestArticle.builder().paragraph("Too short and cut off").build());
        List<List<Finding>> expected = docs.stream().map(Check.SCRAPE::check).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> runs = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                int n = i % docs.size();
                runs.add(pool.submit(() -> Check.SCRAPE.check(docs.get(n)).equals(expected.get(n))));
            }
            for (Future<Boolean> r : runs) {
                assertTrue(r.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    static Finding only(List<Finding> findings, String rule) {
        List<Finding> f = findings.stream().filter(x -> x.rule().equals(rule)).toList();
        assertEquals(1, f.size(), () -> "one " + rule + " finding expected in " + findings);
        return f.get(0);
    }
}
