package org.copydesk.rules;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.annotation.Annotation;
import java.util.Locale;
import org.copydesk.core.ExtractedDocument;
import org.copydesk.core.InputProblem;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * The validator side of a rule: reads the document and the engine's {@link RuleSettings} and reports each
 * problem it sees to {@link Evidence}. Subclasses only implement {@link #check}. Rules run only through
 * {@link RuleEngine}, which hands every rule the settings (and so the run's reference time).
 *
 * @param <A> the rule's constraint annotation
 */
public abstract class DocumentRule<A extends Annotation> implements ConstraintValidator<A, ExtractedDocument> {

    private boolean englishOnly;

    @Override
    public void initialize(A constraint) {
        RuleInfo info = constraint.annotationType().getAnnotation(RuleInfo.class);
        englishOnly = info != null && info.englishOnly();
    }

    @Override
    public final boolean isValid(ExtractedDocument doc, ConstraintValidatorContext context) {
        if (doc == null || !appliesTo(doc) || englishOnly && !readsAsEnglish(doc)) {
            return true;
        }
        HibernateConstraintValidatorContext hibernate = context.unwrap(HibernateConstraintValidatorContext.class);
        RuleSettings settings = hibernate.getConstraintValidatorPayload(RuleSettings.class);
        if (settings == null) {
            // The settings carry the run's reference time; guessing one from the clock would make reports depend
            // on the day they are made.
            throw new IllegalStateException("rules run through RuleEngine, which gives them their RuleSettings");
        }
        Evidence evidence = new Evidence(hibernate);
        check(doc, settings, evidence);
        evidence.finish();
        if (evidence.count() > 0) {
            hibernate.disableDefaultConstraintViolation();
            return false;
        }
        return true;
    }

    /**
     * Whether the rule judges {@code doc} at all. An input that could not be read or carries no article text
     * has nothing for article rules to judge; only the {@code input.*} rules speak about it.
     */
    protected boolean appliesTo(ExtractedDocument doc) {
        return !hasNoArticle(doc);
    }

    /**
     * Whether {@code doc}'s body is English or of unknown language (too short to tell, or undetermined): the
     * {@link RuleInfo#englishOnly} rules judge only these.
     */
    public static boolean readsAsEnglish(ExtractedDocument doc) {
        String language = doc.article() == null ? null : doc.article().language();
        if (language == null || language.isBlank()) {
            return true;
        }
        String primary = language.strip().split("[-_]")[0].toLowerCase(Locale.ROOT);
        return primary.equals("en") || primary.equals("und");
    }

    /** Whether {@code doc} was unreadable or of a media type without article text. */
    public static boolean hasNoArticle(ExtractedDocument doc) {
        return doc.hasProblem(InputProblem.Kind.UNREADABLE) || doc.hasProblem(InputProblem.Kind.UNSUPPORTED);
    }

    /** Reports every problem of this rule in {@code doc} to {@code evidence}. */
    protected abstract void check(ExtractedDocument doc, RuleSettings settings, Evidence evidence);
}
