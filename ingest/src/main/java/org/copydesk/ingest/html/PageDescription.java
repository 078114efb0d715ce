package org.copydesk.ingest.html;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.copydesk.ingest.text.WordTrigrams;
import org.jsoup.parser.Parser;

/**
 * The page's own summary from its description meta tags ({@code description}, {@code og:description},
 * {@code twitter:description}), as word trigrams. Publishers write it for search engines and link previews from
 * the article's standfirst, so a paragraph that repeats it is the article's opening, wherever the template put
 * it (inside a {@code <header>}, above the body's container). A plain scan keeps it linear.
 */
final class PageDescription {

    /** Below this many trigrams a description is a label ("News from the valley"), not a standfirst. */
    private static final int MIN_TRIGRAMS = 6;
    /** The share of a block's trigrams the description must have for the block to repeat it. */
    private static final double REPEATED = 0.8;
    private static final int MAX_TAGS = 20;
    private static final Pattern DESCRIPTION_TAG =
            Pattern.compile("\\b(name|property)\\s*=\\s*[\"']?(og:|twitter:)?description(?=[\"'\\s/]|$)");

    private final Set<Long> trigrams;

    private PageDescription(Set<Long> trigrams) {
        this.trigrams = trigrams;
    }

    /** The trigrams of {@code page}'s description, or {@code null} when it gives none worth following. */
    static PageDescription of(HtmlPage page) {
        if (page.description() == null) {
            return null;
        }
        Set<Long> t = WordTrigrams.distinct(page.description());
        return t.size() < MIN_TRIGRAMS ? null : new PageDescription(t);
    }

    /** The description meta tags' contents of the page whose source is {@code markup}, joined; null when none. */
    static String find(String markup) {
        if (markup == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        String lower = markup.toLowerCase(Locale.ROOT);
        int tags = 0;
        for (int at = lower.indexOf("<meta"); at >= 0 && tags < MAX_TAGS; at = lower.indexOf("<meta", at + 5)) {
            int end = lower.indexOf('>', at);
            if (end < 0) {
                break;
            }
            String tag = lower.substring(at, end);
            if (!DESCRIPTION_TAG.matcher(tag).find()) {
                continue;
            }
            String content = attribute(markup.substring(at, end), tag, "content");
            if (content != null && !content.isBlank()) {
                tags++;
                out.append(out.length() == 0 ? "" : "\n").append(Parser.unescapeEntities(content, true).strip());
            }
        }
        return out.length() == 0 ? null : out.toString();
    }

    /** Whether most of the block's word trigrams (at least {@code MIN_TRIGRAMS}) are in the description. */
    boolean repeats(PageBlock b) {
        long[] h = WordTrigrams.hashes(b.text());
        if (h.length < MIN_TRIGRAMS) {
            return false;
        }
        int matched = 0;
        for (long x : h) {
            if (trigrams.contains(x)) {
                matched++;
            }
        }
        return matched >= REPEATED * h.length;
    }

    /** The value of {@code name} in a tag ({@code lower} is its lower case), quoted or not; null when absent. */
    private static String attribute(String tag, String lower, String name) {
        int i = lower.indexOf(name);
        while (i >= 0) {
            int j = i + name.length();
            boolean word = i > 0 && !Character.isLetterOrDigit(lower.charAt(i - 1));
            while (j < lower.length() && Character.isWhitespace(lower.charAt(j))) {
                j++;
            }
            if (word && j < lower.length() && lower.charAt(j) == '=') {
                j++;
                while (j < lower.length() && Character.isWhitespace(lower.charAt(j))) {
                    j++;
                }
                if (j >= tag.length()) {
                    return null;
                }
                char q = tag.charAt(j);
                if (q == '"' || q == '\'') {
                    int close = tag.indexOf(q, j + 1);
                    return tag.substring(j + 1, close < 0 ? tag.length() : close);
                }
                int close = j;
                while (close < tag.length() && !Character.isWhitespace(tag.charAt(close))) {
                    close++;
                }
                return tag.substring(j, close);
            }
            i = lower.indexOf(name, i + 1);
        }
        return null;
    }
}
