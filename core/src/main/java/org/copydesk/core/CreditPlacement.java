package org.copydesk.core;

import java.util.Locale;

/** Where a credit was found: a byline at the top, a credit after the article's last paragraph, or page markup. */
public enum CreditPlacement {
    TOP, TRAILING, MARKUP;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
