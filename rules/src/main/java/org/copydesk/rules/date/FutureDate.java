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
import org.copydesk.rules.DocumentRule;
import org.copydesk.rules.Evidence;
import org.copydesk.rules.RuleInfo;
import org.copydesk.rules.RuleSettings;

/** {@code date.future}: a publication or modification date after the reference time. */
@RuleInfo(id = "date.future",
        summary = "Published or modified after the reference time",
        scrape = Severity.ERROR, prePublication = Severity.ERROR,
        basis = {"published", "modified"},
        rationale = "A page cannot have been published after it was retrieved; the date is mis-parsed, "
                + "mis-zoned or a placeholder.",
        example = "Retrieved 2023-05-01; the page says Published: 2031-05-01.")
@Constraint(validatedBy = FutureDate.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface FutureDate {

    String message() default "{copydesk.date.future}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Fires for published and for modified, each when it lies certainly after {@link RuleSettings#now()}. */
    final class Validator extends DocumentRule<FutureDate> {

        @Override
        protected void check(ExtractedDocument doc, RuleSettings settings, Evidence evidence) {
            report("published", doc.article().published(), settings, evidence);
            report("modified", doc.article().modified(), settings, evidence);
        }

        private static void report(String which, DateValue value, RuleSettings settings, Evidence evidence) {
            if (value != null && DateComparison.certainlyAfter(value, settings.now())) {
                evidence.report(value.span() != null ? value.span() : Evidence.WHOLE_DOCUMENT,
                        "which", which, "date", value.iso(), "now", settings.now().toString());
            }
        }
    }
}
