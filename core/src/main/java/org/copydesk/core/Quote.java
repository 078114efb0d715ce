package org.copydesk.core;

import java.util.Objects;

/**
 * A direct quotation: the span from its opening to its closing mark, its words, and who said it.
 *
 * @param speaker     the speaker's fullest name or phrase ("Robert M. Gates", "a senior official"), or
 *                    {@code null} when nobody is credited
 * @param cue         the attribution verb or phrase ("said", "told", "according to"), or {@code null}
 * @param cueSpan     where the cue stands in the text, or {@code null}
 * @param outlet      the outlet or document it was taken from ("The Nation"), or {@code null}
 */
public record Quote(Span span, String text, String speaker, SpeakerKind speakerKind, String cue, Span cueSpan,
        String outlet) {

    public Quote {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(speakerKind, "speakerKind");
    }
}
