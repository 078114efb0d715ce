package org.copydesk.ingest.dates;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.copydesk.ingest.lang.Languages;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one publication or modification date as sources write it — in metadata lines ("Published: …",
 * "Last updated …"), markup attributes and URLs — tolerant of the words around it and of letter case.
 *
 * <p>Accepted: ISO-8601 ({@code 2011-09-26}, {@code 2011-09-26T18:13:00+05:00}, {@code 2011-09-26 18:13}),
 * RFC-1123 ({@code Mon, 26 Sep 2011 18:13:00 GMT}), RFC-850, C {@code asctime}, {@code Mon 26 Sep 2011, 6:13 PM},
 * {@code September 26, 2011}, {@code Sept. 26, 2011 at 6:13 p.m. EDT}, {@code 26 September 2011},
 * {@code 26th of September 2011}, {@code 26.09.2011}, {@code 09/26/2011}, {@code 2011/09/26},
 * {@code 26 Sep 2011 | 18:13}, and a time written before the date ({@code 18:13 BST, 26 September 2011}).
 *
 * <p>Numeric dates: with slashes or dashes the month comes first ({@code 03/04/2011} is 4 March), with dots the
 * day ({@code 03.04.2011} is 3 April); when the other reading is also a valid date the result says
 * {@link ParsedDate#ambiguousOrder()}. When the preferred reading has no such month ({@code 26/09/2011}) the
 * other is taken without ambiguity. Two-digit years below 70 are 20yy, the rest 19yy.
 *
 * <p>A calendar-impossible date ({@code 31 April 2015}) still parses, as a {@link ParsedDate} with
 * {@code calendarValid == false} and no date, so a rule can report it.
 */
public final class DateParser {

    private static final DateGrammar GRAMMAR = new DateGrammar(DateVocabulary.defaults(), true);
    private static final Map<Languages, AbsoluteDates> LENIENT = new ConcurrentHashMap<>();

    // URL dates: /2023/03/14/, /2023/mar/14/, 2023-03-14, and eight digits standing alone in a path segment.
    private static final Pattern URL_SLASHED = Pattern.compile(
            "/((?:19|20)\\d\\d)/(\\d{1,2}|[a-z]{3,9})/(\\d{1,2})(?!\\d)", Pattern.CASE_INSENSITIVE);
    private static final Pattern URL_DASHED = Pattern.compile("(?<!\\d)((?:19|20)\\d\\d)[-_](\\d{2})[-_](\\d{2})(?!\\d)");
    private static final Pattern URL_COMPACT = Pattern.compile("(?<=[/_=-])((?:19|20)\\d\\d)(\\d{2})(\\d{2})(?![\\d])");

    private DateParser() {
    }

    /**
     * The first full date in {@code s} (the longest reading where several start together), or empty; month and
     * weekday names of every language are read.
     */
    public static Optional<ParsedDate> parse(String s) {
        return parse(s, Languages.all());
    }

    /** Like {@link #parse(String)}, with the names and conventions of {@code languages}. */
    public static Optional<ParsedDate> parse(String s, Languages languages) {
        if (s == null || s.isBlank()) {
            return Optional.empty();
        }
        AbsoluteDates lenient = LENIENT.computeIfAbsent(languages,
                l -> new AbsoluteDates(new DateGrammar(DateVocabulary.of(l), true)));
        List<AbsoluteDates.Hit> hits = lenient.findAll(s, 0, s.length());
        Optional<AbsoluteDates.Hit> first = hits.stream()
                .min(Comparator.comparingInt(AbsoluteDates.Hit::start)
                        .thenComparing(Comparator.comparingInt(AbsoluteDates.Hit::length).reversed()));
        return first.map(h -> withSeparateClock(lenient, s, h));
    }

    /** A date with no time of its own takes a time written elsewhere in the line ("18:13 BST, 26 Sep 2011"). */
    private static ParsedDate withSeparateClock(AbsoluteDates lenient, String s, AbsoluteDates.Hit hit) {
        ParsedDate d = hit.date();
        if (d.time() != null || !d.calendarValid()) {
            return d;
        }
        AbsoluteDates.ParsedClock clock = lenient.findClock(s, hit.start(), hit.end());
        return clock == null ? d
                : new ParsedDate(d.date(), clock.time(), clock.offset(), d.statedWeekday(), true, d.ambiguousOrder());
    }

    /**
     * The day a URL's path is dated with: {@code /2023/03/14/}, {@code /2023/mar/14/}, {@code /2023-03-14-title},
     * {@code /20230314/} or {@code story_20230314}. A month alone ({@code /2023/03/}) names no day and gives empty,
     * as does anything that is not a real date.
     */
    public static Optional<LocalDate> fromUrl(String url) {
        if (url == null) {
            return Optional.empty();
        }
        String path = url.replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://[^/]*", "");
        for (Pattern p : List.of(URL_SLASHED, URL_DASHED, URL_COMPACT)) {
            Matcher m = p.matcher(path);
            while (m.find()) {
                Optional<LocalDate> d = urlDate(m.group(1), m.group(2), m.group(3));
                if (d.isPresent()) {
                    return d;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> urlDate(String y, String mo, String d) {
        int year = Integer.parseInt(y);
        Integer month = GRAMMAR.monthNumber(mo);
        int day = Integer.parseInt(d);
        if (month == null || !DateArithmetic.isValid(year, month, day)) {
            return Optional.empty();
        }
        return Optional.of(LocalDate.of(year, month, day));
    }
}
