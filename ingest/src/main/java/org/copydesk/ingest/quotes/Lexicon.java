package org.copydesk.ingest.quotes;

import org.copydesk.core.DataFiles;
import org.copydesk.ingest.lang.Languages;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word lists the quote reader works from (cue verbs, titles, anonymous-source and organisation nouns, outlet
 * words, closed word classes), loaded once from the data files beside this class. All entries are lower case.
 */
final class Lexicon {

    /** A title's gender while the lists are read, when languages disagree on it: none. */
    private static final char NO_GENDER = '-';

    private static final Lexicon BUILT_IN = load();

    final Set<String> cueVerbs;
    final Set<String> quoteOnlyVerbs;
    final Set<String> titles;
    final Map<String, Character> titleGender;
    final Set<String> anonymousNouns;
    final Set<String> organizationNouns;
    /** Heads of speaker phrases naming a text that speaks for its authors ("the letter says", "the ad said"). */
    final Set<String> documentNouns;
    /** Heads of a description standing for a person already named ("the candidate"), from role-nouns.txt. */
    final Set<String> roleNouns;
    final Set<String> places;
    final Set<String> outletWords;
    final Set<String> elisions;
    final Map<String, Set<String>> titleSynonyms;
    /** Offices one person holds at a time ("prime minister"), from offices.txt. */
    final Set<String> offices;
    /** Given names with the gender they usually carry ("maria" → f), from given-names.txt. */
    final Map<String, Character> givenNames;
    private final Map<String, Set<String>> classes;

    private Lexicon(Map<String, Set<String>> lists, Set<String> quoteOnly, Map<String, Character> titleGender,
            Map<String, Set<String>> classes) {
        this.cueVerbs = lists.get("cue-verbs");
        this.quoteOnlyVerbs = ImmutableSet.copyOf(quoteOnly);
        this.titles = lists.get("titles");
        this.titleGender = ImmutableMap.copyOf(titleGender);
        this.anonymousNouns = lists.get("anonymous-nouns");
        this.organizationNouns = lists.get("organization-nouns");
        this.documentNouns = lists.get("document-nouns");
        this.roleNouns = lists.get("role-nouns");
        this.places = lists.get("places");
        this.outletWords = lists.get("outlets");
        this.elisions = lists.get("elisions");
        this.classes = ImmutableMap.copyOf(classes);
        Map<String, Set<String>> synonyms = new HashMap<>();
        for (String line : lines("title-synonyms.txt")) {
            String[] sides = line.split("=");
            Set<String> others = new HashSet<>();
            for (String o : sides[1].split(",")) {
                others.add(o.strip());
            }
            synonyms.put(sides[0].strip(), ImmutableSet.copyOf(others));
        }
        this.titleSynonyms = ImmutableMap.copyOf(synonyms);
        Map<String, Character> given = new HashMap<>();
        for (String line : lines("given-names.txt")) {
            for (String w : line.split("\\s+")) {
                String[] parts = w.split("\\|");
                given.put(parts[0], parts.length > 1 ? parts[1].charAt(0) : '?');
            }
        }
        this.givenNames = ImmutableMap.copyOf(given);
        this.offices = ImmutableSet.copyOf(lines("offices.txt"));
    }

    static Lexicon builtIn() {
        return BUILT_IN;
    }

    /** The words of the closed class {@code name} of function-words.txt (empty when there is none). */
    Set<String> words(String name) {
        return classes.getOrDefault(name, Set.of());
    }

    /** Whether {@code word} (any case) belongs to the closed class {@code name} of function-words.txt. */
    boolean is(String name, String word) {
        Set<String> set = classes.get(name);
        return set != null && set.contains(word.toLowerCase(Locale.ROOT));
    }

    boolean isCueVerb(String word) {
        return cueVerbs.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The gender a given name usually carries, 'm' or 'f', or 0 when the name is not listed. */
    char givenNameGender(String word) {
        Character g = givenNames.get(word.toLowerCase(Locale.ROOT));
        return g == null || g == '?' ? 0 : g;
    }

    /** Whether {@code word} heads a description of someone already named ("candidate", "46-year-old"). */
    boolean isRoleNoun(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (roleNouns.contains(w)) {
            return true;
        }
        for (String r : roleNouns) {
            if (r.startsWith("-") && w.endsWith(r) && w.length() > r.length()) {
                return true;
            }
        }
        return false;
    }

    boolean isTitle(String word) {
        return titles.contains(word.toLowerCase(Locale.ROOT));
    }

    private static Lexicon load() {
        Map<String, Set<String>> lists = new HashMap<>();
        Set<String> quoteOnly = new HashSet<>();
        // a title other languages spell the same without a gender ("senator") or with another implies none
        Map<String, Character> gender = new HashMap<>();
        for (String name : List.of("cue-verbs", "titles", "anonymous-nouns", "organization-nouns", "document-nouns",
                "role-nouns", "places", "outlets", "elisions")) {
            Set<String> words = new HashSet<>();
            // cue verbs and titles are read in every language: they only count beside a quotation or a name
            List<String> source = name.equals("cue-verbs") || name.equals("titles")
                    ? Languages.all().lines(name).stream().map(l -> l.toLowerCase(Locale.ROOT)).toList()
                    : lines(name + ".txt");
            for (String line : source) {
                boolean quoteOnlyLine = line.startsWith("@");
                for (String w : (quoteOnlyLine ? line.substring(1) : line).split("\\s+")) {
                    String[] parts = w.split("\\|");
                    words.add(parts[0]);
                    if (quoteOnlyLine) {
                        quoteOnly.add(parts[0]);
                    }
                    if (parts.length > 1) {
                        gender.merge(parts[0], parts[1].charAt(0), (a, b) -> a.equals(b) ? a : NO_GENDER);
                    } else if (name.equals("titles")) {
                        gender.put(parts[0], NO_GENDER);
                    }
                }
            }
            lists.put(name, ImmutableSet.copyOf(words));
        }
        Map<String, Set<String>> classes = new LinkedHashMap<>();
        String section = null;
        for (String line : lines("function-words.txt")) {
            if (line.startsWith("[")) {
                section = line.substring(1, line.length() - 1);
                classes.put(section, new HashSet<>());
            } else if (section != null) {
                classes.get(section).add(line);
            }
        }
        classes.replaceAll((k, v) -> ImmutableSet.copyOf(v));
        gender.values().removeIf(g -> g == NO_GENDER);
        return new Lexicon(lists, quoteOnly, gender, classes);
    }

    private static List<String> lines(String resource) {
        return DataFiles.lines(Lexicon.class, resource).stream().map(l -> l.toLowerCase(Locale.ROOT)).toList();
    }
}
