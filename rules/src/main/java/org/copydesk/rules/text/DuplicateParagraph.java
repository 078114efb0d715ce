package org.copydesk.rules.text;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.copydesk.core.ExtractedDocument;
import org.copydesk.core.Segment;
import org.copydesk.core.Severity;
import org.copydesk.core.WordCounter;
import org.copydesk.rules.DocumentRule;
import org.copydesk.rules.Evidence;
import org.copydesk.rules.RuleInfo;
import org.copydesk.rules.RuleSettings;

/** {@code text.duplicate-paragraph}: The same paragraph appears twice. */
@RuleInfo(id = "text.duplicate-paragraph",
        summary = "The same paragraph appears twice",
        scrape = Severity.WARNING, prePublication = Severity.WARNING,
        basis = {"body"},
        rationale = "A repeated paragraph is a paste or template error; readers notice it at once.",
        example = "The same paragraph of eight words or more as both the second and the fifth paragraph of the body.")
@Constraint(validatedBy = DuplicateParagraph.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface DuplicateParagraph {

    String message() default "{copydesk.text.duplicate-paragraph}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Fires at each later copy of a body paragraph of at least eight words, compared without case and punctuation. */
    final class Validator extends DocumentRule<DuplicateParagraph> {
        private static final int MIN_WORDS = 8;

        @Override
        protected void check(ExtractedDocument doc, RuleSettings settings, Evidence evidence) {
            Map<String, Segment> seen = new HashMap<>();
            for (Segment s : BodyText.paragraphs(doc)) {
                String content = s.content();
                if (WordCounter.count(content) < MIN_WORDS) {
                    continue;
                }
                String key = content.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
                if (seen.putIfAbsent(key, s) != null) {
                    evidence.report(s.contentSpan(), "paragraph", Evidence.excerpt(content));
                }
            }
        }
    }
}
