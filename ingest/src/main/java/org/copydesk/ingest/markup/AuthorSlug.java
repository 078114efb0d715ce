package org.copydesk.ingest.markup;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A name spelled in an author page's or profile's address ({@code /author/jane-roe/},
 * {@code facebook.com/jane.roe}): the last use when markup names nobody in words.
 */
final class AuthorSlug {

    private static final Pattern SLUG = Pattern.compile(
            "(?:/(?:authors?|by|people|person|profiles?|contributors?|staff|writers?|journalists?|reporters?)/"
                    + "|(?:facebook|twitter|x|instagram|linkedin)\\.com/(?:in/)?)([\\p{L}]+(?:[-._][\\p{L}]+){1,3})/?(?:[?#].*)?$",
            Pattern.CASE_INSENSITIVE);

    private AuthorSlug() {
    }

    static Optional<String> name(String url) {
        Matcher m = SLUG.matcher(url.strip());
        if (!m.find()) {
            return Optional.empty();
        }
        StringBuilder b = new StringBuilder();
        for (String w : m.group(1).split("[-._]")) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(w.substring(0, 1).toUpperCase(Locale.ROOT)).append(w.substring(1).toLowerCase(Locale.ROOT));
        }
        return Optional.of(b.toString());
    }
}
