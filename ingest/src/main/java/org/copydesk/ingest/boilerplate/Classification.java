package org.copydesk.ingest.boilerplate;

import java.util.Objects;
import org.copydesk.core.BoilerplateCategory;

/** Why a block was judged to be furniture: its category and the signal that fired, in words. */
public record Classification(BoilerplateCategory category, String reason) {

    public Classification {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(reason, "reason");
    }
}
