package org.copydesk.rules.attribution;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.copydesk.core.ExtractedDocument;
import org.copydesk.core.Severity;
import org.copydesk.core.Span;
import org.copydesk.rules.DocumentRule;
import org.copydesk.rules.Evidence;
import org.copydesk.rules.RuleInfo;
import org.copydesk.rules.RuleSettings;

/** {@code attribution.unbalanced-quotes}: Quotation marks do not balance. */
@RuleInfo(id = "attribution.unbalanced-quotes",
        summary = "Quotation marks do not balance",
        scrape = Severity.WARNING, prePublication = Severity.ERROR,
        basis = {"body"},
        rationale = "An unclosed quotation leaves the reader unsure where the speaker stops and the reporter resumes.",
        example = "“We will rebuild the school, the mayor said.")
@Constraint(validatedBy = UnbalancedQuotes.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface UnbalancedQuotes {

    String message() default "{copydesk.attribution.unbalanced-quotes}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Fires per mark the quote reader left open after allowing for the multi-paragraph convention. */
    final class Validator extends DocumentRule<UnbalancedQuotes> {
        @Override
        protected void check(ExtractedDocument doc, RuleSettings settings, Evidence evidence) {
            for (Span mark : doc.quotes().unbalancedMarks()) {
                evidence.report(mark, "mark", Evidence.excerpt(mark.in(doc.text())));
            }
        }
    }
}
