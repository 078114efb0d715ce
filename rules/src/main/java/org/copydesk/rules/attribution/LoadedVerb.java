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
import org.copydesk.rules.DocumentRule;
import org.copydesk.rules.Evidence;
import org.copydesk.rules.PhraseList;
import org.copydesk.rules.RuleInfo;
import org.copydesk.rules.RuleSettings;

/** {@code attribution.loaded-verb}: A non-neutral cue verb. */
@RuleInfo(id = "attribution.loaded-verb", englishOnly = true,
        summary = "A non-neutral cue verb",
        scrape = Severity.INFO, prePublication = Severity.WARNING,
        basis = {"body"},
        rationale = "\"Claimed\", \"admitted\" or \"insisted\" tell the reader what to think of the statement; "
                + "\"said\" does not.",
        example = "The director claimed the figures were accurate.")
@Constraint(validatedBy = LoadedVerb.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface LoadedVerb {

    String message() default "{copydesk.attribution.loaded-verb}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Fires per statement whose cue verb is an inflection of a listed loaded verb. */
    final class Validator extends DocumentRule<LoadedVerb> {
        private static final VerbLemmas LOADED =
                new VerbLemmas(PhraseList.load(LoadedVerb.class, "loaded-verbs.txt"));

        @Override
        protected void check(ExtractedDocument doc, RuleSettings settings, Evidence evidence) {
            for (Statement s : Statement.of(doc)) {
                String lemma = LOADED.match(s.verb());
                if (lemma != null) {
                    evidence.report(s.span(), "verb", Evidence.excerpt(s.verb()), "lemma", lemma);
                }
            }
        }
    }
}
