package org.copydesk.core;

import java.util.Locale;
import java.util.Optional;

/** Kinds of page furniture that are removed from an article, as named in the report contract. */
public enum BoilerplateCategory {
    COOKIE_CONSENT, DONATION_APPEAL, SUBSCRIPTION_PROMPT, NEWSLETTER_PROMPT, SOCIAL_SHARE, COMMENT_FORM,
    RELATED_LINKS, NAVIGATION, ADVERTISEMENT, LEGAL_FOOTER, PUBLISHER_TAGLINE, OTHER;

    /** The report's spelling, e.g. {@code cookie-consent}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<BoilerplateCategory> fromId(String id) {
        for (BoilerplateCategory c : values()) {
            if (c.id().equals(id)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
