package org.copydesk.rules.attribution;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.copydesk.core.Byline;
import org.copydesk.core.ExtractedDocument;
import org.copydesk.core.Severity;
import org.copydesk.core.WireAgencies;
import org.copydesk.rules.DocumentRule;
import org.copydesk.rules.Evidence;
import org.copydesk.rules.RuleInfo;
import org.copydesk.rules.RuleSettings;

/** {@code attribution.secondhand}: a statement taken from another outlet or document. */
@RuleInfo(id = "attribution.secondhand", englishOnly = true,
        summary = "A quotation taken from another outlet or document",
        scrape = Severity.INFO, prePublication = Severity.INFO,
        basis = {"body", "bylines"},
        rationale = "Words lifted from another outlet were not heard by this reporter; the desk should know "
                + "the article relays, rather than reports, them.",
        example = "\"We have no plans to sell,\" the chairman told The Harbour Gazette.")
@Constraint(validatedBy = Secondhand.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Secondhand {

    String message() default "{copydesk.attribution.secondhand}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /**
     * Fires per statement with an outlet, unless the outlet is one the article itself is credited to: "told
     * AFP" under an AFP byline is the agency's own reporting.
     */
    final class Validator extends DocumentRule<Secondhand> {

        @Override
        protected void check(ExtractedDocument doc, RuleSettings settings, Evidence evidence) {
            Set<String> own = new HashSet<>();
            for (Byline b : doc.article().bylines()) {
                own.add(key(b.name(), settings.agencies()));
            }
            for (Statement s : Statement.of(doc)) {
                if (s.outlet() != null && !s.outlet().isBlank()
                        && !own.contains(key(s.outlet(), settings.agencies()))) {
                    evidence.report(s.span(), "outlet", Evidence.excerpt(s.outlet()),
                            "verb", s.verb() == null ? "" : s.verb());
                }
            }
        }

        private static String key(String name, WireAgencies agencies) {
            return agencies.canonical(name).orElse(name.strip().replaceFirst("(?i)^the\\s+", ""))
                    .toLowerCase(Locale.ROOT);
        }
    }
}
