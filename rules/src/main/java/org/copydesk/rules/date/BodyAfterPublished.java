package org.copydesk.rules.date;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.regex.Pattern;
import org.copydesk.core.DateKind;
import org.copydesk.core.DateMention;
import org.copydesk.core.DateValue;
import org.copydesk.core.ExtractedDocument;
import org.copydesk.core.Severity;
import org.copydesk.core.TimeReference;
import org.copydesk.rules.DocumentRule;
import org.copydesk.rules.Evidence;
import org.copydesk.rules.RuleInfo;
import org.copydesk.rules.RuleSettings;

/** {@code date.body-after-published}: the body reports as past an event dated after publication. */
@RuleInfo(id = "date.body-after-published", englishOnly = true,
        summary = "The body reports as past an event dated after the publication date",
        scrape = Severity.WARNING, prePublication = Severity.ERROR,
        basis = {"body", "published"},
        rationale = "An article cannot report what had not happened yet: the publication date is wrong, or "
                + "the page was updated without a new date.",
        example = "Published 2 June 2016: \"The bridge was reopened on 14 July 2016.\"")
@Constraint(validatedBy = BodyAfterPublished.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface BodyAfterPublished {

    String message() default "{copydesk.date.body-after-published}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /**
     * Fires per past-tense mention dated more than a day after publication whose year is written out. Weekday,
     * relative and day-month mentions are left out: their year or day was inferred from the publication date
     * itself, so a gap would be the resolver's guess, not the writer's.
     */
    final class Validator extends DocumentRule<BodyAfterPublished> {

        private static final Pattern YEAR = Pattern.compile("\\b\\d{4}\\b");

        @Override
        protected void check(ExtractedDocument doc, RuleSettings settings, Evidence evidence) {
            DateValue published = doc.article().statedPublished();
            if (published == null) {
                return;
            }
            for (DateMention m : doc.dates()) {
                if (m.reference() == TimeReference.PAST && yearWritten(m) && m.calendarValid() && m.date() != null
                        && m.date().isAfter(published.date().plusDays(1))) {
                    evidence.report(m.span(), "text", Evidence.excerpt(m.text()), "date", m.date(),
                            "published", published.iso());
                }
            }
        }

        private static boolean yearWritten(DateMention m) {
            return m.kind() == DateKind.ABSOLUTE
                    || (m.kind() == DateKind.MONTH_OR_YEAR && YEAR.matcher(m.text()).find());
        }
    }
}
