package org.copydesk.ingest.meta;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.core.Span;
import org.copydesk.ingest.text.Block;

/**
 * Finds the dateline that opens an article's first paragraph: a place name in capitals or title case, an
 * optional agency in parentheses, then a colon or dash ("ISLAMABAD —", "Washington :", "PARIS (AFP) -"). In the
 * press's sense a dateline names the place a story was filed from; the lines that date an article are
 * {@link PublicationLineFinder}'s.
 */
public final class PlaceDatelineFinder {

    private static final Pattern DATELINE = Pattern.compile(
            "^((?:\\p{Lu}[\\p{L}.'’-]*)(?:\\s+(?:\\p{Lu}[\\p{L}.'’-]*|de|of|el|al|la)){0,3})"
                    + "(?:\\s*,\\s*\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*)?)?"
                    + "(?:\\s*\\((?:[^)]{1,30})\\))?\\s*[:—–-]+[\\s\\u00a0]+\\S");
    /** Words that open a paragraph with a colon but are labels, not places. */
    private static final Set<String> LABELS = Set.of("note", "update", "updated", "editor", "editors", "photo",
            "watch", "read", "also", "correction", "related", "source", "image", "video", "by", "warning",
            "disclaimer", "listen", "caption", "advertisement", "breaking", "exclusive", "analysis", "opinion",
            "q", "a", "file", "published", "posted", "follow", "share", "more", "comment", "comments");

    /** The dateline at the start of {@code paragraph} and its span. */
    public record Dateline(String place, Span span) {
    }

    public Optional<Dateline> find(Block paragraph) {
        String c = paragraph.content();
        Matcher m = DATELINE.matcher(c);
        if (!m.find()) {
            return Optional.empty();
        }
        String place = m.group(1).strip();
        if (LABELS.contains(place.toLowerCase(java.util.Locale.ROOT)) || place.split("\\s+").length > 4) {
            return Optional.empty();
        }
        boolean caps = place.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
        boolean spaced = c.charAt(m.end(1)) == ' ' || c.charAt(m.end(1)) == '\u00a0';
        // Title-case places need the spaced " :" / " —" of a dateline, or a comma/agency qualifier before it.
        if (!caps && !spaced && !c.substring(m.end(1), m.end() - 1).contains("(")
                && !c.substring(m.end(1), m.end() - 1).contains(",")) {
            return Optional.empty();
        }
        int start = paragraph.contentSpan().start();
        return Optional.of(new Dateline(place, new Span(start, start + m.end(1))));
    }
}
