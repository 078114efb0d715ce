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

/** {@code input.unreadable}: the input could not be read or parsed. */
@RuleInfo(id = "input.unreadable",
        summary = "The file cannot be read or parsed (cause in the message)",
        scrape = Severity.ERROR, prePublication = Severity.ERROR,
        rationale = "A document that cannot be read must still be reported, or a corpus audit silently loses it.",
        example = "A truncated PDF whose cross-reference table is missing.")
@Constraint(validatedBy = Unreadable.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Unreadable {

    String message() default "{copydesk.input.unreadable}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Fires once per unreadable problem ingest recorded, with the problem's own message. */
    final class Validator extends InputProblemRule<Unreadable> {
        public Validator() {
            super(InputProblem.Kind.UNREADABLE);
        }
    }
}
