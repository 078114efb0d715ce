package org.copydesk.rules.byline;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.copydesk.core.Byline;
import org.copydesk.core.BylineKind;
import org.copydesk.core.CreditPlacement;
import org.copydesk.core.ExtractedDocument;
import org.copydesk.core.Severity;
import org.copydesk.core.WireAgencies;
import org.copydesk.rules.DocumentRule;
import org.copydesk.rules.Evidence;
import org.copydesk.rules.RuleInfo;
import org.copydesk.rules.RuleSettings;
import org.copydesk.rules.attribution.Statement;

/** {@code byline.conflict}: two credits that cannot both be right. */
@RuleInfo(id = "byline.conflict", englishOnly = true,
        summary = "Markup author and visible byline name different people, or the byline's agency differs "
                + "from the agency the body's own attributions credit",
        scrape = Severity.WARNING, prePublication = Severity.ERROR,
        basis = {"bylines"},
        rationale = "A page whose markup credits one reporter and whose byline another, or wire copy that says "
                + "\"told Reuters\" under an AFP credit, has been re-credited or assembled from two sources.",
        example = "By Jane Roe (AFP) … \"We will not move,\" the minister told Reuters.")
@Constraint(validatedBy = BylineConflict.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface BylineConflict {

    String message() default "{copydesk.byline.conflict}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Fires for a person conflict (once) and for each other agency the attributions credit (once each). */
    final class Validator extends DocumentRule<BylineConflict> {

        @Override
        protected void check(ExtractedDocument doc, RuleSettings settings, Evidence evidence) {
            List<Byline> bylines = doc.article().bylines();
            List<Byline> markup = persons(bylines, CreditPlacement.MARKUP);
            List<Byline> top = persons(bylines, CreditPlacement.TOP);
            if (!markup.isEmpty() && !top.isEmpty() && markup.stream()
                    .noneMatch(m -> top.stream().anyMatch(t -> Credits.samePerson(m.name(), t.name())))) {
                Byline shown = top.get(0);
                evidence.report(shown.span() != null ? shown.span() : Credits.where(doc.article()),
                        "markup", Evidence.excerpt(markup.get(0).name()), "visible", Evidence.excerpt(shown.name()));
            }
            agencyConflicts(doc, bylines, settings.agencies(), evidence);
        }

        private static void agencyConflicts(ExtractedDocument doc, List<Byline> bylines, WireAgencies agencies,
                Evidence evidence) {
            Set<String> credited = new LinkedHashSet<>();
            for (Byline b : bylines) {
                if (b.kind() != BylineKind.PERSON) {
                    agencies.canonical(b.name()).ifPresent(credited::add);
                }
            }
            if (credited.isEmpty()) {
                return;
            }
            Set<String> reported = new LinkedHashSet<>();
            for (Statement s : Statement.of(doc)) {
                Optional<String> other = agencies.canonical(s.outlet());
                if (other.isPresent() && !credited.contains(other.get()) && reported.add(other.get())) {
                    evidence.reportAs("{copydesk.byline.conflict.agency}", s.span(),
                            "byline", String.join(", ", credited), "other", other.get());
                }
            }
        }

        private static List<Byline> persons(List<Byline> bylines, CreditPlacement placement) {
            return bylines.stream().filter(b -> b.kind() == BylineKind.PERSON && b.placement() == placement)
                    .toList();
        }
    }
}
