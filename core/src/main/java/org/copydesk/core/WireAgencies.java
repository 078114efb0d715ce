package org.copydesk.core;

import com.google.common.collect.ImmutableMap;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The known wire agencies and news services, loaded from {@code agencies.txt} and extendable by configuration.
 * Lookups ignore case and surrounding punctuation and return the agency's canonical name.
 */
public final class WireAgencies {

    private static final WireAgencies BUILT_IN = load();
    /** Names this short are also ordinary words in some case ("ap", "aa"): they are matched as spelt. */
    private static final int SHORT = 3;

    private final Map<String, String> canonicalByAlias;
    /** Each spelling as the list writes it, for names short enough to be ordinary words in another case. */
    private final Map<String, String> canonicalBySpelling;

    private WireAgencies(Map<String, String> canonicalByAlias, Map<String, String> canonicalBySpelling) {
        this.canonicalByAlias = ImmutableMap.copyOf(canonicalByAlias);
        this.canonicalBySpelling = ImmutableMap.copyOf(canonicalBySpelling);
    }

    public static WireAgencies builtIn() {
        return BUILT_IN;
    }

    /** The built-in list plus {@code extra} names (each its own canonical name). */
    public WireAgencies with(Collection<String> extra) {
        Map<String, String> m = new LinkedHashMap<>(canonicalByAlias);
        Map<String, String> spelled = new LinkedHashMap<>(canonicalBySpelling);
        for (String e : extra) {
            m.putIfAbsent(key(e), e.strip());
            spelled.putIfAbsent(e.strip(), e.strip());
        }
        return new WireAgencies(m, spelled);
    }

    /** The canonical name when {@code name} is a known agency ("Agence France-Presse" → "AFP"). */
    public Optional<String> canonical(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(canonicalByAlias.get(key(name)));
    }

    public boolean isAgency(String name) {
        return canonical(name).isPresent();
    }

    /**
     * The canonical names of the agencies {@code text} names, as whole words, in order of first mention. Names of
     * three letters or fewer ("AP", "dpa") count only as the list spells them or in capitals; longer ones in any
     * case.
     */
    public List<String> mentioned(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String lower = text.toLowerCase(Locale.ROOT);
        TreeMap<Integer, String> byPlace = new TreeMap<>();
        for (Map.Entry<String, String> spelling : canonicalBySpelling.entrySet()) {
            for (String needle : forms(spelling.getKey())) {
                String haystack = needle.length() <= SHORT ? text : lower;
                for (int at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
                    if (boundary(haystack, at - 1) && boundary(haystack, at + needle.length())) {
                        byPlace.putIfAbsent(at, spelling.getValue());
                        break;
                    }
                }
            }
        }
        return List.copyOf(new LinkedHashSet<>(byPlace.values()));
    }

    /** How a spelling is looked for: a short one as written and in capitals, a longer one lower-cased. */
    private static List<String> forms(String spelling) {
        if (spelling.length() > SHORT) {
            return List.of(spelling.toLowerCase(Locale.ROOT));
        }
        String caps = spelling.toUpperCase(Locale.ROOT);
        return caps.equals(spelling) ? List.of(spelling) : List.of(spelling, caps);
    }

    /** The agency {@code text} opens with, after any leading punctuation and spaces ("— AFP", "Reuters said"). */
    public Optional<String> opening(String text) {
        if (text == null) {
            return Optional.empty();
        }
        int from = 0;
        while (from < text.length() && !Character.isLetterOrDigit(text.charAt(from))) {
            from++;
        }
        String rest = text.substring(from);
        String lower = rest.toLowerCase(Locale.ROOT);
        String best = null;
        int longest = 0;
        for (Map.Entry<String, String> spelling : canonicalBySpelling.entrySet()) {
            for (String needle : forms(spelling.getKey())) {
                boolean opens = (needle.length() <= SHORT ? rest : lower).startsWith(needle);
                if (opens && needle.length() > longest && boundary(rest, needle.length())) {
                    best = spelling.getValue();
                    longest = needle.length();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static boolean boundary(String s, int i) {
        return i < 0 || i >= s.length() || !Character.isLetterOrDigit(s.charAt(i));
    }

    private static String key(String s) {
        return s.strip().replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}\\s]+$", "").replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT);
    }

    private static WireAgencies load() {
        Map<String, String> m = new LinkedHashMap<>();
        Map<String, String> spelled = new LinkedHashMap<>();
        for (String line : DataFiles.lines(WireAgencies.class, "agencies.txt")) {
            String[] names = line.split("\\|");
            for (String n : names) {
                m.putIfAbsent(key(n), names[0].strip());
                spelled.putIfAbsent(n.strip(), names[0].strip());
            }
        }
        return new WireAgencies(m, spelled);
    }
}
