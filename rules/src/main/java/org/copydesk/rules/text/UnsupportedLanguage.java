package org.copydesk.rules.text;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Locale;
import java.util.Set;
import org.copydesk.core.ExtractedDocument;
import org.copydesk.core.Severity;
import org.copydesk.rules.DocumentRule;
import org.copydesk.rules.Evidence;
import org.copydesk.rules.PhraseList;
import org.copydesk.rules.RuleInfo;
import org.copydesk.rules.RuleSettings;

/** {@code text.language}: The body is not in a language the rules support (English first). */
@RuleInfo(id = "text.language",
        summary = "The body is not in a language the rules support (English first)",
        scrape = Severity.INFO, prePublication = Severity.WARNING,
        rationale = "The date, byline and attribution rules read English; on other languages "
                + "they stay quiet or misfire.",
        example = "An article whose language is detected as de (German).")
@Constraint(validatedBy = UnsupportedLanguage.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface UnsupportedLanguage {

    String message() default "{copydesk.text.language}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Fires when the article language is known and its primary subtag is not a supported language. */
    final class Validator extends DocumentRule<UnsupportedLanguage> {
        private static final Set<String> SUPPORTED =
                Set.copyOf(PhraseList.load(UnsupportedLanguage.class, "supported-languages.txt").lowerCase());
        /** ISO 639 for undetermined: no claim about the language at all. */
        private static final String UNDETERMINED = "und";

        @Override
        protected void check(ExtractedDocument doc, RuleSettings settings, Evidence evidence) {
            String language = doc.article().language();
            if (language == null || language.isBlank()) {
                return;
            }
            String primary = language.strip().split("[-_]")[0].toLowerCase(Locale.ROOT);
            if (!primary.equals(UNDETERMINED) && !SUPPORTED.contains(primary)) {
                evidence.report(doc.article().headlineSpan() != null ? doc.article().headlineSpan()
                        : Evidence.WHOLE_DOCUMENT, "language", Evidence.excerpt(language));
            }
        }
    }
}
