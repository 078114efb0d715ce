package org.copydesk.ingest.dates;

import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.copydesk.core.DateKind;
import org.copydesk.core.TimeReference;

/**
 * Finds relative dates in running text — "yesterday", "last week", "earlier this month", "over the weekend",
 * "two days ago" — and a weekday written beside them ("yesterday (Monday)", "today, Tuesday,") so a rule can
 * check the arithmetic.
 */
final class RelativeDates {

    private final DateGrammar g;
    private final Map<String, DateVocabulary.RelativePhrase> byPhrase;
    private final Pattern phrase;
    private final Pattern ago;

    RelativeDates(DateGrammar strict) {
        this.g = strict;
        DateVocabulary v = strict.vocab;
        byPhrase = v.relativePhrases.stream()
                .collect(Collectors.toMap(p -> PartialDates.normalise(p.phrase()), Function.identity()));
        String weekday = v.casedAlternation(v.weekdayRunningText);
        phrase = Pattern.compile("(?<![\\w-])(?<phrase>"
                + DateVocabulary.phraseAlternation(byPhrase.keySet()) + ")(?![\\w-])"
                + "(?:\\s*\\(\\s*(?<wd>" + weekday + ")\\b\\.?\\s*\\)"
                + "|,\\s+(?<wd2>" + weekday + ")\\b\\.?(?=\\s*[,;:)]|\\s*$))?");
        String units = Arrays.stream(DatePeriod.values()).filter(p -> p != DatePeriod.WEEKEND)
                .map(p -> p.name().toLowerCase(Locale.ROOT) + "s?").collect(Collectors.joining("|"));
        // "ago" is grammar, not vocabulary: the one word that makes a count of periods a date
        ago = Pattern.compile("(?<![\\w-])(?<n>\\d{1,3}|" + DateVocabulary.phraseAlternation(v.numbers.keySet())
                + ")\\s+(?<unit>(?i:" + units + "))\\s+(?i:ago)\\b");
    }

    /** Every relative date in {@code text[from, to)}; a phrase with a weekday beside it also counts bare. */
    void find(CharSequence text, int from, int to, List<Candidate> out) {
        Matcher m = phrase.matcher(text).region(from, to);
        while (m.find()) {
            DateVocabulary.RelativePhrase p = byPhrase.get(PartialDates.normalise(m.group("phrase")));
            Candidate.Resolver r = Candidate.anchored(p.amount() == null
                    ? (published, ref) -> DateArithmetic.resolveWeekend(published, ref)
                    : (published, ref) -> DateArithmetic.shift(published, p.period(), p.amount()));
            String stated = m.group("wd") != null ? m.group("wd") : m.group("wd2");
            out.add(relative(m.start(), m.end("phrase"), null, p.stated(), r));
            if (stated != null) {
                // the longer reading wins unless something longer still overlaps it
                DayOfWeek wd = g.weekday(stated);
                out.add(relative(m.start(), m.end(), wd, p.stated(), r));
            }
        }
        Matcher a = ago.matcher(text).region(from, to);
        while (a.find()) {
            String n = a.group("n").toLowerCase(Locale.ROOT);
            int count = Character.isDigit(n.charAt(0)) ? Integer.parseInt(n) : g.vocab.numbers.get(n);
            String unit = a.group("unit").toUpperCase(Locale.ROOT);
            DatePeriod period = DatePeriod.valueOf(unit.endsWith("S") ? unit.substring(0, unit.length() - 1) : unit);
            out.add(relative(a.start(), a.end(), null, TimeReference.PAST,
                    Candidate.anchored((published, ref) -> DateArithmetic.ago(published, period, count))));
        }
    }

    private static Candidate relative(int start, int end, DayOfWeek wd, TimeReference stated, Candidate.Resolver r) {
        return new Candidate(start, end, DateKind.RELATIVE, wd, true, false, stated, r);
    }
}
