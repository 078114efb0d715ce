package org.copydesk.rules.text;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.copydesk.core.ExtractedDocument;
import org.copydesk.core.Segment;
import org.copydesk.core.Severity;
import org.copydesk.rules.DocumentRule;
import org.copydesk.rules.Evidence;
import org.copydesk.rules.RuleInfo;
import org.copydesk.rules.RuleSettings;

/** {@code text.boilerplate-heavy}: Boilerplate is more than half of the extracted text. */
@RuleInfo(id = "text.boilerplate-heavy",
        summary = "Boilerplate is more than half of the extracted text",
        scrape = Severity.INFO, prePublication = Severity.INFO,
        basis = {"body"},
        rationale = "When furniture outweighs the article, extraction mistakes are likelier "
                + "and worth a look at what was removed.",
        example = "Two short paragraphs inside a page of navigation, newsletter prompts and related links.")
@Constraint(validatedBy = BoilerplateHeavy.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface BoilerplateHeavy {

    String message() default "{copydesk.text.boilerplate-heavy}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Fires once, at the largest removed segment, when removed text outweighs everything else (whitespace aside). */
    final class Validator extends DocumentRule<BoilerplateHeavy> {
        @Override
        protected void check(ExtractedDocument doc, RuleSettings settings, Evidence evidence) {
            long total = 0;
            long removed = 0;
            Segment largest = null;
            for (Segment s : doc.segments()) {
                int length = s.content().length();
                total += length;
                if (s.isRemoved()) {
                    removed += length;
                    if (largest == null || length > largest.content().length()) {
                        largest = s;
                    }
                }
            }
            if (largest != null && removed * 2 > total) {
                evidence.report(largest.contentSpan(), "percent", Math.round(100.0 * removed / total),
                        "category", largest.category().id());
            }
        }
    }
}
