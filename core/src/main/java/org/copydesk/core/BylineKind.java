package org.copydesk.core;

import java.util.Locale;

/** What a credited name is: a person, a wire agency, another organisation (a desk, a news service), or unknown. */
public enum BylineKind {
    PERSON, AGENCY, ORGANIZATION, UNKNOWN;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
