package org.copydesk.engine;

import java.time.Instant;
import java.util.Optional;

/**
 * The fixed time of a reproducible run (reproducible-builds.org's {@code SOURCE_DATE_EPOCH}): the timestamp its
 * files carry and, unless {@code --now} says otherwise, the reference time of its checks. With it set, nothing a
 * run writes depends on the clock.
 */
public final class SourceDateEpoch {

    /** The environment variable. */
    public static final String VARIABLE = "SOURCE_DATE_EPOCH";

    private SourceDateEpoch() {
    }

    /**
     * {@code epochSeconds} when given (the command line's hidden {@code --source-date-epoch}, for tests), else the
     * environment's {@code SOURCE_DATE_EPOCH} when it is a number; empty when neither, and the clock decides.
     */
    public static Optional<Instant> fixed(Long epochSeconds) {
        return fixed(epochSeconds, System.getenv(VARIABLE));
    }

    /** As {@link #fixed(Long)}, with the variable's value given; an unusable value is ignored, as its spec says. */
    static Optional<Instant> fixed(Long epochSeconds, String variable) {
        if (epochSeconds != null) {
            return Optional.of(Instant.ofEpochSecond(epochSeconds));
        }
        if (variable != null) {
            try {
                return Optional.of(Instant.ofEpochSecond(Long.parseLong(variable.strip())));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
