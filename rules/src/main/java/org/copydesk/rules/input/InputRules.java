package org.copydesk.rules.input;

import java.lang.annotation.Annotation;
import java.util.List;

/**
 * The {@code input.*} rules (what ingest could not read, or read only in part), in catalog order. Registering a
 * rule of this family is one line here, beside its class, and no import; {@link org.copydesk.rules.RuleRegistry}
 * reads the families in turn.
 */
public final class InputRules {

    /** The constraint of each rule, in the order the catalog lists them. */
    public static final List<Class<? extends Annotation>> CATALOG = List.of(
            Unreadable.class,
            LimitExceeded.class,
            UnsupportedMedia.class,
            LowConfidence.class);

    private InputRules() {
    }
}
