package org.copydesk.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.copydesk.core.ExtractedDocument;
import org.copydesk.core.Finding;
import org.copydesk.core.InputProblem;
import org.copydesk.core.Severity;
import org.copydesk.core.SourceIdentity;
import org.junit.jupiter.api.Test;

class InputRulesTest {

    @Test
    void unreadable() {
        ExtractedDocument doc = ExtractedDocument.unreadable(new SourceIdentity("a.pdf", null, null, 3),
                new InputProblem(InputProblem.Kind.UNREADABLE, "not a PDF: missing header"));
        Finding f = RuleEngineTest.only(Check.SCRAPE.check(doc), "input.unreadable");
        assertEquals("not a PDF: missing header", f.message());
        assertEquals(Severity.ERROR, f.severity());
        Check.quiet(TestArticle.clean(), "input.unreadable");
    }

    @Test
    void limitStillChecksWhatWasKept() {
        TestArticle cut = TestArticle.clean().noPublished().paragraph("The text stops here because the")
                .problem(InputProblem.Kind.LIMIT, "cut off at 2,000,000 characters");
        List<Finding> found = Check.SCRAPE.check(cut.build());
        assertEquals("cut off at 2,000,000 characters", RuleEngineTest.only(found, "input.limit").message());
        RuleEngineTest.only(found, "date.missing-published");
        assertEquals(0, found.stream().filter(f -> f.rule().equals("text.truncated")).count());
        Check.quiet(TestArticle.clean(), "input.limit");
    }

    @Test
    void unsupportedSilencesArticleRules() {
        TestArticle image = TestArticle.builder().problem(InputProblem.Kind.UNSUPPORTED, "image/jpeg has no text");
        List<Finding> found = Check.SCRAPE.check(image.build());
        assertEquals(1, found.size(), found::toString);
        assertEquals(Severity.WARNING, found.get(0).severity());
        Check.quiet(TestArticle.clean(), "input.unsupported");
    }
}
