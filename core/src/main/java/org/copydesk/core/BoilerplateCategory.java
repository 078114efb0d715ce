package org.copydesk.core;

import java.util.Locale;
import java.util.Optional;

/**
 * Kinds of page furniture that are removed from an article, as named in the report contract. Every kind but
 * {@link #OTHER} is also known by its wording: ingest keeps a phrase family file named by the kind's id
 * ({@code cookie-consent.txt}) and tries the families in the order declared here, the more specific vocabularies
 * first, so that on a tie the earlier kind wins. A new kind is one constant here and its phrase file there.
 */
public enum BoilerplateCategory {
    COOKIE_CONSENT, COMMENT_FORM, DONATION_APPEAL, NEWSLETTER_PROMPT, SUBSCRIPTION_PROMPT, SOCIAL_SHARE,
    RELATED_LINKS, ADVERTISEMENT, LEGAL_FOOTER, PUBLISHER_TAGLINE, NAVIGATION,
    /** Furniture known by where it sits or how the page marks it (hidden, outside the article), never by wording. */
    OTHER(false);

    private final boolean hasPhrases;

    BoilerplateCategory() {
        this(true);
    }

    BoilerplateCategory(boolean hasPhrases) {
        this.hasPhrases = hasPhrases;
    }

    /** The report's spelling, e.g. {@code cookie-consent}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Whether this kind has a family of wording to be recognised by; only {@link #OTHER} has none, by design. */
    public boolean hasPhrases() {
        return hasPhrases;
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
