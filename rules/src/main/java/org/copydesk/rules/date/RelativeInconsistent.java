package org.copydesk.rules.date;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.temporal.ChronoUnit;
import org.copydesk.core.DateKind;
import org.copydesk.core.DateMention;
import org.copydesk.core.DateValue;
import org.copydesk.core.ExtractedDocument;
import org.copydesk.core.Severity;
import org.copydesk.rules.DocumentRule;
import org.copydesk.rules.Evidence;
import org.copydesk.rules.RuleInfo;
import org.copydesk.rules.RuleSettings;

/** {@code date.relative-inconsistent}: weekday arithmetic that does not fit the publication date. */
@RuleInfo(id = "date.relative-inconsistent", englishOnly = true,
        summary = "A weekday or relative date that does not fit the publication date",
        scrape = Severity.WARNING, prePublication = Severity.WARNING,
        basis = {"body", "published"},
        rationale = "\"Yesterday (Monday)\" in a Thursday article, or \"said Monday\" about a Monday a week "
                + "or more back, sends the reader to the wrong day.",
        example = "Published Thursday 5 March 2015: \"Officials said yesterday (Monday) that …\"")
@Constraint(validatedBy = RelativeInconsistent.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface RelativeInconsistent {

    String message() default "{copydesk.date.relative-inconsistent}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /**
     * Fires when a relative mention's stated weekday is not the weekday of the day it resolves to, and when a
     * bare weekday resolves to a week or more before publication (news style names weekdays only within the
     * past week, so the writer's anchor was another day).
     */
    final class Validator extends DocumentRule<RelativeInconsistent> {

        private static final long WEEK = 7;

        @Override
        protected void check(ExtractedDocument doc, RuleSettings settings, Evidence evidence) {
            DateValue published = doc.article().statedPublished();
            for (DateMention m : doc.dates()) {
                if (!m.isRelative() || m.date() == null) {
                    continue;
                }
                if (m.weekday() != null && m.date().getDayOfWeek() != m.weekday()) {
                    evidence.report(m.span(), "text", Evidence.excerpt(m.text()), "date", m.date(),
                            "actual", Weekdays.name(m.date().getDayOfWeek()), "stated", Weekdays.name(m.weekday()));
                } else if (m.kind() == DateKind.WEEKDAY && published != null
                        && ChronoUnit.DAYS.between(m.date(), published.date()) >= WEEK) {
                    evidence.reportAs("{copydesk.date.relative-inconsistent.stale-weekday}", m.span(),
                            "text", Evidence.excerpt(m.text()), "date", m.date(), "published", published.iso());
                }
            }
        }
    }
}
