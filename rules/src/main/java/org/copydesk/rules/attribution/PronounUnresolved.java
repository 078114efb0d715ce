package org.copydesk.rules.attribution;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Locale;
import java.util.Set;
import org.copydesk.core.ExtractedDocument;
import org.copydesk.core.Severity;
import org.copydesk.core.SpeakerKind;
import org.copydesk.rules.DocumentRule;
import org.copydesk.rules.Evidence;
import org.copydesk.rules.PhraseList;
import org.copydesk.rules.RuleInfo;
import org.copydesk.rules.RuleSettings;

/** {@code attribution.pronoun-unresolved}: a pronoun speaker with no earlier person to resolve to. */
@RuleInfo(id = "attribution.pronoun-unresolved", englishOnly = true,
        summary = "\"He said\" with no earlier person to resolve to",
        scrape = Severity.WARNING, prePublication = Severity.ERROR,
        basis = {"body"},
        rationale = "A pronoun speaker with nobody named before it leaves the quote effectively anonymous.",
        example = "The article opens: \"It is finished,\" she said.")
@Constraint(validatedBy = PronounUnresolved.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface PronounUnresolved {

    String message() default "{copydesk.attribution.pronoun-unresolved}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Fires per pronoun statement whose speaker is still only a pronoun (or nothing) after resolution. */
    final class Validator extends DocumentRule<PronounUnresolved> {
        private static final Set<String> PRONOUNS =
                Set.copyOf(PhraseList.load(PronounUnresolved.class, "pronouns.txt").lowerCase());

        @Override
        protected void check(ExtractedDocument doc, RuleSettings settings, Evidence evidence) {
            for (Statement s : Statement.of(doc)) {
                if (s.kind() == SpeakerKind.PRONOUN && (s.speaker() == null
                        || PRONOUNS.contains(s.speaker().strip().toLowerCase(Locale.ROOT)))) {
                    evidence.report(s.span(), "speaker", Evidence.excerpt(s.speaker()));
                }
            }
        }
    }
}
