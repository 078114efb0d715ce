package org.copydesk.core;

import java.io.Serializable;
import java.util.Objects;

/** A visible credit line exactly as written ("By (AFP)", "Observer News Service"), kept for rules on its form. */
public record CreditLine(Span span, String raw, CreditPlacement placement) implements Serializable {

    public CreditLine {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(placement, "placement");
    }
}
