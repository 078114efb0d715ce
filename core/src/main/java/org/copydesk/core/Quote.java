package org.copydesk.core;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A direct quotation: the span from its opening to its closing mark, its words, and who said it.
 *
 * @param speaker     the speaker's fullest name or phrase ("Robert M. Gates", "a senior official"), or
 *                    {@code null} when nobody is credited
 * @param cue         the attribution verb or phrase ("said", "told", "according to"), or {@code null}
 * @param cueSpan     where the cue stands in the text, or {@code null}
 * @param outlet      the outlet or document it was taken from ("The Nation"), or {@code null}
 * @param parts       the quoted stretches, marks included: one, or several when the cue breaks the quote
 *                    ("“We will,” he said, “win.”"), so that {@code span} covers the cue words but parts do not
 * @param form        how the quotation stands: a full statement, a fragment inside reported speech, a transcript
 *                    turn or a block of several paragraphs. A partial quote's {@code span} and {@code text} are the
 *                    reported statement that carries the quoted words ("the plan was “reckless” and late"); its
 *                    {@code parts} are the quoted words themselves
 * @param resolution  the person the credit stands for and where the article introduced them, or {@code null}
 *                    when nobody is credited or the credit is not a person
 * @param confidence  the probability in [0, 1] that {@code speaker} is right, or, when nobody is credited, that the
 *                    article truly credits the words to nobody; {@code null} where nothing was estimated
 * @param signals     the named values {@code confidence} was read from (how the speaker was credited, how far
 *                    away, …), kept for explaining and refitting the estimate; reports show the probability only
 */
public record Quote(Span span, String text, String speaker, SpeakerKind speakerKind, String cue, Span cueSpan,
        String outlet, List<Span> parts, QuoteForm form, SpeakerResolution resolution, Double confidence,
        Map<String, Double> signals) implements Serializable {

    public Quote {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(speakerKind, "speakerKind");
        Objects.requireNonNull(form, "form");
        parts = ImmutableList.copyOf(parts);
        if (parts.isEmpty() || parts.stream().anyMatch(p -> !span.contains(p))) {
            throw new IllegalArgumentException("a quote's parts must lie within its span");
        }
        if (confidence != null && !(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("quote confidence " + confidence + " is not a probability");
        }
        signals = ImmutableMap.copyOf(signals);
    }

    /** A quote whose speaker's confidence is not estimated. */
    public Quote(Span span, String text, String speaker, SpeakerKind speakerKind, String cue, Span cueSpan,
            String outlet, List<Span> parts, QuoteForm form, SpeakerResolution resolution) {
        this(span, text, speaker, speakerKind, cue, cueSpan, outlet, parts, form, resolution, null, Map.of());
    }

    /** This quote with the confidence in its speaker and the signals it was read from. */
    public Quote withConfidence(Double p, Map<String, Double> from) {
        return new Quote(span, text, speaker, speakerKind, cue, cueSpan, outlet, parts, form, resolution, p, from);
    }

    /** A quote with no resolved person behind its credit. */
    public Quote(Span span, String text, String speaker, SpeakerKind speakerKind, String cue, Span cueSpan,
            String outlet, List<Span> parts, QuoteForm form) {
        this(span, text, speaker, speakerKind, cue, cueSpan, outlet, parts, form, null);
    }

    /** A full quote, possibly in several parts. */
    public Quote(Span span, String text, String speaker, SpeakerKind speakerKind, String cue, Span cueSpan,
            String outlet, List<Span> parts) {
        this(span, text, speaker, speakerKind, cue, cueSpan, outlet, parts, QuoteForm.FULL, null);
    }

    /** A full quote in one piece. */
    public Quote(Span span, String text, String speaker, SpeakerKind speakerKind, String cue, Span cueSpan,
            String outlet) {
        this(span, text, speaker, speakerKind, cue, cueSpan, outlet, List.of(span), QuoteForm.FULL, null);
    }
}
