package org.copydesk.ingest.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.core.DateKind;
import org.copydesk.core.TimeReference;

/**
 * Finds dates in running text that lack a year or a day — "Sept. 26", "in November", "August last year",
 * "in 2014", "on Thursday" — as {@link Candidate}s that resolve against the publication date.
 */
final class PartialDates {

    private final DateGrammar g;
    private final Pattern dayThenMonth;
    private final Pattern monthThenDay;
    private final Pattern monthYear;
    private final Pattern monthRelativeYear;
    private final Pattern monthAfterPreposition;
    private final Pattern qualifiedMonth;
    private final Pattern yearAfterPreposition;
    private final Pattern qualifiedYear;
    private final Pattern weekday;
    private final Map<String, String> monthQualifiers;
    private final Map<String, String> monthYearRelatives;
    private final Map<String, String> weekdayQualifiers;
    /** Words one of which every month-bearing match contains, and the same for weekdays: a cheap first test. */
    private final List<String> monthNeedles;
    private final List<String> weekdayNeedles;

    PartialDates(DateGrammar strict) {
        this.g = strict;
        DateVocabulary v = strict.vocab;
        monthQualifiers = v.pairs("month-qualifiers");
        monthYearRelatives = v.pairs("month-year-relatives");
        weekdayQualifiers = v.pairs("weekday-qualifiers");
        monthNeedles = Needles.cased(v, v.monthAllNames, v.monthFullNames);
        weekdayNeedles = Needles.cased(v, v.weekdayFullNames, v.weekdayRunningText);
        String notAfterNumber = "(?<![\\d.,/:-])";
        String fullMonth = "(?<month>" + v.casedAlternation(v.monthFullNames) + ")\\b";
        String prep = "(?<![\\w-])" + DateVocabulary.phraseAlternation(v.section("period-prepositions"))
                + "\\s+(?:(?i:the)\\s+)?";
        // "mid-" runs straight into the month; the other qualifiers need a space
        String monthQual = "(?<q>" + DateVocabulary.phraseAlternation(monthQualifiers.keySet()) + ")(?:(?<=-)|\\s+)";
        String year4 = year4("year");

        dayThenMonth = Pattern.compile(notAfterNumber + g.weekdayPrefix() + g.day() + g.dayToMonth()
                + g.month());
        monthThenDay = Pattern.compile(g.weekdayPrefix() + g.month() + "\\s+" + g.day()
                + "(?![:.,]\\d|[-\u2013]\\d)");
        monthYear = Pattern.compile(g.month() + ",?\\s+" + g.year());
        monthRelativeYear = Pattern.compile("(?:" + monthQual + ")?" + fullMonth + ",?\\s+(?<rel>"
                + DateVocabulary.phraseAlternation(monthYearRelatives.keySet()) + ")\\b");
        monthAfterPreposition = Pattern.compile(prep + "(?<core>(?:" + monthQual + ")?" + fullMonth + ")");
        qualifiedMonth = Pattern.compile("(?<![\\w-])" + monthQual + fullMonth);
        // "between 2001 and 2005", "from 2010 to 2014": the second year of a range counts too
        yearAfterPreposition = Pattern.compile(prep + "(?<core>" + year4 + ")(?:\\s+"
                + DateVocabulary.phraseAlternation(v.section("range-connectors")) + "\\s+(?<core2>" + year4("year2")
                + ")(?!\\s+[a-z]+s\\b))?");  // "in 2014 and 2000 homes": a count, not a year
        qualifiedYear = Pattern.compile("(?<![\\w-])"
                + "(?<q>" + DateVocabulary.phraseAlternation(v.section("year-qualifiers")) + ")(?:(?<=-)|\\s+)" + year4);
        List<String> abbreviations = v.weekdayRunningText.stream().filter(w -> !v.weekdayFullNames.contains(w))
                .toList();
        // "every Monday" and "on Mondays" are habits, not dates
        weekday = Pattern.compile("(?<!" + DateVocabulary.phraseAlternation(v.section("habitual-before-weekday"))
                + "\\s)(?:(?<q>" + DateVocabulary.phraseAlternation(weekdayQualifiers.keySet()) + ")\\s+)?(?:(?<wd>"
                + v.casedAlternation(v.weekdayFullNames) + ")\\b|(?<wda>"
                + v.casedAlternation(abbreviations) + ")\\b\\.?)");
    }

    /** Every partial date in {@code text[from, to)}; candidates may overlap. */
    void find(CharSequence text, int from, int to, List<Candidate> out) {
        // Most paragraphs name no month and no weekday; the regexes below cost far more than these scans.
        String region = text.subSequence(from, to).toString();
        boolean digits = Needles.hasDigit(region);
        boolean months = Needles.any(region, monthNeedles);
        if (months && digits) {
            monthDates(text, from, to, out);
        }
        if (months) {
            bareMonths(text, from, to, out);
        }
        if (digits) {
            each(yearAfterPreposition, text, from, to, (m, gs) -> {
                year(m.group("year"), m.start("core"), m.end("core"), out);
                if (m.group("year2") != null) {
                    year(m.group("year2"), m.start("core2"), m.end("core2"), out);
                }
            });
            each(qualifiedYear, text, from, to, (m, gs) -> year(m.group("year"), m.start(), m.end(), out));
        }
        if (Needles.any(region, weekdayNeedles)) {
            each(weekday, text, from, to, (m, gs) -> weekday(m, out));
        }
    }

    /** "26 Sept", "Sept. 26", "September 2011": a month with a number. */
    private void monthDates(CharSequence text, int from, int to, List<Candidate> out) {
        each(dayThenMonth, text, from, to, (m, gs) -> dayMonth(m, out));
        each(monthThenDay, text, from, to, (m, gs) -> dayMonth(m, out));
        each(monthYear, text, from, to, (m, gs) -> {
            int month = g.monthNumber(m.group("month"));
            LocalDate first = LocalDate.of(DateGrammar.year(m, gs), month, 1);
            out.add(monthOrYear(m.start(), m.end(), TimeReference.UNKNOWN, Candidate.fixed(first)));
        });
    }

    /** "August last year", "in November", "late March": a month without a number. */
    private void bareMonths(CharSequence text, int from, int to, List<Candidate> out) {
        each(monthRelativeYear, text, from, to, (m, gs) -> {
            Month month = Month.of(g.monthNumber(m.group("month")));
            int shift = Integer.parseInt(monthYearRelatives.get(normalise(m.group("rel"))));
            TimeReference stated = shift < 0 ? TimeReference.PAST
                    : shift > 0 ? TimeReference.FUTURE : TimeReference.UNKNOWN;
            out.add(monthOrYear(m.start(), m.end(), stated,
                    Candidate.anchored((published, ref) -> LocalDate.of(published.getYear() + shift, month, 1))));
        });
        BiConsumer<Matcher, Boolean> bareMonth = (m, afterPreposition) -> {
            Month month = Month.of(g.monthNumber(m.group("month")));
            String q = m.group("q");
            Pick pick = q == null ? Pick.ANY : Pick.valueOf(monthQualifiers.get(normalise(q)));
            TimeReference stated = pick == Pick.LAST ? TimeReference.PAST
                    : pick == Pick.NEXT ? TimeReference.FUTURE : TimeReference.UNKNOWN;
            int start = afterPreposition ? m.start("core") : m.start();  // "in" is not part of the date
            out.add(monthOrYear(start, m.end(), stated,
                    Candidate.anchored((published, ref) -> DateArithmetic.resolveMonth(published, month, pick, ref))));
        };
        each(monthAfterPreposition, text, from, to, (m, gs) -> bareMonth.accept(m, true));
        each(qualifiedMonth, text, from, to, (m, gs) -> bareMonth.accept(m, false));
    }

    private void dayMonth(Matcher m, List<Candidate> out) {
        int month = g.monthNumber(m.group("month"));
        int day = Integer.parseInt(m.group("day"));
        DayOfWeek stated = g.weekday(m.group("wd"));
        boolean valid = day <= Month.of(month).maxLength();
        Candidate.Resolver r = valid
                ? Candidate.anchored((p, ref) -> DateArithmetic.nearestDayMonth(p, month, day).orElse(null))
                : Candidate.UNRESOLVABLE;
        out.add(new Candidate(m.start(), m.end(), DateKind.DAY_MONTH, stated, valid, false, TimeReference.UNKNOWN, r));
    }

    private static void year(String year, int start, int end, List<Candidate> out) {
        LocalDate first = LocalDate.of(Integer.parseInt(year), 1, 1);
        out.add(monthOrYear(start, end, TimeReference.UNKNOWN, Candidate.fixed(first)));
    }

    /** A year 1800–2099 standing alone: not "1980s", "2014-15", "2,014", "2014's" or "2014%". */
    private static String year4(String group) {
        return "(?<" + group + ">(?:1[89]|20)\\d\\d)(?![\\d%]|s\\b|['\u2019]s\\b|[-\u2013/,.]\\d)";
    }

    private void weekday(Matcher m, List<Candidate> out) {
        String name = m.group("wd") != null ? m.group("wd") : m.group("wda");
        DayOfWeek day = g.weekday(name);
        String q = m.group("q");
        Pick pick = q == null ? Pick.ANY : Pick.valueOf(weekdayQualifiers.get(normalise(q)));
        TimeReference stated = pick == Pick.LAST ? TimeReference.PAST
                : pick == Pick.NEXT ? TimeReference.FUTURE : TimeReference.UNKNOWN;
        out.add(new Candidate(m.start(), m.end(), DateKind.WEEKDAY, null, true, false, stated,
                Candidate.anchored((published, ref) -> DateArithmetic.resolveWeekday(published, day, pick, ref))));
    }

    private static Candidate monthOrYear(int start, int end, TimeReference stated, Candidate.Resolver r) {
        return new Candidate(start, end, DateKind.MONTH_OR_YEAR, null, true, false, stated, r);
    }

    /** Lower case with single spaces, as the qualifier tables are keyed. */
    static String normalise(String phrase) {
        return phrase.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    /** Runs {@code p} over the region and hands each match, with the pattern's group names, to {@code onMatch}. */
    private static void each(Pattern p, CharSequence text, int from, int to, BiConsumer<Matcher, Set<String>> onMatch) {
        Set<String> gs = DateGrammar.groupNames(p.pattern());
        Matcher m = p.matcher(text).region(from, to);
        while (m.find()) {
            onMatch.accept(m, gs);
        }
    }
}
