package org.copydesk.rules.byline;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import org.copydesk.core.Byline;
import org.copydesk.core.CreditPlacement;
import org.copydesk.core.ExtractedDocument;
import org.copydesk.core.Severity;
import org.copydesk.rules.DocumentRule;
import org.copydesk.rules.Evidence;
import org.copydesk.rules.RuleInfo;
import org.copydesk.rules.RuleSettings;

/** {@code byline.trailing-credit}: the only credit is at the end of the article. */
@RuleInfo(id = "byline.trailing-credit",
        summary = "The only credit sits at the end of the article, not the top",
        scrape = Severity.INFO, prePublication = Severity.INFO,
        basis = {"bylines"},
        rationale = "Readers and extractors look for the byline at the top; a credit only at the foot is easy "
                + "to lose when the article is excerpted or syndicated.",
        example = "Four paragraphs, then \"— Harbour Valley News Service\" and no byline above the body.")
@Constraint(validatedBy = TrailingCredit.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface TrailingCredit {

    String message() default "{copydesk.byline.trailing-credit}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Fires when there are bylines and every one was found after the last paragraph. */
    final class Validator extends DocumentRule<TrailingCredit> {

        @Override
        protected void check(ExtractedDocument doc, RuleSettings settings, Evidence evidence) {
            List<Byline> bylines = doc.article().bylines();
            if (!bylines.isEmpty() && bylines.stream().allMatch(b -> b.placement() == CreditPlacement.TRAILING)) {
                Byline first = bylines.get(0);
                evidence.report(first.span() != null ? first.span() : Credits.where(doc.article()),
                        "credit", Evidence.excerpt(first.name()));
            }
        }
    }
}
