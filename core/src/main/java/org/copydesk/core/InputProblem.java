package org.copydesk.core;

import java.io.Serializable;
import java.util.Objects;

/** Something wrong with the input itself: it could not be read, hit a limit, or carries no article text. */
public record InputProblem(Kind kind, String message) implements Serializable {

    /** Matches the {@code input.*} rules. */
    public enum Kind { UNREADABLE, LIMIT, UNSUPPORTED }

    public InputProblem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }
}
