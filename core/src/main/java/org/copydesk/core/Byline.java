package org.copydesk.core;

import java.io.Serializable;
import java.util.Objects;

/** One credited name, its kind, where it was found and (when visible) the span of the credit line. */
public record Byline(String name, BylineKind kind, CreditPlacement placement, Span span) implements Serializable {

    public Byline {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(placement, "placement");
    }
}
