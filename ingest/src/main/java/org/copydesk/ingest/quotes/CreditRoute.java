package org.copydesk.ingest.quotes;

import java.util.Locale;

/**
 * How a quote came by its speaker: which reading of the article credited it. Kept beside the credit only to weigh
 * how far the credit can be trusted ({@link SpeakerConfidence}); it never changes which speaker is reported.
 */
enum CreditRoute {
    /** A cue right after the quote, nothing but a comma or a dash between: “…,” Roe said. */
    CUE_ADJACENT,
    /** A cue earlier in the quote's sentence: Roe said the plan “…”. */
    CUE_BEFORE,
    /** A cue later in the quote's sentence, with other words between. */
    CUE_AFTER,
    /** A cue of the sentence whose reported speech holds a few quoted words. */
    REPORTED_SPEECH,
    /** The first cue of the sentence that names a speaker, for quoted words no cue claims. */
    SENTENCE_CUE,
    /** Another part of the same quotation (the paragraph before, or the half before the cue). */
    GROUP,
    /** A person opening the sentence that a colon hands over: Roe was blunt: “…”. */
    LEAD_IN,
    /** A participle after a comma hands the quote to the sentence's subject: …, saying “…”. */
    PARTICIPLE,
    /** The next sentence is nothing but a cue: “…!” Roe replied. */
    BARE_CUE_AFTER,
    /** A person's name right after the quote, with an unknown verb: “…,” Roe barked. */
    NAME_AFTER,
    /** The quote or the cue of the sentence just before. */
    NEIGHBOUR,
    /** A cue opening the next sentence of the paragraph. */
    NEXT_SENTENCE,
    /** The person opening a short sentence just before: Roe agreed. “…”. */
    PREVIOUS_SUBJECT,
    /** The subject of a cue-less sentence: a person, a pronoun or an institution. */
    SUBJECT,
    /** The credit an earlier fragment of the same reported statement has. */
    FRAGMENT,
    /** A transcript's speaker label naming a person ("ROE: …"). */
    TRANSCRIPT_LABEL,
    /** A transcript's question or answer label with nobody named ("Q: …"). */
    TRANSCRIPT_ROLE,
    /** No reading credited the quote. */
    NONE;

    /** The route's name in signals: {@code cueAdjacent}, {@code transcriptLabel}, … */
    String id() {
        StringBuilder b = new StringBuilder();
        boolean upper = false;
        for (char c : name().toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                b.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return b.toString();
    }
}
