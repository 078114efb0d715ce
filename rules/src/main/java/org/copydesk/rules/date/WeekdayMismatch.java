package org.copydesk.rules.date;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.copydesk.core.DateKind;
import org.copydesk.core.DateMention;
import org.copydesk.core.ExtractedDocument;
import org.copydesk.core.Severity;
import org.copydesk.rules.DocumentRule;
import org.copydesk.rules.Evidence;
import org.copydesk.rules.RuleInfo;
import org.copydesk.rules.RuleSettings;

/** {@code date.weekday-mismatch}: a full date written with a weekday it does not fall on. */
@RuleInfo(id = "date.weekday-mismatch",
        summary = "A stated weekday contradicts its date",
        scrape = Severity.ERROR, prePublication = Severity.ERROR,
        basis = {"body"},
        rationale = "Either the weekday or the date is wrong, and the reader cannot tell which.",
        example = "Posted Fri 14 Mar 2014, 9:05 AM (14 March 2014 was a Friday; \"Thu 14 Mar 2014\" fires).")
@Constraint(validatedBy = WeekdayMismatch.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface WeekdayMismatch {

    String message() default "{copydesk.date.weekday-mismatch}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /**
     * Fires per absolute date whose stated weekday differs from the calendar's. Only absolute dates: for
     * partial and relative ones the day was inferred, and a mismatch is {@code date.relative-inconsistent}.
     */
    final class Validator extends DocumentRule<WeekdayMismatch> {

        @Override
        protected void check(ExtractedDocument doc, RuleSettings settings, Evidence evidence) {
            for (DateMention m : doc.dates()) {
                if (m.kind() == DateKind.ABSOLUTE && m.calendarValid() && m.weekday() != null && m.date() != null
                        && m.date().getDayOfWeek() != m.weekday()) {
                    evidence.report(m.span(), "text", Evidence.excerpt(m.text()), "date", m.date(),
                            "actual", Weekdays.name(m.date().getDayOfWeek()), "stated", Weekdays.name(m.weekday()));
                }
            }
        }
    }
}
