package org.copydesk.ingest.markup;

import java.util.Objects;

/**
 * One thing a page's markup says about its article, with where it said it: a publication date from
 * {@code json-ld}, an author from {@code meta:author}, a date from the {@code url}.
 *
 * @param field  what the value is about
 * @param value  the value as written (entities decoded, whitespace collapsed)
 * @param source where it came from, as reported in provenance ({@code json-ld}, {@code meta:article:published_time},
 *               {@code time}, {@code itemprop:author}, {@code rel-author}, {@code byline-class}, {@code url})
 * @param kind   for authors, what the markup says the credit is ({@code Person}, {@code Organization}), or
 *               {@code url} when the value is a profile address rather than a name; else {@code null}
 */
public record MarkupClaim(Field field, String value, String source, String kind) {

    /**
     * What a claim is about; {@code SHOWN} is the text of a header date element as readers see it ("Posted: Dec 2,
     * 2023 | Updated …"), in page order, which says which date the page presents.
     */
    public enum Field { PUBLISHED, MODIFIED, AUTHOR, HEADLINE, URL, PUBLISHER, SHOWN }

    public MarkupClaim {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(source, "source");
    }

    static MarkupClaim of(Field field, String value, String source) {
        return new MarkupClaim(field, value, source, null);
    }

    /** Whether the author value is an address (a profile or author page) rather than a name. */
    public boolean isUrl() {
        return "url".equals(kind);
    }
}
