package org.copydesk.rules.date;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import org.copydesk.core.DateKind;
import org.copydesk.core.DateMention;
import org.copydesk.core.ExtractedDocument;
import org.copydesk.core.Severity;
import org.copydesk.rules.DocumentRule;
import org.copydesk.rules.Evidence;
import org.copydesk.rules.RuleInfo;
import org.copydesk.rules.RuleSettings;

/** {@code date.relative-unanchored}: relative dates in an article that has no publication date. */
@RuleInfo(id = "date.relative-unanchored", englishOnly = true,
        summary = "Relative date references in an article with no publication date",
        scrape = Severity.WARNING, prePublication = Severity.ERROR,
        basis = {"body", "published"},
        rationale = "\"On Thursday\" or \"last month\" only mean something against the publication date; "
                + "without it the reader cannot resolve them.",
        example = "An undated article: \"The council voted on Thursday to close the depot.\"")
@Constraint(validatedBy = RelativeUnanchored.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface RelativeUnanchored {

    String message() default "{copydesk.date.relative-unanchored}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /**
     * Fires once per document, at the first unanchored reference: the fix is one publication date, not one
     * per mention. Month mentions without a year ("in November", "August last year") count too.
     */
    final class Validator extends DocumentRule<RelativeUnanchored> {

        @Override
        protected void check(ExtractedDocument doc, RuleSettings settings, Evidence evidence) {
            if (doc.article().statedPublished() != null) {
                return;
            }
            List<DateMention> unanchored = doc.dates().stream().filter(Validator::needsAnchor).toList();
            if (!unanchored.isEmpty()) {
                DateMention first = unanchored.get(0);
                evidence.report(first.span(), "text", Evidence.excerpt(first.text()), "count", unanchored.size());
            }
        }

        private static boolean needsAnchor(DateMention m) {
            return m.isRelative() || (m.kind() == DateKind.MONTH_OR_YEAR && m.date() == null);
        }
    }
}
