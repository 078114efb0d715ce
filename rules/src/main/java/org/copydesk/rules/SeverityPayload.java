package org.copydesk.rules;

import jakarta.validation.Payload;
import java.util.Optional;
import java.util.Set;
import org.copydesk.core.Severity;

/**
 * The severity a registered constraint reports at, carried in the constraint's {@code payload} so that the
 * same rule can be registered once per profile at different severities.
 */
public final class SeverityPayload {

    /** Payload of a constraint whose findings are errors. */
    public interface Error extends Payload {
    }

    /** Payload of a constraint whose findings are warnings. */
    public interface Warning extends Payload {
    }

    /** Payload of a constraint whose findings are informational. */
    public interface Info extends Payload {
    }

    private SeverityPayload() {
    }

    public static Class<? extends Payload> of(Severity severity) {
        return switch (severity) {
            case ERROR -> Error.class;
            case WARNING -> Warning.class;
            case INFO -> Info.class;
        };
    }

    /** The most serious severity among {@code payload}, if any of it is a severity. */
    public static Optional<Severity> from(Set<Class<? extends Payload>> payload) {
        for (Severity s : Severity.values()) {
            if (payload.contains(of(s))) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
