package org.copydesk.rules.byline;

import java.lang.annotation.Annotation;
import java.util.List;

/**
 * The {@code byline.*} rules (who the article is credited to), in catalog order. Registering a rule of this family
 * is one line here, beside its class, and no import; {@link org.copydesk.rules.RuleRegistry} reads the families in
 * turn.
 */
public final class BylineRules {

    /** The constraint of each rule, in the order the catalog lists them. */
    public static final List<Class<? extends Annotation>> CATALOG = List.of(
            MissingByline.class,
            AgencyOnly.class,
            MalformedCredit.class,
            TrailingCredit.class,
            BylineConflict.class);

    private BylineRules() {
    }
}
