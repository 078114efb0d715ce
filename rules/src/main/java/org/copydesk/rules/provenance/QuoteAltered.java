package org.copydesk.rules.provenance;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.copydesk.core.ExtractedDocument;
import org.copydesk.core.Provenance;
import org.copydesk.core.Severity;
import org.copydesk.rules.DocumentRule;
import org.copydesk.rules.Evidence;
import org.copydesk.rules.RuleInfo;
import org.copydesk.rules.RuleSettings;

/** {@code provenance.quote-altered}: a direct quote reads otherwise, or has another speaker, in its source. */
@RuleInfo(id = "provenance.quote-altered",
        summary = "A direct quote is worded differently, or credited to someone else, in the earlier document "
                + "this one copies",
        scrape = Severity.WARNING, prePublication = Severity.ERROR,
        basis = {"body", "published"},
        rationale = "Quotation marks promise the speaker's exact words. A copy that changes them, or moves them "
                + "to another speaker, misquotes someone; many outlets carrying the same statement is normal, "
                + "only a change is a finding.",
        example = "The source quotes the minister: \"We will not raise the levy this year\"; the copy has "
                + "\"We will raise the levy this year\".")
@Constraint(validatedBy = QuoteAltered.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface QuoteAltered {

    String message() default "{copydesk.provenance.quote-altered}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Fires at each quote the pass found changed from the copy's source, showing both versions. */
    final class Validator extends DocumentRule<QuoteAltered> {

        /** Quotes are shown up to this many characters: long enough to see the change in most. */
        private static final int SHOWN = 240;

        @Override
        protected void check(ExtractedDocument doc, RuleSettings settings, Evidence evidence) {
            for (Provenance.AlteredQuote q : doc.provenance().altered()) {
                if (q.speakerChanged()) {
                    evidence.reportAs("{copydesk.provenance.quote-altered.speaker}", q.span(), "quote",
                            shown(q.text()), "speaker", q.speaker() == null ? "nobody named" : q.speaker(),
                            "was", q.sourceSpeaker(), "source", q.sourcePath());
                } else {
                    evidence.report(q.span(), "quote", shown(q.text()), "was", shown(q.sourceText()), "source",
                            q.sourcePath());
                }
            }
        }

        private static String shown(String quote) {
            String t = quote.strip().replaceAll("\\s+", " ");
            return t.length() <= SHOWN ? t : t.substring(0, SHOWN) + "…";
        }
    }
}
