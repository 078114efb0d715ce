package org.copydesk.rules.date;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.copydesk.core.DateValue;
import org.copydesk.core.ExtractedDocument;
import org.copydesk.core.Severity;
import org.copydesk.core.Span;
import org.copydesk.rules.DocumentRule;
import org.copydesk.rules.Evidence;
import org.copydesk.rules.RuleInfo;
import org.copydesk.rules.RuleSettings;

/** {@code date.modified-before-published}: the page claims to have been updated before it appeared. */
@RuleInfo(id = "date.modified-before-published",
        summary = "Modified earlier than published",
        scrape = Severity.ERROR, prePublication = Severity.ERROR,
        basis = {"published", "modified"},
        rationale = "One of the two dates is wrong, often a template default or a swapped field.",
        example = "Published: 12 May 2020. Updated: 3 May 2020.")
@Constraint(validatedBy = ModifiedBeforePublished.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ModifiedBeforePublished {

    String message() default "{copydesk.date.modified-before-published}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /**
     * Fires when modified is certainly earlier than published, allowing for missing times and zones. Published is
     * the date the page presents, which on a republished page is its update date: a modification before that is
     * still a contradiction, and one before the first publication always is one.
     */
    final class Validator extends DocumentRule<ModifiedBeforePublished> {

        @Override
        protected void check(ExtractedDocument doc, RuleSettings settings, Evidence evidence) {
            DateValue published = doc.article().statedPublished();
            DateValue modified = doc.article().modified();
            if (published != null && modified != null && DateComparison.certainlyBefore(modified, published)) {
                Span at = modified.span() != null ? modified.span()
                        : published.span() != null ? published.span() : Evidence.WHOLE_DOCUMENT;
                evidence.report(at, "modified", modified.iso(), "published", published.iso());
            }
        }
    }
}
