package org.copydesk.rules.text;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.copydesk.core.ExtractedDocument;
import org.copydesk.core.Severity;
import org.copydesk.rules.DocumentRule;
import org.copydesk.rules.Evidence;
import org.copydesk.rules.RuleInfo;
import org.copydesk.rules.RuleSettings;

/** {@code text.empty-body}: Nothing is left after removing boilerplate. */
@RuleInfo(id = "text.empty-body",
        summary = "Nothing is left after removing boilerplate",
        scrape = Severity.ERROR, prePublication = Severity.ERROR,
        basis = {"body"},
        rationale = "A page whose every line is furniture has no article; whatever downstream uses it gets nothing.",
        example = "A page of cookie banners, share buttons and related links, with no paragraph of its own.")
@Constraint(validatedBy = EmptyBody.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface EmptyBody {

    String message() default "{copydesk.text.empty-body}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Fires when the body is blank; an input problem already explains an empty body, so it stays quiet then. */
    final class Validator extends DocumentRule<EmptyBody> {
        @Override
        protected void check(ExtractedDocument doc, RuleSettings settings, Evidence evidence) {
            if (doc.problems().isEmpty() && doc.body().isBlank()) {
                evidence.report(Evidence.WHOLE_DOCUMENT);
            }
        }
    }
}
