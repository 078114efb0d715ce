package org.copydesk.rules.date;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.core.DateMention;
import org.copydesk.core.ExtractedDocument;
import org.copydesk.core.Severity;
import org.copydesk.rules.DocumentRule;
import org.copydesk.rules.Evidence;
import org.copydesk.rules.RuleInfo;
import org.copydesk.rules.RuleSettings;

/** {@code date.ambiguous-format}: numeric dates whose day/month order the document leaves open. */
@RuleInfo(id = "date.ambiguous-format",
        summary = "A 03/04/2011-style date whose day/month order the document does not settle",
        scrape = Severity.INFO, prePublication = Severity.WARNING,
        basis = {"body"},
        rationale = "03/04/2011 is 3 April in most of the world and March 4 in the United States; a reader "
                + "or a parser can only guess.",
        example = "The contract was signed on 03/04/2011.")
@Constraint(validatedBy = AmbiguousFormat.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface AmbiguousFormat {

    String message() default "{copydesk.date.ambiguous-format}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /**
     * Fires per mention marked ambiguous, unless another numeric date written with the same separator has a
     * part above 12 and so shows which order the writer uses.
     */
    final class Validator extends DocumentRule<AmbiguousFormat> {

        private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{2,4})");

        /** Which order a date written like this can be read in. */
        private enum Order { DAY_FIRST, MONTH_FIRST }

        @Override
        protected void check(ExtractedDocument doc, RuleSettings settings, Evidence evidence) {
            Shown shown = null;
            for (DateMention m : doc.dates()) {
                if (m.ambiguousOrder()) {
                    shown = shown == null ? Shown.of(doc) : shown;
                    if (!shown.settles(m)) {
                        evidence.report(m.span(), "text", Evidence.excerpt(m.text()));
                    }
                }
            }
        }

        /** The order a numeric date's parts show, or {@code null} when both could be a month (or it is not one). */
        private static Order order(DateMention m, Matcher o) {
            if (!m.calendarValid()) {
                return null;
            }
            int first = Integer.parseInt(o.group(1));
            int second = Integer.parseInt(o.group(3));
            if (first > 12 && second <= 12) {
                return Order.DAY_FIRST;
            }
            return second > 12 && first <= 12 ? Order.MONTH_FIRST : null;
        }

        /**
         * How many of a document's numeric dates show each order, per separator: read once per document, so
         * that judging every ambiguous date is not a pass over all the others.
         */
        private record Shown(Map<String, int[]> bySeparator) {

            static Shown of(ExtractedDocument doc) {
                Map<String, int[]> counts = new HashMap<>();
                for (DateMention other : doc.dates()) {
                    Matcher o = NUMERIC.matcher(other.text().strip());
                    Order order = o.matches() ? order(other, o) : null;
                    if (order != null) {
                        counts.computeIfAbsent(o.group(2), k -> new int[Order.values().length])[order.ordinal()]++;
                    }
                }
                return new Shown(counts);
            }

            /** Whether the other dates written with {@code ambiguous}'s separator show one order only. */
            boolean settles(DateMention ambiguous) {
                Matcher a = NUMERIC.matcher(ambiguous.text().strip());
                if (!a.matches()) {
                    return false;
                }
                int[] counts = bySeparator.getOrDefault(a.group(2), new int[Order.values().length]).clone();
                Order own = order(ambiguous, a);
                if (own != null) {
                    counts[own.ordinal()]--; // the others only
                }
                int orders = 0;
                for (int c : counts) {
                    orders += c > 0 ? 1 : 0;
                }
                // A document that shows both orders settles nothing.
                return orders == 1;
            }
        }
    }
}
