package org.copydesk.rules.date;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.copydesk.core.DateMention;
import org.copydesk.core.ExtractedDocument;
import org.copydesk.core.Severity;
import org.copydesk.rules.DocumentRule;
import org.copydesk.rules.Evidence;
import org.copydesk.rules.RuleInfo;
import org.copydesk.rules.RuleSettings;

/** {@code date.invalid}: a date in the text that no calendar has. */
@RuleInfo(id = "date.invalid",
        summary = "A calendar-impossible date",
        scrape = Severity.ERROR, prePublication = Severity.ERROR,
        basis = {"body"},
        rationale = "A date that cannot exist is a typo or a conversion error; whatever was meant is unknown.",
        example = "The hearing was adjourned on 31 April 2015.")
@Constraint(validatedBy = InvalidDate.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface InvalidDate {

    String message() default "{copydesk.date.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Fires once per date mention the reader marked calendar-invalid. */
    final class Validator extends DocumentRule<InvalidDate> {

        @Override
        protected void check(ExtractedDocument doc, RuleSettings settings, Evidence evidence) {
            for (DateMention m : doc.dates()) {
                if (!m.calendarValid()) {
                    evidence.report(m.span(), "text", Evidence.excerpt(m.text()));
                }
            }
        }
    }
}
