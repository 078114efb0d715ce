package org.copydesk.rules.date;

import java.lang.annotation.Annotation;
import java.util.List;

/**
 * The {@code date.*} rules (dates the article gives itself and the dates its body mentions), in catalog order.
 * Registering a rule of this family is one line here, beside its class, and no import; {@link
 * org.copydesk.rules.RuleRegistry} reads the families in turn.
 */
public final class DateRules {

    /** The constraint of each rule, in the order the catalog lists them. */
    public static final List<Class<? extends Annotation>> CATALOG = List.of(
            MissingPublished.class,
            InvalidDate.class,
            WeekdayMismatch.class,
            ModifiedBeforePublished.class,
            StaleUpdate.class,
            FutureDate.class,
            RelativeUnanchored.class,
            RelativeInconsistent.class,
            BodyAfterPublished.class,
            AmbiguousFormat.class,
            MetadataMismatch.class);

    private DateRules() {
    }
}
