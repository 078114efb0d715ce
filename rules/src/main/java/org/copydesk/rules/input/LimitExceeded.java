package org.copydesk.rules.input;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.copydesk.core.ExtractedDocument;
import org.copydesk.core.InputProblem;
import org.copydesk.core.Severity;
import org.copydesk.rules.DocumentRule;
import org.copydesk.rules.Evidence;
import org.copydesk.rules.RuleInfo;
import org.copydesk.rules.RuleSettings;

/** {@code input.limit}: the input hit a size, time or nesting limit. */
@RuleInfo(id = "input.limit",
        summary = "The document exceeded a size, time or nesting limit and was cut off",
        scrape = Severity.ERROR, prePublication = Severity.ERROR,
        rationale = "What was kept is still checked, but the report must say the text is incomplete.",
        example = "A 400 MB HTML page cut off at the size limit.")
@Constraint(validatedBy = LimitExceeded.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface LimitExceeded {

    String message() default "{copydesk.input.limit}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Fires once per limit problem ingest recorded, with the problem's own message. */
    final class Validator extends DocumentRule<LimitExceeded> {
        @Override
        protected boolean appliesTo(ExtractedDocument doc) {
            return true; // input rules speak exactly when nothing else can
        }

        @Override
        protected void check(ExtractedDocument doc, RuleSettings settings, Evidence evidence) {
            for (InputProblem p : doc.problems()) {
                if (p.kind() == InputProblem.Kind.LIMIT) {
                    evidence.report(Evidence.WHOLE_DOCUMENT, "problem", p.message());
                }
            }
        }
    }
}
