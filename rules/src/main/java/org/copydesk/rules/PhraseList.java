package org.copydesk.rules;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.core.DataFiles;

/**
 * A maintained word or phrase list: a UTF-8 data file under {@code src/main/resources}, one entry a line,
 * {@code #} comments, {@code \\uXXXX} escapes for characters that are hard to keep in a file intact.
 * Rules load their lists once, in a static field.
 */
public final class PhraseList {

    private static final Pattern ESCAPE = Pattern.compile("\\\\u([0-9a-fA-F]{4})");

    private final List<String> entries;

    private PhraseList(List<String> entries) {
        this.entries = ImmutableList.copyOf(entries);
    }

    /** Loads {@code name}, resolved like a resource next to {@code anchor}. */
    public static PhraseList load(Class<?> anchor, String name) {
        return new PhraseList(DataFiles.lines(anchor, name).stream().map(PhraseList::unescape).toList());
    }

    private static String unescape(String s) {
        Matcher m = ESCAPE.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        }
        return m.appendTail(out).toString();
    }

    public List<String> entries() {
        return entries;
    }

    /** Entries in lower case, for case-insensitive matching. */
    public List<String> lowerCase() {
        return entries.stream().map(e -> e.toLowerCase(Locale.ROOT)).collect(ImmutableList.toImmutableList());
    }

    /** One pattern matching any entry literally, longest entries first so that the longest match wins. */
    public Pattern alternation(int flags) {
        return Pattern.compile(alternatives(), flags);
    }

    /** Like {@link #alternation} but only where an entry stands as whole words, in any case. */
    public Pattern wholeWords() {
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives() + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private String alternatives() {
        StringBuilder sb = new StringBuilder();
        entries.stream().sorted((a, b) -> b.length() - a.length()).forEach(e -> {
            if (sb.length() > 0) {
                sb.append('|');
            }
            sb.append(Pattern.quote(e));
        });
        return sb.length() == 0 ? "(?!)" : sb.toString();
    }
}
