package org.copydesk.core;

import java.util.Locale;

/**
 * How a quotation stands in the text, as the report contract names it: a whole statement in marks, a quoted
 * fragment inside reported speech, a turn after a speaker label, or a quotation running over several paragraphs.
 */
public enum QuoteForm {
    FULL, PARTIAL, TRANSCRIPT, BLOCK;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
