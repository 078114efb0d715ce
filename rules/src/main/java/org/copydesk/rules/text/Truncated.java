package org.copydesk.rules.text;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.Locale;
import org.copydesk.core.CreditLine;
import org.copydesk.core.ExtractedDocument;
import org.copydesk.core.InputProblem;
import org.copydesk.core.Segment;
import org.copydesk.core.Severity;
import org.copydesk.rules.DocumentRule;
import org.copydesk.rules.Evidence;
import org.copydesk.rules.PhraseList;
import org.copydesk.rules.RuleInfo;
import org.copydesk.rules.RuleSettings;

/** {@code text.truncated}: the body ends mid-sentence or with a teaser phrase. */
@RuleInfo(id = "text.truncated",
        summary = "The body ends mid-sentence, or with \"Read more\", \"…\", \"Continue reading\"",
        scrape = Severity.WARNING, prePublication = Severity.ERROR,
        basis = {"body"},
        rationale = "A body cut off by a paywall, a teaser template or an extraction limit is not the article.",
        example = "… the committee will publish its findings in Continue reading")
@Constraint(validatedBy = Truncated.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Truncated {

    String message() default "{copydesk.text.truncated}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Fires at the last paragraph when it ends with a teaser phrase or without closing punctuation. */
    final class Validator extends DocumentRule<Truncated> {
        private static final List<String> PHRASES =
                PhraseList.load(Truncated.class, "truncation-phrases.txt").lowerCase();
        /** Characters a finished paragraph may end with. */
        private static final String TERMINAL = ".!?\"”’'»)]";

        @Override
        protected void check(ExtractedDocument doc, RuleSettings settings, Evidence evidence) {
            if (doc.hasProblem(InputProblem.Kind.LIMIT)) {
                return; // input.limit already says the text was cut off
            }
            Segment last = lastParagraph(doc, settings);
            if (last == null) {
                return;
            }
            String end = last.content().replaceAll("[\\s»›→>]+$", "");
            String lower = end.toLowerCase(Locale.ROOT);
            for (String phrase : PHRASES) {
                if (lower.endsWith(phrase)) {
                    evidence.reportAs("{copydesk.text.truncated.phrase}", last.contentSpan(),
                            "ending", end.substring(end.length() - phrase.length()));
                    return;
                }
            }
            if (!end.isEmpty() && TERMINAL.indexOf(end.charAt(end.length() - 1)) < 0) {
                evidence.report(last.contentSpan(), "ending", Evidence.excerpt(tail(end)));
            }
        }

        /** The last body paragraph that is not itself a credit ("— Reuters" needs no full stop). */
        private static Segment lastParagraph(ExtractedDocument doc, RuleSettings settings) {
            List<Segment> paragraphs = BodyText.paragraphs(doc);
            for (int i = paragraphs.size() - 1; i >= 0; i--) {
                Segment s = paragraphs.get(i);
                boolean credit = doc.article().creditLines().stream().map(CreditLine::span)
                        .anyMatch(c -> c.overlaps(s.contentSpan()))
                        || settings.agencies().isAgency(s.content().replaceAll("^[\\p{P}\\s]+|[\\p{P}\\s]+$", ""));
                if (!credit) {
                    return s;
                }
            }
            return null;
        }

        /** The paragraph's last few words, for the message. */
        private static String tail(String text) {
            int from = Math.max(0, text.length() - 40);
            int space = text.indexOf(' ', from);
            return from > 0 && space > 0 && space < text.length() - 1 ? text.substring(space + 1)
                    : text.substring(from);
        }
    }
}
