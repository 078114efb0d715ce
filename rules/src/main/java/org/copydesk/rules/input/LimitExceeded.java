package org.copydesk.rules.input;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.copydesk.core.InputProblem;
import org.copydesk.core.Severity;
import org.copydesk.rules.RuleInfo;

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
    final class Validator extends InputProblemRule<LimitExceeded> {
        public Validator() {
            super(InputProblem.Kind.LIMIT);
        }
    }
}
