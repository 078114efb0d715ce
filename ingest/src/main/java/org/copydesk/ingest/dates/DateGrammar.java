package org.copydesk.ingest.dates;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The building blocks of the date regular expressions — weekday, day, month, year, clock and zone — and the
 * reading of their named groups. In strict mode (article bodies) names must be Title Case or UPPER CASE so that
 * "may" and "march" the words stay quiet; in lenient mode (metadata, markup) case is ignored.
 */
final class DateGrammar {

    private static final Pattern GROUP_NAME = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");
    /** Group names by regex: the grammar's regexes are few and fixed, and are read on every match. */
    private static final Map<String, Set<String>> GROUP_NAMES = new ConcurrentHashMap<>();

    final DateVocabulary vocab;
    final boolean lenient;
    private final Map<String, LocalTime> clockWords;

    DateGrammar(DateVocabulary vocab, boolean lenient) {
        this.vocab = vocab;
        this.lenient = lenient;
        this.clockWords = vocab.clockWords();
    }

    Pattern compile(String regex) {
        return Pattern.compile(regex, lenient ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0);
    }

    /** Names of the named groups a regex declares, so optional pieces can be read without guessing. */
    static Set<String> groupNames(String regex) {
        return GROUP_NAMES.computeIfAbsent(regex, r -> {
            Set<String> names = new HashSet<>();
            Matcher m = GROUP_NAME.matcher(r);
            while (m.find()) {
                names.add(m.group(1));
            }
            return Set.copyOf(names);
        });
    }

    String names(List<String> words) {
        return lenient ? DateVocabulary.alternation(words) : vocab.casedAlternation(words);
    }

    /** Any month name or abbreviation, with its optional full stop ("Sept."), in group {@code month}. */
    String month() {
        return "(?<month>" + names(vocab.monthAllNames) + ")\\b\\.?";
    }

    /** An optional leading weekday in group {@code wd}: "Monday, ", "Tue ", "Thurs. ". */
    String weekdayPrefix() {
        return "(?:(?<wd>" + names(vocab.weekdayAllNames) + ")\\b\\.?,?\\s+)?";
    }

    /**
     * A day of the month 1–31, not the end of a longer number, with an optional ordinal suffix of the languages
     * read ("26th", "1er", "19.", "3º"), in group {@code day}.
     */
    String day() {
        List<String> words = vocab.ordinalSuffixes.stream().filter(o -> Character.isLetter(o.charAt(o.length() - 1)))
                .toList();
        List<String> marks = vocab.ordinalSuffixes.stream().filter(o -> !words.contains(o)).toList();
        String suffix = (words.isEmpty() ? "" : DateVocabulary.alternation(words) + "\\b")
                + (words.isEmpty() || marks.isEmpty() ? "" : "|")
                + (marks.isEmpty() ? "" : DateVocabulary.alternation(marks));
        return "(?<!\\d)(?<day>3[01]|[12]\\d|0?[1-9])(?!\\d)" + (suffix.isEmpty() ? "\\b" : "(?:" + suffix + "|\\b)");
    }

    /** What stands between a day and its month: spaces or a dash, and any connecting word ("of", "de"). */
    String dayToMonth() {
        return connector(vocab.dayMonthWords) + "(?:\\s+|-)";
    }

    /** What stands between a month and its year: a comma, spaces or a dash, and any connecting word ("de"). */
    String monthToYear() {
        return "(?:,?\\s+" + (vocab.monthYearWords.isEmpty() ? ""
                : "(?:" + DateVocabulary.phraseAlternation(vocab.monthYearWords) + "\\s+)?") + "|-)";
    }

    private static String connector(List<String> words) {
        return words.isEmpty() ? "" : "(?:\\s+" + DateVocabulary.phraseAlternation(words) + "\\b)?";
    }

    /** A four-digit year 1800–2099 in {@code year}, or {@code '11} in {@code yy} (lenient mode: also bare {@code 11}). */
    String year() {
        String apostrophe = lenient ? "['\u2019]?" : "['\u2019]";
        // not before a colon: "26 Sep 18:13" is a day and a time, not 2018
        return "(?:(?<year>(?:1[89]|20)\\d\\d)|" + apostrophe + "(?<yy>\\d\\d))(?![\\d:])";
    }

    /** A clock time: 18:13[:00], 6:13 PM, 6.13pm, 6 p.m., noon. */
    String clock() {
        String ampm = "(?:[ap]\\.?\\s?m\\b\\.?|[AP]\\.?\\s?M\\b\\.?)";
        String h12 = "(?:1[0-2]|0?[1-9])";
        return "(?:(?<h1>[01]?\\d|2[0-3]):(?<m1>[0-5]\\d)(?::(?<s1>[0-5]\\d)(?:[.,]\\d{1,9})?)?(?:\\s*(?<ap1>" + ampm
                + "))?"
                + "|(?<h2>" + h12 + ")\\.(?<m2>[0-5]\\d)\\s*(?<ap2>" + ampm + ")"
                + "|(?<h3>" + h12 + ")\\s*(?<ap3>" + ampm + ")"
                + "|(?<h4>[01]?\\d|2[0-3])\\s?h\\s?(?<m4>[0-5]\\d)(?!\\d)"
                + "|(?<clock>" + DateVocabulary.alternation(clockWords.keySet()) + ")\\b)";
    }

    /** An optional zone after a clock: Z, +05:00, +0000, GMT, (EDT), UTC+5. */
    String zone() {
        return "(?:(?<zz>Z)(?![A-Za-z])|\\s*\\(?(?:(?<zabbr>" + DateVocabulary.alternation(vocab.zones.keySet())
                + ")\\b(?<zadj>[+-]\\d{1,2}(?::?\\d{2})?)?|(?<zoff>[+-]\\d{2}(?::?\\d{2})?)(?!\\d))\\)?)?";
    }

    /** An optional time after a date: "26 Sep 2011, 6:13 PM", "… at 6:13 p.m. EDT", "26 Sep 2011 | 18:13". */
    String timeTail() {
        return "(?:" + timeSeparator() + clock() + zone() + ")?";
    }

    /** What may stand between a date and its time: a comma, a bar, a dash, a word ("at", "um"), or a space. */
    String timeSeparator() {
        return "(?:\\s*[,|@\u00b7\u2022\u2013\u2014-]\\s*|\\s+)" + (vocab.beforeTimeWords.isEmpty() ? ""
                : "(?:" + DateVocabulary.phraseAlternation(vocab.beforeTimeWords) + "\\s+)?");
    }

    // ---- reading groups ----

    static String group(Matcher m, Set<String> names, String name) {
        return names.contains(name) ? m.group(name) : null;
    }

    DayOfWeek weekday(String name) {
        return name == null ? null : vocab.weekdayByName.get(stripDot(name));
    }

    Integer monthNumber(String nameOrDigits) {
        if (nameOrDigits == null) {
            return null;
        }
        if (Character.isDigit(nameOrDigits.charAt(0))) {
            return Integer.valueOf(nameOrDigits);
        }
        return vocab.monthByName.get(stripDot(nameOrDigits));
    }

    /** The year from group {@code year} or the two-digit {@code yy}, or -1. */
    static int year(Matcher m, Set<String> names) {
        String y = group(m, names, "year");
        if (y != null) {
            return Integer.parseInt(y);
        }
        String yy = group(m, names, "yy");
        return yy == null ? -1 : DateArithmetic.expandTwoDigitYear(Integer.parseInt(yy));
    }

    /** The clock time the match holds, or {@code null}; 12 a.m. is midnight, 12 p.m. noon. */
    LocalTime time(Matcher m, Set<String> names) {
        String clock = group(m, names, "clock");
        if (clock != null) {
            return clockWords.get(clock.toLowerCase(Locale.ROOT));
        }
        for (String i : new String[] {"1", "2", "3", "4"}) {
            String h = group(m, names, "h" + i);
            if (h != null) {
                String min = group(m, names, "m" + i);
                String sec = group(m, names, "s" + i);
                int hour = twelveHour(Integer.parseInt(h), group(m, names, "ap" + i));
                return LocalTime.of(hour, min == null ? 0 : Integer.parseInt(min), sec == null ? 0 : Integer.parseInt(sec));
            }
        }
        return null;
    }

    private static int twelveHour(int hour, String ampm) {
        if (ampm == null || hour > 12 || hour == 0) {
            return hour;  // a 24-hour clock, or "18:13 PM" written redundantly
        }
        boolean pm = Character.toLowerCase(ampm.charAt(0)) == 'p';
        return hour == 12 ? (pm ? 12 : 0) : (pm ? hour + 12 : hour);
    }

    /** The offset the zone groups hold, or {@code null}. */
    ZoneOffset offset(Matcher m, Set<String> names) {
        if (group(m, names, "zz") != null) {
            return ZoneOffset.UTC;
        }
        String abbr = group(m, names, "zabbr");
        if (abbr != null) {
            ZoneOffset base = vocab.zones.get(abbr.toUpperCase(Locale.ROOT));
            String adj = group(m, names, "zadj");
            ZoneOffset shift = adj == null ? null : offsetOf(adj);
            return shift == null ? base : ZoneOffset.ofTotalSeconds(base.getTotalSeconds() + shift.getTotalSeconds());
        }
        String off = group(m, names, "zoff");
        return off == null ? null : offsetOf(off);
    }

    /** "+5", "+05", "+0530", "-05:30" as an offset; {@code null} when out of range. */
    static ZoneOffset offsetOf(String s) {
        int sign = s.charAt(0) == '-' ? -1 : 1;
        String digits = s.substring(1).replace(":", "");
        int hours = Integer.parseInt(digits.length() <= 2 ? digits : digits.substring(0, digits.length() - 2));
        int minutes = digits.length() <= 2 ? 0 : Integer.parseInt(digits.substring(digits.length() - 2));
        if (hours > 18 || minutes > 59) {
            return null;
        }
        return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    }

    static String stripDot(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".") ? n.substring(0, n.length() - 1) : n;
    }
}
