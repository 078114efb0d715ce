package org.copydesk.ingest.dates;

import org.copydesk.core.DataFiles;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.copydesk.core.TimeReference;
import org.copydesk.ingest.lang.Languages;
import org.copydesk.ingest.lang.Sections;

/**
 * The words of dates — month and weekday names and the ways dates are written, per language ({@link Languages});
 * zone names, relative phrases and tense cues from the data files beside this class — read once per set of
 * languages, plus the regular-expression alternations built from them.
 */
final class DateVocabulary {

    /** A relative phrase: "last week" counts {@code amount} weeks back; a null amount lets the tense decide. */
    record RelativePhrase(String phrase, DatePeriod period, Integer amount, TimeReference stated) {
    }

    private static final Map<Languages, DateVocabulary> BY_LANGUAGES = new ConcurrentHashMap<>();

    final Languages languages;
    final Map<String, Integer> monthByName;          // lower case, full names and abbreviations
    final List<String> monthFullNames;
    final List<String> monthAllNames;
    final Map<String, DayOfWeek> weekdayByName;      // lower case, every form
    final List<String> weekdayFullNames;
    final List<String> weekdayRunningText;           // full names and the safe abbreviations
    final List<String> weekdayAllNames;
    /**
     * Full month and weekday names (lower case) of the languages that write them in lower case ("3 mars"); their
     * abbreviations ("mar", "ago") are ordinary words too often to match uncapitalised in running text.
     */
    final Set<String> lowerCaseNames;
    final List<String> ordinalSuffixes;              // "th", "er", ".", "º"
    final List<String> dayMonthWords;                // "of", "de"
    final List<String> monthYearWords;               // "de", "del"
    final List<String> beforeTimeWords;              // "at", "um", "à"
    /** Whether an ambiguous slashed numeric date is read day first: the document's own language says so. */
    final boolean slashDayFirst;
    final Map<String, ZoneOffset> zones;             // upper case
    final List<RelativePhrase> relativePhrases;
    final Map<String, Integer> numbers;
    final Map<String, List<String>> contextWords;    // section -> entries as written
    final Map<String, List<String>> tenseCues;

    private DateVocabulary(Languages langs) {
        this.languages = langs;
        // a name two languages give to different months or days ("do": Thursday or Sunday) is left out when both
        // are read together: a wrong month is worse than none
        Names<Integer> months = new Names<>();
        List<String> full = new ArrayList<>();
        Names<DayOfWeek> weekdays = new Names<>();
        List<String> running = new ArrayList<>();
        List<String> fullDays = new ArrayList<>();
        Set<String> lower = new HashSet<>();
        List<String> ordinals = new ArrayList<>();
        List<String> dayMonth = new ArrayList<>();
        List<String> monthYear = new ArrayList<>();
        List<String> beforeTime = new ArrayList<>();
        for (String code : langs.codes()) {
            Map<String, List<String>> forms = Sections.of(Languages.lines(code, "date-forms"));
            boolean lowerCase = forms.getOrDefault("name-case", List.of()).contains("lower");
            for (String line : Languages.lines(code, "months")) {
                String[] f = line.split("\\s+");
                int number = Integer.parseInt(f[0]);
                for (String name : f[1].split("/")) { // a language with cases writes "maj" and "3 maja"
                    full.add(name);
                    months.put(name, number, lowerCase, lower);
                }
                for (int i = 2; i < f.length; i++) {
                    months.put(f[i], number, false, lower); // abbreviations stay capitalised
                }
            }
            for (String line : Languages.lines(code, "weekdays")) {
                String[] f = line.split("\\|", -1);
                DayOfWeek day = DayOfWeek.of(Integer.parseInt(f[0].strip()));
                fullDays.add(f[1].strip());
                for (int col = 1; col < f.length; col++) {
                    for (String name : words(f[col])) {
                        weekdays.put(name, day, lowerCase && col < 3, lower);
                        if (col < 3) {
                            running.add(name);
                        }
                    }
                }
            }
            ordinals.addAll(forms.getOrDefault("ordinal-suffixes", List.of()));
            dayMonth.addAll(forms.getOrDefault("day-month", List.of()));
            monthYear.addAll(forms.getOrDefault("month-year", List.of()));
            beforeTime.addAll(forms.getOrDefault("before-time", List.of()));
        }
        monthByName = months.unambiguous();
        monthFullNames = known(full, monthByName.keySet());
        monthAllNames = monthByName.keySet().stream().map(DateVocabulary::titleCase)
                .collect(ImmutableList.toImmutableList());
        weekdayByName = weekdays.unambiguous();
        weekdayFullNames = known(fullDays, weekdayByName.keySet());
        weekdayRunningText = known(running, weekdayByName.keySet());
        weekdayAllNames = weekdayByName.keySet().stream().map(DateVocabulary::titleCase)
                .collect(ImmutableList.toImmutableList());
        lowerCaseNames = ImmutableSet.copyOf(lower);
        ordinalSuffixes = distinct(ordinals);
        dayMonthWords = distinct(dayMonth);
        monthYearWords = distinct(monthYear);
        beforeTimeWords = distinct(beforeTime);
        String primary = langs.primary();
        slashDayFirst = primary != null && Sections.of(Languages.lines(primary, "date-forms"))
                .getOrDefault("numeric-order", List.of()).contains("day-first");

        Map<String, ZoneOffset> z = new LinkedHashMap<>();
        for (String line : read("zones.txt")) {
            String[] f = line.split("\\s+");
            z.put(f[0].toUpperCase(Locale.ROOT), ZoneOffset.of(f[1]));
        }
        zones = ImmutableMap.copyOf(z);

        List<RelativePhrase> phrases = new ArrayList<>();
        for (String line : read("relative-phrases.txt")) {
            String[] f = fields(line);
            Integer amount = f[2].equals("~") ? null : Integer.valueOf(f[2]);
            TimeReference stated = f[3].equals("NONE") ? TimeReference.UNKNOWN : TimeReference.valueOf(f[3]);
            phrases.add(new RelativePhrase(f[0], DatePeriod.valueOf(f[1]), amount, stated));
        }
        relativePhrases = ImmutableList.copyOf(phrases);

        Map<String, Integer> n = new LinkedHashMap<>();
        for (String line : read("numbers.txt")) {
            String[] f = line.split("\\s+");
            n.put(f[0].toLowerCase(Locale.ROOT), Integer.valueOf(f[1]));
        }
        numbers = ImmutableMap.copyOf(n);
        contextWords = Sections.of(read("context-words.txt"));
        tenseCues = Sections.of(read("tense-cues.txt"));
    }

    /** The vocabulary of every language, for text whose language is unknown. */
    static DateVocabulary defaults() {
        return of(Languages.all());
    }

    /** The vocabulary of {@code languages}, read once per set of languages. */
    static DateVocabulary of(Languages languages) {
        return BY_LANGUAGES.computeIfAbsent(languages, DateVocabulary::new);
    }

    /** Names of one kind across languages: a name that means two different things is dropped. */
    private static final class Names<T> {
        private final Map<String, T> byName = new LinkedHashMap<>();
        private final Set<String> clashes = new HashSet<>();

        void put(String name, T value, boolean lowerCase, Set<String> lowerNames) {
            String key = name.toLowerCase(Locale.ROOT);
            T before = byName.putIfAbsent(key, value);
            if (before != null && !before.equals(value)) {
                clashes.add(key);
            }
            if (lowerCase) {
                lowerNames.add(key);
            }
        }

        Map<String, T> unambiguous() {
            Map<String, T> out = new LinkedHashMap<>(byName);
            out.keySet().removeAll(clashes);
            return ImmutableMap.copyOf(out);
        }
    }

    /** The entries of {@code names} that are still known (not dropped as ambiguous), each once. */
    private static List<String> known(List<String> names, Set<String> keys) {
        return names.stream().filter(n -> keys.contains(n.toLowerCase(Locale.ROOT))).distinct()
                .collect(ImmutableList.toImmutableList());
    }

    private static List<String> distinct(List<String> words) {
        return words.stream().distinct().collect(ImmutableList.toImmutableList());
    }

    List<String> section(String name) {
        List<String> s = contextWords.get(name);
        if (s == null) {
            throw new IllegalStateException("context-words.txt has no [" + name + "] section");
        }
        return s;
    }

    /** A {@code key | value} section as an ordered map with lower-case keys. */
    Map<String, String> pairs(String name) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : section(name)) {
            String[] f = fields(line);
            out.put(f[0].toLowerCase(Locale.ROOT), f[1]);
        }
        return ImmutableMap.copyOf(out);
    }

    Map<String, LocalTime> clockWords() {
        return pairs("clock-words").entrySet().stream()
                .collect(ImmutableMap.toImmutableMap(Map.Entry::getKey, e -> LocalTime.parse(e.getValue())));
    }

    Set<String> lowerSet(List<String> words) {
        return words.stream().map(w -> w.toLowerCase(Locale.ROOT)).collect(ImmutableSet.toImmutableSet());
    }

    /**
     * {@code (?:A|B|…)} of the quoted words, longest first so that "Sept" is tried before "Sep", behind a
     * lookahead for the words' first characters: the regex engine tries every alternative at every position of
     * the text, and the lookahead turns most positions away with one comparison.
     */
    static String alternation(Collection<String> words) {
        List<String> sorted = words.stream().distinct().sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
        return firstCharacters(sorted) + sorted.stream().map(Pattern::quote)
                .collect(Collectors.joining("|", "(?:", ")"));
    }

    /**
     * {@code (?=[…])} of the first characters of {@code words} (matched in the case mode around it), or "" when
     * a word is empty or starts with whitespace, where a lookahead would not be exact.
     */
    static String firstCharacters(List<String> words) {
        StringBuilder set = new StringBuilder();
        Set<Character> seen = new HashSet<>();
        for (String w : words) {
            if (w.isEmpty() || Character.isWhitespace(w.charAt(0))) {
                return "";
            }
            if (seen.add(w.charAt(0))) {
                set.append(String.format("\\x{%x}", (int) w.charAt(0)));
            }
        }
        return set.length() == 0 ? "" : "(?=[" + set + "])";
    }

    /**
     * Like {@link #alternation} but each word only in Title Case or UPPER CASE: "May" and "MAY", never "may" —
     * except the names of languages that write them in lower case ("3 mars 2020"), which match that way too.
     */
    String casedAlternation(Collection<String> words) {
        return alternation(casedForms(words));
    }

    /** Each word in Title Case and in UPPER CASE (and lower case where its language writes it so). */
    List<String> casedForms(Collection<String> words) {
        List<String> forms = new ArrayList<>();
        for (String w : words) {
            forms.add(titleCase(w));
            forms.add(w.toUpperCase(Locale.ROOT));
            if (lowerCaseNames.contains(w.toLowerCase(Locale.ROOT))) {
                forms.add(w.toLowerCase(Locale.ROOT));
            }
        }
        return forms;
    }

    /** Like {@link #alternation} but ignoring case, and with runs of spaces in phrases matching any whitespace. */
    static String phraseAlternation(Collection<String> phrases) {
        List<String> sorted = phrases.stream().distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        return "(?i:" + firstCharacters(sorted) + sorted.stream()
                .map(p -> Pattern.quote(p).replace(" ", "\\E\\s+\\Q")).collect(Collectors.joining("|", "(?:", "))"));
    }

    static String titleCase(String w) {
        return w.isEmpty() ? w : w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1).toLowerCase(Locale.ROOT);
    }

    static String[] fields(String line) {
        String[] f = line.split("\\|");
        for (int i = 0; i < f.length; i++) {
            f[i] = f[i].strip();
        }
        return f;
    }

    private static List<String> words(String s) {
        String t = s.strip();
        return t.isEmpty() ? List.of() : List.of(t.split("\\s+"));
    }

    /** Lines of a data file beside this class, without blanks and {@code #} comments. */
    private static List<String> read(String file) {
        return DataFiles.lines(DateVocabulary.class, file);
    }
}
