package org.copydesk.ingest.parse;

import org.apache.tika.metadata.Metadata;
import org.copydesk.ingest.markup.MarkupReader;

/** Reads the article metadata of an HTML page's markup; see {@link MarkupReader} for what and in which order. */
final class HtmlHints {

    private static final MarkupReader READER = new MarkupReader();

    private HtmlHints() {
    }

    static MarkupHints read(String html, Metadata md) {
        return READER.read(html, md);
    }
}
