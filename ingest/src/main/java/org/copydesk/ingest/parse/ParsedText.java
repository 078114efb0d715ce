package org.copydesk.ingest.parse;

import java.util.Objects;
import org.copydesk.ingest.markup.MarkupMetadata;

/** The text Tika extracted from a document, its detected media type and what its markup said about the article. */
public record ParsedText(String mediaType, String text, MarkupMetadata metadata) {

    public ParsedText {
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(metadata, "metadata");
    }
}
