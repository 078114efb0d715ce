package org.copydesk.core;

import java.util.Locale;

/** What a stretch of extracted text is to the article: its headline, its body, metadata lifted out, or furniture. */
public enum SegmentRole {
    HEADLINE, BODY, METADATA, BOILERPLATE;

    /** The report's spelling: lower case. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
