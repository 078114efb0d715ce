package org.copydesk.rules.date;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.copydesk.core.ArticleMetadata;
import org.copydesk.core.ExtractedDocument;
import org.copydesk.core.Severity;
import org.copydesk.rules.DocumentRule;
import org.copydesk.rules.Evidence;
import org.copydesk.rules.RuleInfo;
import org.copydesk.rules.RuleSettings;

/** {@code date.missing-published}: the article states no publication date anywhere. */
@RuleInfo(id = "date.missing-published",
        summary = "No publication date in markup, metadata lines or dateline",
        scrape = Severity.WARNING, prePublication = Severity.ERROR,
        basis = {"body"},
        rationale = "An undated article cannot be placed in time: relative dates in it cannot be resolved and "
                + "readers cannot tell news from archive.",
        example = "A page with a headline, a byline and a body, but no date line, no dateline date and no "
                + "datePublished in its markup.")
@Constraint(validatedBy = MissingPublished.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface MissingPublished {

    String message() default "{copydesk.date.missing-published}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Fires when the article metadata holds no publication date. */
    final class Validator extends DocumentRule<MissingPublished> {

        @Override
        protected void check(ExtractedDocument doc, RuleSettings settings, Evidence evidence) {
            ArticleMetadata article = doc.article();
            if (article.statedPublished() == null) {
                // Point at the dateline or headline, where an editor would add the date.
                evidence.report(article.datelineSpan() != null ? article.datelineSpan()
                        : article.headlineSpan() != null ? article.headlineSpan() : Evidence.WHOLE_DOCUMENT);
            }
        }
    }
}
