package org.copydesk.rules.date;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.copydesk.core.DateValue;
import org.copydesk.core.ExtractedDocument;
import org.copydesk.core.Severity;
import org.copydesk.rules.DocumentRule;
import org.copydesk.rules.Evidence;
import org.copydesk.rules.RuleInfo;
import org.copydesk.rules.RuleSettings;

/** {@code date.metadata-mismatch}: the markup's date and the date shown to readers disagree. */
@RuleInfo(id = "date.metadata-mismatch",
        summary = "Markup date and visible date disagree by more than a day",
        scrape = Severity.WARNING, prePublication = Severity.WARNING,
        basis = {"published"},
        rationale = "Search engines and archives read the markup, readers the page; when they disagree one "
                + "of them dates the article wrongly.",
        example = "datePublished 2014-03-02 in the markup; the date line under the headline reads 9 March 2014.")
@Constraint(validatedBy = MetadataMismatch.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface MetadataMismatch {

    String message() default "{copydesk.date.metadata-mismatch}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /**
     * Fires when a publication date from markup (JSON-LD, meta tags) and one shown on the page are more than a
     * day apart, unless the shown one matches the modification date (then it is the update line).
     */
    final class Validator extends DocumentRule<MetadataMismatch> {

        private static final String VISIBLE = "visible";

        @Override
        protected void check(ExtractedDocument doc, RuleSettings settings, Evidence evidence) {
            DateValue modified = doc.article().modified();
            List<DateValue> candidates = doc.article().publishedCandidates();
            for (DateValue markup : candidates) {
                if (isVisible(markup)) {
                    continue;
                }
                for (DateValue visible : candidates) {
                    if (isVisible(visible) && apart(visible.date(), markup)
                            && (modified == null || apart(visible.date(), modified))) {
                        evidence.report(visible.span() != null ? visible.span() : Evidence.WHOLE_DOCUMENT,
                                "text", visible.iso(), "visible", visible.date(), "markup", markup.iso(),
                                "source", markup.source());
                        return;
                    }
                }
            }
        }

        private static boolean isVisible(DateValue v) {
            return v.source().toLowerCase(Locale.ROOT).startsWith(VISIBLE);
        }

        private static boolean apart(LocalDate visible, DateValue value) {
            return Math.abs(ChronoUnit.DAYS.between(visible, value.date())) > 1;
        }
    }
}
