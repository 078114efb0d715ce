package org.copydesk.rules.provenance;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.copydesk.core.Byline;
import org.copydesk.core.CreditLine;
import org.copydesk.core.ExtractedDocument;
import org.copydesk.core.Provenance;
import org.copydesk.core.Segment;
import org.copydesk.core.SegmentRole;
import org.copydesk.core.Severity;
import org.copydesk.core.Span;
import org.copydesk.rules.DocumentRule;
import org.copydesk.rules.Evidence;
import org.copydesk.rules.RuleInfo;
import org.copydesk.rules.RuleSettings;

/** {@code provenance.uncredited-copy}: most of the body is an earlier document's text, and its credit is gone. */
@RuleInfo(id = "provenance.uncredited-copy",
        summary = "Most of the body is another document's text, whose agency or outlet this one does not credit",
        scrape = Severity.WARNING, prePublication = Severity.ERROR,
        basis = {"body", "published"},
        rationale = "Republishing wire or another outlet's copy without its credit misleads readers about who "
                + "reported the story and breaks the terms it was licensed on; a corpus that keeps such copies "
                + "credits the wrong outlet for the words.",
        example = "Nine of ten paragraphs are an agency story published an hour earlier with \"(AP)\" in its "
                + "dateline; this copy carries a staff byline and no mention of the agency.")
@Constraint(validatedBy = UncreditedCopy.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface UncreditedCopy {

    String message() default "{copydesk.provenance.uncredited-copy}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /**
     * Fires once when the pass found an earlier source holding most of the body whose credit this document does
     * not give; it points at the credit the document gives instead (its byline), else at the body's start.
     */
    final class Validator extends DocumentRule<UncreditedCopy> {

        @Override
        protected void check(ExtractedDocument doc, RuleSettings settings, Evidence evidence) {
            Provenance.Source s = doc.provenance().uncredited();
            if (s == null) {
                return;
            }
            String share = Math.round(100 * s.share()) + "%";
            if (s.credits().isEmpty()) {
                evidence.reportAs("{copydesk.provenance.uncredited-copy.outlet}", where(doc), "share", share,
                        "source", s.path());
            } else {
                evidence.report(where(doc), "share", share, "source", s.path(), "credits",
                        String.join(", ", s.credits()));
            }
        }

        /** The document's own credit (a byline or credit line), else the start of its body. */
        private static Span where(ExtractedDocument doc) {
            for (Byline b : doc.article().bylines()) {
                if (b.span() != null) {
                    return b.span();
                }
            }
            for (CreditLine c : doc.article().creditLines()) {
                return c.span();
            }
            for (Segment s : doc.segments()) {
                if (s.role() == SegmentRole.BODY && s.end() > s.start()) {
                    return Span.of(s.start(), s.start());
                }
            }
            return Evidence.WHOLE_DOCUMENT;
        }
    }
}
