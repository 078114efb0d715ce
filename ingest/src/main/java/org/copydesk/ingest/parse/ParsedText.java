package org.copydesk.ingest.parse;

import java.util.Objects;

/** The text Tika extracted from a document, its detected media type and what the markup said. */
public record ParsedText(String mediaType, String text, MarkupHints hints) {

    public ParsedText {
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(hints, "hints");
    }
}
