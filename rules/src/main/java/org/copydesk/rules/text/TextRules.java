package org.copydesk.rules.text;

import java.lang.annotation.Annotation;
import java.util.List;

/**
 * The {@code text.*} rules (whether the extracted text is whole, clean and readable), in catalog order. Registering
 * a rule of this family is one line here, beside its class, and no import; {@link org.copydesk.rules.RuleRegistry}
 * reads the families in turn.
 */
public final class TextRules {

    /** The constraint of each rule, in the order the catalog lists them. */
    public static final List<Class<? extends Annotation>> CATALOG = List.of(
            EmptyBody.class,
            TooShort.class,
            BoilerplateHeavy.class,
            Truncated.class,
            Mojibake.class,
            DuplicateParagraph.class,
            UnsupportedLanguage.class,
            HiddenCharacters.class);

    private TextRules() {
    }
}
