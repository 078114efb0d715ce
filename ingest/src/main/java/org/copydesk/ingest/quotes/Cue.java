package org.copydesk.ingest.quotes;

import java.util.List;
import org.copydesk.core.Span;

/**
 * A cue clause as written: the verb, the speaker phrase next to it and where both stand.
 *
 * @param para      index of the paragraph
 * @param sentence  index of the sentence within the paragraph
 * @param verb      the cue verb or phrase, lower case ("said", "according to"), or null for a colon lead-in
 *                  with no verb ("Lund was blunt: “…”")
 * @param verbSpan  where the verb stands, or null
 * @param phrase    the speaker phrase's tokens ("Military spokesperson Major-General A. B. Cee")
 * @param clause    speaker and verb together (and the outlet after "told")
 * @param outlet    the outlet the statement was given to or published in, or null
 * @param pronounAfter "he" or "she" right after the verb ("said he did not…"), which tells the speaker's gender
 */
record Cue(int para, int sentence, String verb, Span verbSpan, List<Token> phrase, Span clause, String outlet,
        String pronounAfter) {
}
