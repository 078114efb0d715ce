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
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.copydesk.core.TimeReference;

/**
 * The words of dates — month, weekday and zone names, relative phrases, tense cues — read once from the data
 * files beside this class, plus the regular-expression alternations built from them.
 */
final class DateVocabulary {

    /** A relative phrase: "last week" counts {@code amount} weeks back; a null amount lets the tense decide. */
    record RelativePhrase(String phrase, DatePeriod period, Integer amount, TimeReference stated) {
    }

    private static final DateVocabulary DEFAULT = new DateVocabulary();

    final Map<String, Integer> monthByName;          // lower case, full names and abbreviations
    final List<String> monthFullNames;
    final List<String> monthAllNames;
    final Map<String, DayOfWeek> weekdayByName;      // lower case, every form
    final List<String> weekdayFullNames;
    final List<String> weekdayRunningText;           // full names and the safe abbreviations
    final List<String> weekdayAllNames;
    final Map<String, ZoneOffset> zones;             // upper case
    final List<RelativePhrase> relativePhrases;
    final Map<String, Integer> numbers;
    final Map<String, List<String>> contextWords;    // section -> entries as written
    final Map<String, List<String>> tenseCues;

    private DateVocabulary() {
        Map<String, Integer> months = new LinkedHashMap<>();
        List<String> full = new ArrayList<>();
        for (String line : read("months.txt")) {
            String[] f = line.split("\\s+");
            int number = Integer.parseInt(f[0]);
            full.add(f[1]);
            for (int i = 1; i < f.length; i++) {
                months.put(f[i].toLowerCase(Locale.ROOT), number);
            }
        }
        monthByName = ImmutableMap.copyOf(months);
        monthFullNames = ImmutableList.copyOf(full);
        monthAllNames = months.keySet().stream().map(DateVocabulary::titleCase).collect(ImmutableList.toImmutableList());

        Map<String, DayOfWeek> weekdays = new LinkedHashMap<>();
        List<String> running = new ArrayList<>();
        List<String> fullDays = new ArrayList<>();
        for (String line : read("weekdays.txt")) {
            String[] f = line.split("\\|", -1);
            DayOfWeek day = DayOfWeek.of(Integer.parseInt(f[0].strip()));
            fullDays.add(f[1].strip());
            for (int col = 1; col < f.length; col++) {
                for (String name : words(f[col])) {
                    weekdays.put(name.toLowerCase(Locale.ROOT), day);
                    if (col < 3) {
                        running.add(name);
                    }
                }
            }
        }
        weekdayByName = ImmutableMap.copyOf(weekdays);
        weekdayFullNames = ImmutableList.copyOf(fullDays);
        weekdayRunningText = ImmutableList.copyOf(running);
        weekdayAllNames = weekdays.keySet().stream().map(DateVocabulary::titleCase)
                .collect(ImmutableList.toImmutableList());

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
        contextWords = sections(read("context-words.txt"));
        tenseCues = sections(read("tense-cues.txt"));
    }

    /** The built-in vocabulary, read once. */
    static DateVocabulary defaults() {
        return DEFAULT;
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

    /** Like {@link #alternation} but each word only in Title Case or UPPER CASE: "May" and "MAY", never "may". */
    static String casedAlternation(Collection<String> words) {
        return alternation(casedForms(words));
    }

    /** Each word in Title Case and in UPPER CASE, the two forms the strict grammar accepts. */
    static List<String> casedForms(Collection<String> words) {
        List<String> forms = new ArrayList<>();
        for (String w : words) {
            forms.add(titleCase(w));
            forms.add(w.toUpperCase(Locale.ROOT));
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

    private static Map<String, List<String>> sections(List<String> lines) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        List<String> current = null;
        for (String line : lines) {
            if (line.startsWith("[") && line.endsWith("]")) {
                current = new ArrayList<>();
                out.put(line.substring(1, line.length() - 1), current);
            } else if (current != null) {
                current.add(line);
            }
        }
        return out.entrySet().stream()
                .collect(ImmutableMap.toImmutableMap(Map.Entry::getKey, e -> ImmutableList.copyOf(e.getValue())));
    }

    /** Lines of a data file beside this class, without blanks and {@code #} comments. */
    private static List<String> read(String file) {
        return DataFiles.lines(DateVocabulary.class, file);
    }
}
