package org.copydesk.ingest.dates;

import com.google.common.collect.ImmutableList;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds full dates — day, month and year, with any weekday, time and zone written with them — in every format
 * the desk accepts, and reads each into a {@link ParsedDate}. Shared by {@link DateParser} (lenient) and
 * {@link DateMentionFinder} (strict).
 */
final class AbsoluteDates {

    private record Format(Pattern pattern, Set<String> groups) {
    }

    /** A full date found at {@code [start, end)}. */
    record Hit(int start, int end, ParsedDate date) {
        int length() {
            return end - start;
        }
    }

    private final DateGrammar grammar;
    private final List<Format> formats;
    private final Pattern clockAlone;
    private final Set<String> clockGroups;

    AbsoluteDates(DateGrammar g) {
        this.grammar = g;
        String tail = g.timeTail();
        String day = g.day();
        String isoDay = "(?<day>3[01]|[12]\\d|0?[1-9])(?!\\d)";
        String isoMonth = "(?<month>1[0-2]|0?[1-9])";
        List<Format> f = new ArrayList<>();
        // 2011-09-26, 2011-09-26T18:13:00Z, 2011-09-26 18:13
        add(f, "(?<![\\d-])(?<year>\\d{4})-" + isoMonth + "-" + isoDay
                + "(?:(?:T|" + g.timeSeparator() + ")" + g.clock() + g.zone() + ")?");
        // 2011/09/26, 2011.09.26
        add(f, "(?<![\\d/.])(?<year>\\d{4})(?<sep>[/.])" + isoMonth + "\\k<sep>" + isoDay + "(?![/.]?\\d)" + tail);
        // 09/26/2011, 26.09.2011, 09-26-2011, 9/26/11: slashes and dashes month-first, dots day-first
        add(f, "(?<![\\d/.-])(?<a>\\d{1,2})(?<sep>[/.-])(?<b>\\d{1,2})\\k<sep>(?:(?<year>\\d{4})|(?<yy>\\d{2}))"
                + "(?!\\d|\\k<sep>\\d)" + tail);
        // Mon 26 Sep 2011, 26th of September 2011, 26-Sep-11 (RFC 850), Mon, 26 Sep 2011 18:13:00 GMT (RFC 1123)
        add(f, g.weekdayPrefix() + "(?:the\\s+(?=\\d{1,2}(?:st|nd|rd|th)\\s+of\\b))?" + day + g.dayToMonth()
                + g.month() + g.monthToYear() + g.year() + tail);
        // Monday, September 26, 2011 10:30am; Sept. 26, 2011 at 6:13 p.m. EDT
        add(f, g.weekdayPrefix() + g.month() + "(?:\\s+|-)" + day + "(?:,\\s*|\\s+)" + g.year() + tail);
        // Mon Sep 26 18:13:00 EDT 2011 (C asctime, Java's Date.toString)
        add(f, "(?<wd>" + g.names(g.vocab.weekdayAllNames) + ")\\b\\.?\\s+" + g.month() + "\\s+" + day + "\\s+"
                + g.clock() + g.zone() + "\\s+" + g.year());
        this.formats = ImmutableList.copyOf(f);
        String clock = "(?<![\\d:.])" + g.clock() + g.zone();
        this.clockAlone = g.compile(clock);
        this.clockGroups = DateGrammar.groupNames(clock);
    }

    private void add(List<Format> f, String regex) {
        f.add(new Format(grammar.compile(regex), DateGrammar.groupNames(regex)));
    }

    /** Every full date in {@code text[from, to)}, from every format; hits may overlap. */
    List<Hit> findAll(CharSequence text, int from, int to) {
        List<Hit> hits = new ArrayList<>();
        if (!Needles.hasDigit(text, from, to)) {
            return hits; // every format has a day or a year in figures
        }
        for (Format f : formats) {
            Matcher m = f.pattern().matcher(text).region(from, to);
            while (m.find()) {
                ParsedDate d = read(m, f);
                if (d != null) {
                    hits.add(new Hit(m.start(), m.end(), d));
                }
            }
        }
        return hits;
    }

    /** The first clock time (with its zone) in {@code text} outside {@code [skipStart, skipEnd)}, or {@code null}. */
    ParsedClock findClock(CharSequence text, int skipStart, int skipEnd) {
        Matcher m = clockAlone.matcher(text);
        while (m.find()) {
            if (m.end() <= skipStart || m.start() >= skipEnd) {
                LocalTime t = grammar.time(m, clockGroups);
                if (t != null) {
                    return new ParsedClock(t, grammar.offset(m, clockGroups));
                }
            }
        }
        return null;
    }

    /** A time of day found apart from its date ("18:13 BST, 26 September 2011"). */
    record ParsedClock(LocalTime time, ZoneOffset offset) {
    }

    /** The date a match denotes, or {@code null} when it cannot be one (a thirteenth month either way round). */
    private ParsedDate read(Matcher m, Format f) {
        Set<String> gs = f.groups();
        DayOfWeek wd = grammar.weekday(DateGrammar.group(m, gs, "wd"));
        int year = DateGrammar.year(m, gs);
        int month;
        int day;
        boolean ambiguous = false;
        String a = DateGrammar.group(m, gs, "a");
        if (a != null) {
            String b = m.group("b");
            String sep = m.group("sep");
            boolean twoDigitYear = m.group("yy") != null;
            if (twoDigitYear && (sep.equals("-") || sep.equals(".") && (a.length() < 2 || b.length() < 2))) {
                return null;  // "1.2.10" is a version number and "03-04-11" a reference more often than a date
            }
            boolean dayFirst = sep.equals(".") || grammar.vocab.slashDayFirst;
            int first = Integer.parseInt(a);
            int second = Integer.parseInt(b);
            int prefMonth = dayFirst ? second : first;
            int prefDay = dayFirst ? first : second;
            boolean prefOk = prefMonth >= 1 && prefMonth <= 12 && prefDay >= 1;
            boolean altOk = prefDay >= 1 && prefDay <= 12 && prefMonth >= 1;
            if (prefOk) {
                month = prefMonth;
                day = prefDay;
            } else if (altOk) {
                month = prefDay;
                day = prefMonth;
            } else {
                return null;
            }
            ambiguous = prefOk && altOk && first != second
                    && DateArithmetic.isValid(year, prefMonth, prefDay)
                    && DateArithmetic.isValid(year, prefDay, prefMonth);
        } else {
            Integer mo = grammar.monthNumber(DateGrammar.group(m, gs, "month"));
            if (mo == null || year < 0) {
                return null;
            }
            month = mo;
            day = Integer.parseInt(m.group("day"));
        }
        if (!DateArithmetic.isValid(year, month, day)) {
            return ParsedDate.invalid(wd, ambiguous);
        }
        LocalTime time = grammar.time(m, gs);
        ZoneOffset offset = time == null ? null : grammar.offset(m, gs);
        return new ParsedDate(LocalDate.of(year, month, day), time, offset, wd, true, ambiguous);
    }
}
