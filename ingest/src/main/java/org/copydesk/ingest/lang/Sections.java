package org.copydesk.ingest.lang;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads word lists written in {@code [section]}s, as several language files concatenated are (a section that
 * appears in several files gathers all their entries), and turns word lists into regular-expression alternations.
 */
public final class Sections {

    private Sections() {
    }

    /** The entries of each {@code [name]} section of {@code lines}, in order; entries before any section are left out. */
    public static Map<String, List<String>> of(List<String> lines) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        List<String> current = null;
        for (String line : lines) {
            if (line.startsWith("[") && line.endsWith("]")) {
                current = out.computeIfAbsent(line.substring(1, line.length() - 1), k -> new ArrayList<>());
            } else if (current != null) {
                current.add(line);
            }
        }
        return out.entrySet().stream()
                .collect(ImmutableMap.toImmutableMap(Map.Entry::getKey, e -> ImmutableList.copyOf(e.getValue())));
    }

    /**
     * {@code (?:a|b|…)} of the words quoted, longest first, with each run of spaces matching any whitespace and a
     * word boundary after a word that ends in a letter; "" when there are none.
     */
    public static String alternation(Collection<String> words) {
        List<String> sorted = words.stream().distinct().sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
        if (sorted.isEmpty()) {
            return "";
        }
        return sorted.stream().map(w -> Pattern.quote(w).replace(" ", "\\E\\s+\\Q")
                + (Character.isLetter(w.charAt(w.length() - 1)) ? "\\b" : ""))
                .collect(Collectors.joining("|", "(?:", ")"));
    }
}
