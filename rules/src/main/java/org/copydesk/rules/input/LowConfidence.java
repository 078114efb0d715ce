package org.copydesk.rules.input;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;
import java.util.stream.Collectors;
import org.copydesk.core.ExtractedDocument;
import org.copydesk.core.Severity;
import org.copydesk.rules.DocumentRule;
import org.copydesk.rules.Evidence;
import org.copydesk.rules.FieldConfidence;
import org.copydesk.rules.Profile;
import org.copydesk.rules.ProfilePayload;
import org.copydesk.rules.RuleInfo;
import org.copydesk.rules.RuleSettings;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidator;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorInitializationContext;

/**
 * {@code input.low-confidence}: a field the profile relies on ({@link Profile#reliesOn()}) is less sure than
 * {@code thresholds.min-confidence}. One finding per document, naming every such field: what a gate does with it
 * is route the document to a person, and a document is reviewed once, whatever number of its fields are in doubt.
 */
@RuleInfo(id = "input.low-confidence",
        summary = "A field the profile relies on is less sure than thresholds.min-confidence (default 0.5)",
        scrape = Severity.WARNING, prePublication = Severity.WARNING,
        rationale = "Every extracted field carries the probability that it is right. When a field the profile "
                + "relies on (scrape-audit: body and published; pre-publication: body, headline, published and "
                + "bylines) falls below the minimum, the document's findings cannot be trusted either way: the "
                + "findings resting on that field are graded down one step and this warning names the field, so "
                + "that a gate can send the document to a person instead of passing or failing it blindly. "
                + "A document whose confidence was not estimated (it could not be read) is left to input.unreadable.",
        example = "A page whose date came only from a sidebar: published has confidence 0.31.")
@Constraint(validatedBy = LowConfidence.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface LowConfidence {

    String message() default "{copydesk.input.low-confidence}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Fires once when any field the profile relies on has a known confidence below the settings' minimum. */
    final class Validator extends DocumentRule<LowConfidence>
            implements HibernateConstraintValidator<LowConfidence, ExtractedDocument> {

        private Profile profile = Profile.defaultProfile();

        @Override
        public void initialize(ConstraintDescriptor<LowConfidence> descriptor,
                HibernateConstraintValidatorInitializationContext context) {
            profile = ProfilePayload.from(descriptor.getPayload()).orElse(Profile.defaultProfile());
        }

        @Override
        protected boolean appliesTo(ExtractedDocument doc) {
            return true;
        }

        @Override
        protected void check(ExtractedDocument doc, RuleSettings settings, Evidence evidence) {
            Map<String, Double> low = FieldConfidence.below(doc.confidence(), profile.reliesOn(),
                    settings.minConfidence());
            if (!low.isEmpty()) {
                evidence.report(Evidence.WHOLE_DOCUMENT, "fields", low.entrySet().stream()
                        .map(e -> e.getKey() + " " + FieldConfidence.twoDecimals(e.getValue()))
                        .collect(Collectors.joining(", ")), "min", FieldConfidence.twoDecimals(settings.minConfidence()));
            }
        }
    }
}
