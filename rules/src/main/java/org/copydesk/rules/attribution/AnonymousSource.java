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
import org.copydesk.core.SpeakerKind;
import org.copydesk.rules.DocumentRule;
import org.copydesk.rules.Evidence;
import org.copydesk.rules.RuleInfo;
import org.copydesk.rules.RuleSettings;

/** {@code attribution.anonymous-source}: The speaker is anonymous. */
@RuleInfo(id = "attribution.anonymous-source", englishOnly = true,
        summary = "The speaker is anonymous",
        scrape = Severity.INFO, prePublication = Severity.WARNING,
        basis = {"body"},
        rationale = "An unnamed source cannot be checked by the reader; each one should be a decision, not a habit.",
        example = "\"The talks have stalled,\" a senior official said.")
@Constraint(validatedBy = AnonymousSource.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface AnonymousSource {

    String message() default "{copydesk.attribution.anonymous-source}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Fires once per anonymous statement, direct or reported. */
    final class Validator extends DocumentRule<AnonymousSource> {
        @Override
        protected void check(ExtractedDocument doc, RuleSettings settings, Evidence evidence) {
            for (Statement s : Statement.of(doc)) {
                if (s.kind() == SpeakerKind.ANONYMOUS) {
                    evidence.report(s.span(), "speaker", Evidence.excerpt(s.speaker()));
                }
            }
        }
    }
}
