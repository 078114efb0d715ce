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
import org.copydesk.core.WordCounter;
import org.copydesk.rules.DocumentRule;
import org.copydesk.rules.Evidence;
import org.copydesk.rules.RuleInfo;
import org.copydesk.rules.RuleSettings;

/** {@code text.too-short}: The body is shorter than N words (default 80). */
@RuleInfo(id = "text.too-short",
        summary = "The body is shorter than N words (default 80)",
        scrape = Severity.WARNING, prePublication = Severity.WARNING,
        basis = {"body"},
        rationale = "A very short body is usually a teaser, a stub or a failed extraction rather than an article.",
        example = "A two-sentence body under a full headline and byline.")
@Constraint(validatedBy = TooShort.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface TooShort {

    String message() default "{copydesk.text.too-short}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /**
     * Fires when a non-empty body has fewer than {@link RuleSettings#minWords()} words (an empty one is
     * {@code text.empty-body}).
     */
    final class Validator extends DocumentRule<TooShort> {
        @Override
        protected void check(ExtractedDocument doc, RuleSettings settings, Evidence evidence) {
            int words = WordCounter.count(doc.body());
            if (words > 0 && words < settings.minWords()) {
                evidence.report(BodyText.span(doc), "words", words, "min", settings.minWords());
            }
        }
    }
}
