package org.copydesk.ingest.html;

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
        int tags = 0;
        // only each meta tag is put in lower case: lowering a whole page cost a twentieth of a run
        for (int at = metaTag(markup, 0); at >= 0 && tags < MAX_TAGS; at = metaTag(markup, at + 5)) {
            int end = markup.indexOf('>', at);
            if (end < 0) {
                break;
            }
            String raw = markup.substring(at, end);
            String tag = lowerChars(raw);
            if (!DESCRIPTION_TAG.matcher(tag).find()) {
                continue;
            }
            String content = attribute(raw, tag, "content");
            if (content != null && !content.isBlank()) {
                tags++;
                out.append(out.length() == 0 ? "" : "\n").append(Parser.unescapeEntities(content, true).strip());
            }
        }
        return out.length() == 0 ? null : out.toString();
    }

    /** {@code s} with each character in lower case, one for one, so that offsets in it are offsets in {@code s}. */
    private static String lowerChars(String s) {
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) {
            c[i] = Character.toLowerCase(c[i]);
        }
        return new String(c);
    }

    /** Where the next {@code <meta} (in any case) starts at or after {@code from}, or -1. */
    private static int metaTag(String markup, int from) {
        for (int at = markup.indexOf('<', from); at >= 0; at = markup.indexOf('<', at + 1)) {
            if (markup.regionMatches(true, at + 1, "meta", 0, 4)) {
                return at;
            }
        }
        return -1;
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
