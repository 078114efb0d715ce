package org.copydesk.core;

import java.util.Locale;

/** Who a quotation is attributed to, as the report contract names it. */
public enum SpeakerKind {
    NAMED, ANONYMOUS, PRONOUN, ORGANIZATION, NONE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
