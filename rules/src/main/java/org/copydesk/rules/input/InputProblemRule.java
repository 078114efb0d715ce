package org.copydesk.rules.input;

import java.lang.annotation.Annotation;
import org.copydesk.core.ExtractedDocument;
import org.copydesk.core.InputProblem;
import org.copydesk.rules.DocumentRule;
import org.copydesk.rules.Evidence;
import org.copydesk.rules.RuleSettings;

/**
 * The validator of an {@code input.*} rule: one finding per problem of its kind that ingest recorded, with the
 * problem's own message. Input rules judge every document, readable or not: they speak when nothing else can.
 *
 * @param <A> the rule's constraint annotation
 */
abstract class InputProblemRule<A extends Annotation> extends DocumentRule<A> {

    private final InputProblem.Kind kind;

    InputProblemRule(InputProblem.Kind kind) {
        this.kind = kind;
    }

    @Override
    protected boolean appliesTo(ExtractedDocument doc) {
        return true;
    }

    @Override
    protected void check(ExtractedDocument doc, RuleSettings settings, Evidence evidence) {
        for (InputProblem p : doc.problems()) {
            if (p.kind() == kind) {
                evidence.report(Evidence.WHOLE_DOCUMENT, "problem", p.message());
            }
        }
    }
}
