package org.copydesk.rules.attribution;

import java.lang.annotation.Annotation;
import java.util.List;

/**
 * The {@code attribution.*} rules (quotations and who is credited with them), in catalog order. Registering a rule
 * of this family is one line here, beside its class, and no import; {@link org.copydesk.rules.RuleRegistry} reads
 * the families in turn.
 */
public final class AttributionRules {

    /** The constraint of each rule, in the order the catalog lists them. */
    public static final List<Class<? extends Annotation>> CATALOG = List.of(
            UnattributedQuote.class,
            AnonymousSource.class,
            AnonymousShare.class,
            UnbalancedQuotes.class,
            PronounUnresolved.class,
            LoadedVerb.class,
            Secondhand.class);

    private AttributionRules() {
    }
}
