package org.copydesk.rules.text;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Locale;
import org.copydesk.core.ExtractedDocument;
import org.copydesk.core.Severity;
import org.copydesk.core.LanguageCatalog;
import org.copydesk.rules.DocumentRule;
import org.copydesk.rules.Evidence;
import org.copydesk.rules.RuleInfo;
import org.copydesk.rules.RuleSettings;

/**
 * {@code text.language}: the body is in a language Copydesk has no word lists for ({@link LanguageCatalog}): its dates, date lines, bylines, furniture phrases and quote verbs are then read with the
 * lists of the languages it has, and checks that depend on wording stay quiet or misfire.
 */
@RuleInfo(id = "text.language",
        summary = "The body is in a language Copydesk has no word lists for",
        scrape = Severity.INFO, prePublication = Severity.WARNING,
        basis = {"language"},
        rationale = "Month names, date-line and byline wording, furniture phrases and quote verbs are data per "
                + "language; in a language without lists they stay quiet or misfire.",
        example = "An article whose language is detected as sv (Swedish) when no Swedish lists exist.")
@Constraint(validatedBy = UnsupportedLanguage.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface UnsupportedLanguage {

    String message() default "{copydesk.text.language}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Fires when the article language is known and its primary subtag is not a catalogued language. */
    final class Validator extends DocumentRule<UnsupportedLanguage> {
        /** ISO 639 for undetermined: no claim about the language at all. */
        private static final String UNDETERMINED = "und";

        @Override
        protected void check(ExtractedDocument doc, RuleSettings settings, Evidence evidence) {
            String language = doc.article().language();
            if (language == null || language.isBlank()) {
                return;
            }
            String primary = language.strip().split("[-_]")[0].toLowerCase(Locale.ROOT);
            if (!primary.equals(UNDETERMINED) && !LanguageCatalog.has(primary)) {
                evidence.report(doc.article().headlineSpan() != null ? doc.article().headlineSpan()
                        : Evidence.WHOLE_DOCUMENT, "language", Evidence.excerpt(language));
            }
        }
    }
}
