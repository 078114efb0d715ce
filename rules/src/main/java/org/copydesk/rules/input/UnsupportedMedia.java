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

/** {@code input.unsupported}: the input's media type carries no article text. */
@RuleInfo(id = "input.unsupported",
        summary = "The media type carries no article text (an image, an archive with no text)",
        scrape = Severity.WARNING, prePublication = Severity.WARNING,
        rationale = "Nothing in the file can be an article; the report says so instead of raising article findings.",
        example = "A JPEG photo passed in with a directory of articles.")
@Constraint(validatedBy = UnsupportedMedia.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface UnsupportedMedia {

    String message() default "{copydesk.input.unsupported}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Fires once per unsupported problem ingest recorded, with the problem's own message. */
    final class Validator extends InputProblemRule<UnsupportedMedia> {
        public Validator() {
            super(InputProblem.Kind.UNSUPPORTED);
        }
    }
}
