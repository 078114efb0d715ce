package org.copydesk.rules.byline;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.copydesk.core.Byline;
import org.copydesk.core.BylineKind;
import org.copydesk.core.ExtractedDocument;
import org.copydesk.core.Severity;
import org.copydesk.core.WireAgencies;
import org.copydesk.rules.DocumentRule;
import org.copydesk.rules.Evidence;
import org.copydesk.rules.PhraseList;
import org.copydesk.rules.RuleInfo;
import org.copydesk.rules.RuleSettings;

/** {@code byline.agency-only}: only a wire agency or news service is credited. */
@RuleInfo(id = "byline.agency-only",
        summary = "Only a wire agency or a news service is credited",
        scrape = Severity.INFO, prePublication = Severity.WARNING,
        basis = {"bylines"},
        rationale = "Wire copy run without a reporter's name is common, but a desk should know it is "
                + "publishing agency text and check the agency's terms and corrections.",
        example = "By (AFP) … or a trailing \"— Northern News Service\" and no named reporter.")
@Constraint(validatedBy = AgencyOnly.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface AgencyOnly {

    String message() default "{copydesk.byline.agency-only}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /**
     * Fires when there are bylines and every one is an agency, or an organisation that is a known agency or
     * is named as a news service. Desks and publications ("Staff Reporter", "The Ledger") do not count.
     */
    final class Validator extends DocumentRule<AgencyOnly> {

        private static final Pattern SERVICE = PhraseList.load(AgencyOnly.class, "news-services.txt")
                .wholeWords();

        @Override
        protected void check(ExtractedDocument doc, RuleSettings settings, Evidence evidence) {
            List<Byline> bylines = doc.article().bylines();
            if (!bylines.isEmpty() && bylines.stream().allMatch(b -> isWire(b, settings.agencies()))) {
                String names = bylines.stream().map(Byline::name).distinct().collect(Collectors.joining(", "));
                evidence.report(Credits.where(doc.article()), "credit", Evidence.excerpt(names));
            }
        }

        private static boolean isWire(Byline b, WireAgencies agencies) {
            if (b.kind() == BylineKind.AGENCY) {
                return true;
            }
            return b.kind() == BylineKind.ORGANIZATION
                    && (agencies.isAgency(b.name()) || SERVICE.matcher(b.name()).find());
        }
    }
}
