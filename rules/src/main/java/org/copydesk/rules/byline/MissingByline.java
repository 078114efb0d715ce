package org.copydesk.rules.byline;

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

/** {@code byline.missing}: nobody is credited anywhere. */
@RuleInfo(id = "byline.missing", englishOnly = true,
        summary = "No author, agency or desk credit anywhere",
        scrape = Severity.WARNING, prePublication = Severity.ERROR,
        basis = {"body"},
        rationale = "An uncredited article cannot be traced to a reporter or an agency; nobody answers for it.",
        example = "A headline and four paragraphs, with no byline at the top, no credit at the end and no "
                + "author in the markup.")
@Constraint(validatedBy = MissingByline.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface MissingByline {

    String message() default "{copydesk.byline.missing}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Fires when there are neither bylines nor visible credit lines (an unparsed credit still credits). */
    final class Validator extends DocumentRule<MissingByline> {

        @Override
        protected void check(ExtractedDocument doc, RuleSettings settings, Evidence evidence) {
            ArticleMetadata article = doc.article();
            if (article.bylines().isEmpty() && article.creditLines().isEmpty()) {
                evidence.report(article.headlineSpan() != null ? article.headlineSpan() : Evidence.WHOLE_DOCUMENT);
            }
        }
    }
}
