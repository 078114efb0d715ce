package org.copydesk.ingest.quotes;

import org.copydesk.core.SpeakerKind;

/**
 * A cue clause with its speaker settled.
 *
 * @param cue     the clause as written
 * @param speaker the speaker's name or phrase as credited
 * @param kind    what kind of speaker it is
 * @param person  the speaker behind the credit (the person a pronoun or a title stands for), or null
 */
record Attributed(Cue cue, String speaker, SpeakerKind kind, Speaker person) {
}
