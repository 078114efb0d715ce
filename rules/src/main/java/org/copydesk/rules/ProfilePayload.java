package org.copydesk.rules;

import jakarta.validation.Payload;
import java.util.Optional;
import java.util.Set;

/**
 * The profile a registered constraint belongs to, carried in its {@code payload} beside its severity, for the few
 * rules whose judgement depends on the profile itself ({@code input.low-confidence} reads the fields the profile
 * relies on). Groups cannot be read back by a validator; payloads can.
 */
public final class ProfilePayload {

    /** Payload of a constraint registered for {@code scrape-audit}. */
    public interface ScrapeAudit extends Payload {
    }

    /** Payload of a constraint registered for {@code pre-publication}. */
    public interface PrePublication extends Payload {
    }

    private ProfilePayload() {
    }

    public static Class<? extends Payload> of(Profile profile) {
        return profile == Profile.PRE_PUBLICATION ? PrePublication.class : ScrapeAudit.class;
    }

    /** The profile named in {@code payload}, if any. */
    public static Optional<Profile> from(Set<Class<? extends Payload>> payload) {
        for (Profile p : Profile.values()) {
            if (payload.contains(of(p))) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
