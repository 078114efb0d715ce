package org.copydesk.ingest.parse;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * What a document's markup says about the article, each value with the markup it came from
 * ({@code json-ld}, {@code meta}, {@code title}): title, authors, publication and modification dates.
 */
public record MarkupHints(String title, String titleSource, List<String> authors, String authorSource,
        String published, String publishedSource, String modified, String modifiedSource) {

    public MarkupHints {
        authors = ImmutableList.copyOf(authors);
    }

    public static MarkupHints none() {
        return new MarkupHints(null, null, List.of(), null, null, null, null, null);
    }
}
