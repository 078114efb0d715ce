package org.copydesk.core;

import java.io.Serializable;
import java.util.Objects;

/**
 * The person a quote's credit stands for, when the credit does not name them outright: "he said", "the senator
 * said" or a surname resolved to someone the article introduced earlier.
 *
 * @param person     the person's fullest name in the article ("Hillary Clinton")
 * @param introduced where the article names that person in full, or {@code null} when it never does
 * @param written    the credit as the article words it ("she", "the former secretary of state", "Clinton")
 */
public record SpeakerResolution(String person, Span introduced, String written) implements Serializable {

    public SpeakerResolution {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(written, "written");
    }
}
