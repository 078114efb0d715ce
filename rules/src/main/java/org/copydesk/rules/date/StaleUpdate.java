package org.copydesk.rules.date;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.temporal.ChronoUnit;
import org.copydesk.core.DateValue;
import org.copydesk.core.ExtractedDocument;
import org.copydesk.core.Severity;
import org.copydesk.rules.DocumentRule;
import org.copydesk.rules.Evidence;
import org.copydesk.rules.RuleInfo;
import org.copydesk.rules.RuleSettings;

/**
 * {@code date.stale-update}: a modification date long after publication, typical of re-templated pages. Measured
 * from the original publication ({@code firstPublished}) when the page presents a later date: a republished
 * evergreen page is what the rule is for.
 */
@RuleInfo(id = "date.stale-update",
        summary = "Modified more than N days (default 365) after published",
        scrape = Severity.WARNING, prePublication = Severity.INFO,
        basis = {"published", "modified"},
        rationale = "A years-later 'modified' date usually means the page was re-rendered or republished, "
                + "so the modified date says nothing about the article's content.",
        example = "Published 26 September 2011; dateModified 2019-03-02 in the markup.")
@Constraint(validatedBy = StaleUpdate.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface StaleUpdate {

    String message() default "{copydesk.date.stale-update}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Fires when whole days from first publication to modified exceed {@link RuleSettings#staleUpdateDays()}. */
    final class Validator extends DocumentRule<StaleUpdate> {

        @Override
        protected void check(ExtractedDocument doc, RuleSettings settings, Evidence evidence) {
            DateValue published = doc.article().firstPublished() != null ? doc.article().firstPublished()
                    : doc.article().statedPublished();
            DateValue modified = doc.article().modified();
            if (published == null || modified == null) {
                return;
            }
            long days = ChronoUnit.DAYS.between(published.date(), modified.date());
            if (days > settings.staleUpdateDays()) {
                evidence.report(modified.span() != null ? modified.span() : Evidence.WHOLE_DOCUMENT,
                        "days", days, "limit", settings.staleUpdateDays(),
                        "modified", modified.iso(), "published", published.iso());
            }
        }
    }
}
