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
import java.util.Locale;
import org.copydesk.core.DateKind;
import org.copydesk.core.DateMention;
import org.copydesk.core.DateValue;
import org.copydesk.core.ExtractedDocument;
import org.copydesk.core.Segment;
import org.copydesk.core.SegmentRole;
import org.copydesk.core.Severity;
import org.copydesk.rules.DocumentRule;
import org.copydesk.rules.Evidence;
import org.copydesk.rules.RuleInfo;
import org.copydesk.rules.RuleSettings;

/** {@code date.metadata-mismatch}: the markup's date and the date shown to readers disagree. */
@RuleInfo(id = "date.metadata-mismatch",
        summary = "Markup date and visible date disagree by more than a day",
        scrape = Severity.WARNING, prePublication = Severity.WARNING,
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
     * Fires when the publication date came from markup and a full date shown in a metadata line (date line,
     * dateline) is more than a day from both the published and the modified date. The model keeps one
     * published value, so a visible date line is the only visible candidate to compare with.
     */
    final class Validator extends DocumentRule<MetadataMismatch> {

        private static final String VISIBLE = "visible";

        @Override
        protected void check(ExtractedDocument doc, RuleSettings settings, Evidence evidence) {
            DateValue published = doc.article().published();
            if (published == null || published.source().toLowerCase(Locale.ROOT).startsWith(VISIBLE)) {
                return;
            }
            DateValue modified = doc.article().modified();
            for (DateMention m : doc.dates()) {
                if (m.kind() == DateKind.ABSOLUTE && m.calendarValid() && m.date() != null && inMetadata(m, doc)
                        && apart(m.date(), published) && (modified == null || apart(m.date(), modified))) {
                    evidence.report(m.span(), "text", Evidence.excerpt(m.text()), "visible", m.date(),
                            "markup", published.iso(), "source", published.source());
                    return;
                }
            }
        }

        private static boolean apart(LocalDate visible, DateValue value) {
            return Math.abs(ChronoUnit.DAYS.between(visible, value.date())) > 1;
        }

        private static boolean inMetadata(DateMention m, ExtractedDocument doc) {
            for (Segment s : doc.segments()) {
                if (s.role() == SegmentRole.METADATA && s.span().contains(m.span())) {
                    return true;
                }
            }
            return false;
        }
    }
}
