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
import org.copydesk.core.Quote;
import org.copydesk.core.QuoteForm;
import org.copydesk.core.Severity;
import org.copydesk.core.Span;
import org.copydesk.core.SpeakerKind;
import org.copydesk.core.WordCounter;
import org.copydesk.rules.DocumentRule;
import org.copydesk.rules.Evidence;
import org.copydesk.rules.RuleInfo;
import org.copydesk.rules.RuleSettings;

/** {@code attribution.unattributed-quote}: A direct quote of a full clause with no speaker. */
@RuleInfo(id = "attribution.unattributed-quote", englishOnly = true,
        summary = "A direct quote of a full clause with no speaker",
        scrape = Severity.WARNING, prePublication = Severity.ERROR,
        basis = {"body"},
        rationale = "Words in quotation marks are someone's words; the reader must be told whose.",
        example = "\"The budget will not survive the winter.\" The council meets again in May.")
@Constraint(validatedBy = UnattributedQuote.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface UnattributedQuote {

    String message() default "{copydesk.attribution.unattributed-quote}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /**
     * Fires per quote credited to nobody; quotes of one to three words are scare quotes, not quotations. A partial
     * quote (quoted words inside the reporter's own sentence) fires only when the quoted words make a clause of
     * their own: a few borrowed words ("a “rough week” for the mayor") are the reporter's, and flagging them would
     * bury the quotations that matter. A quote that opens or closes on an unbalanced mark is left to
     * {@code attribution.unbalanced-quotes}: its extent is the reader's guess, and the cue it swallowed ("…, said
     * Jane Roe") would otherwise be reported as missing.
     */
    final class Validator extends DocumentRule<UnattributedQuote> {
        private static final int MIN_WORDS = 4;
        private static final int MIN_PARTIAL_WORDS = 8;

        @Override
        protected void check(ExtractedDocument doc, RuleSettings settings, Evidence evidence) {
            List<Span> unbalanced = doc.quotes().unbalancedMarks();
            for (Quote q : doc.quotes().quotes()) {
                if (q.speakerKind() != SpeakerKind.NONE || endsOnUnbalancedMark(q, unbalanced)) {
                    continue;
                }
                String quoted = quotedWords(q, doc.text());
                int least = q.form() == QuoteForm.PARTIAL ? MIN_PARTIAL_WORDS : MIN_WORDS;
                if (WordCounter.count(quoted) >= least) {
                    evidence.report(q.span(), "quote", Evidence.excerpt(quoted));
                }
            }
        }

        /** The words inside the quote's marks: all of a full quote, the quoted fragments of a partial one. */
        private static String quotedWords(Quote q, String text) {
            if (q.form() != QuoteForm.PARTIAL) {
                return q.text();
            }
            StringBuilder sb = new StringBuilder();
            for (Span part : q.parts()) {
                sb.append(sb.length() == 0 ? "" : " ").append(part.in(text));
            }
            return sb.toString();
        }

        private static boolean endsOnUnbalancedMark(Quote q, List<Span> unbalanced) {
            return unbalanced.stream().anyMatch(m -> q.parts().stream()
                    .anyMatch(p -> m.start() == p.start() || m.end() == p.end()));
        }
    }
}
