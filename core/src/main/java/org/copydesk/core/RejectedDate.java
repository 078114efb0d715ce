package org.copydesk.core;

import java.io.Serializable;
import java.util.Objects;

/**
 * A publication date the page gave that was not chosen, with why it lost, so that a reader of the report can
 * see what the chosen date beat.
 *
 * @param value  the date, with its source
 * @param reason why it was not chosen, in plain words
 */
public record RejectedDate(DateValue value, String reason) implements Serializable {

    public RejectedDate {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(reason, "reason");
    }

    /** The kind of evidence the date came from. */
    public DateEvidence kind() {
        return DateEvidence.of(value.source());
    }
}
