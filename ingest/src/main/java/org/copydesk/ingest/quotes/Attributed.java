package org.copydesk.ingest.quotes;

import org.copydesk.core.SpeakerKind;

/**
 * A cue clause with its speaker settled.
 *
 * @param cue     the clause as written
 * @param speaker the speaker's name or phrase as credited
 * @param kind    what kind of speaker it is
 */
record Attributed(Cue cue, String speaker, SpeakerKind kind) {
}
