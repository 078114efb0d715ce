package org.copydesk.rules.attribution;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import org.copydesk.core.ExtractedDocument;
import org.copydesk.core.Severity;
import org.copydesk.core.SpeakerKind;
import org.copydesk.rules.DocumentRule;
import org.copydesk.rules.Evidence;
import org.copydesk.rules.RuleInfo;
import org.copydesk.rules.RuleSettings;

/** {@code attribution.anonymous-share}: too much of the article rests on unnamed sources. */
@RuleInfo(id = "attribution.anonymous-share", englishOnly = true,
        summary = "More than a configurable share (default 50 %) of attributed statements are anonymous",
        scrape = Severity.WARNING, prePublication = Severity.WARNING,
        basis = {"body"},
        rationale = "One unnamed source can be a judgement call; an article mostly built on them cannot be "
                + "checked by anyone outside the newsroom.",
        example = "Officials said …; a diplomat said …; sources said …; the minister, Ana Diaz, said ….")
@Constraint(validatedBy = AnonymousShare.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface AnonymousShare {

    String message() default "{copydesk.attribution.anonymous-share}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /**
     * Fires once, at the first anonymous statement, when at least three statements are credited and the
     * anonymous ones exceed {@link RuleSettings#anonymousShare()}; two statements are too few for a share.
     */
    final class Validator extends DocumentRule<AnonymousShare> {

        private static final int MIN_STATEMENTS = 3;

        @Override
        protected void check(ExtractedDocument doc, RuleSettings settings, Evidence evidence) {
            List<Statement> credited = Statement.of(doc).stream().filter(s -> s.kind() != SpeakerKind.NONE).toList();
            List<Statement> anonymous = credited.stream().filter(s -> s.kind() == SpeakerKind.ANONYMOUS).toList();
            if (credited.size() < MIN_STATEMENTS || anonymous.isEmpty()) {
                return;
            }
            double share = (double) anonymous.size() / credited.size();
            if (share > settings.anonymousShare()) {
                evidence.report(anonymous.get(0).span(), "anonymous", anonymous.size(), "total", credited.size(),
                        "percent", Math.round(share * 100), "limit", Math.round(settings.anonymousShare() * 100));
            }
        }
    }
}
