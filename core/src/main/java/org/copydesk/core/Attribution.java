package org.copydesk.core;

import java.io.Serializable;
import java.util.Objects;

/**
 * A statement credited to a speaker, quoted directly or reported ("He claimed Pakistan had…"). Rules on cue
 * verbs, anonymous sources and second-hand sourcing read these.
 *
 * @param span        the cue clause (speaker and verb) in the text
 * @param verb        the cue verb or phrase as written, lower case
 * @param speaker     the speaker's name or phrase as resolved, or {@code null}
 * @param direct      whether the statement is a direct quotation
 * @param outlet      the outlet or document the statement was taken from, or {@code null}
 */
public record Attribution(Span span, String verb, String speaker, SpeakerKind speakerKind, boolean direct,
        String outlet) implements Serializable {

    public Attribution {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(verb, "verb");
        Objects.requireNonNull(speakerKind, "speakerKind");
    }
}
