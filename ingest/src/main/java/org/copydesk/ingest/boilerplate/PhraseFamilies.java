package org.copydesk.ingest.boilerplate;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Maps;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.core.BoilerplateCategory;
import org.copydesk.ingest.lang.Languages;

/**
 * The wording families of page furniture, one list of patterns per {@link BoilerplateCategory} that
 * {@linkplain BoilerplateCategory#hasPhrases has phrases}, loaded per language from {@code lang/<code>/boilerplate/}
 * (the file named by the category's id; see {@link Languages}) and extendable with configured phrases, which
 * apply in every language. Families are tried in the enum's order; the enum is the only list
 * of them, so a new category's phrases cannot be left out.
 */
public final class PhraseFamilies {

    /** Each language's families, read once. */
    private static final Map<String, Map<BoilerplateCategory, List<Phrase>>> BY_LANGUAGE = new ConcurrentHashMap<>();
    private static final PhraseFamilies BUILT_IN = new PhraseFamilies(Languages.all(), Map.of());
    /** How much of a block the patterns read: furniture is short, and regexes over megabytes cost seconds. */
    private static final int MAX_SCAN = 4000;

    /** What matched in one category: how many distinct patterns, and the first matched words as evidence. */
    public record Hit(BoilerplateCategory category, int patterns, String evidence) {
    }

    /**
     * One wording pattern, compiled case-insensitively and, when its source allows, also case-sensitively for
     * lower-cased text with the literal words every match contains: Unicode case-insensitive matching is several
     * times slower, this runs on every block of every page, and most blocks lack the words.
     */
    record Phrase(Pattern anyCase, Pattern lowerCase, String required, boolean weak) {
        static Phrase of(String regex) {
            return of(regex, false);
        }

        /** A pattern; {@code weak} when it is a word news prose also uses, not furniture alone in a narrative. */
        static Phrase of(String regex, boolean weak) {
            boolean lowerable = lowerable(regex);
            return new Phrase(Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                    lowerable ? Pattern.compile(regex) : null, lowerable ? requiredLiteral(regex) : "", weak);
        }

        /** A configured phrase, matched literally. */
        static Phrase literal(String phrase) {
            String lower = phrase.toLowerCase(Locale.ROOT);
            return new Phrase(Pattern.compile(Pattern.quote(phrase), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                    Pattern.compile(Pattern.quote(lower)), lower, false);
        }

        /** The first match in {@code text}, or in {@code lower} (its same-length lower case) when that is faster. */
        Matcher find(String text, String lower) {
            if (lowerCase != null && lower != null) {
                return lower.contains(required) ? findLower(lower) : null;
            }
            Matcher m = anyCase.matcher(text);
            return m.find() ? m : null;
        }

        /** The first match in {@code lower}, a lower-cased text known to hold the required literal. */
        Matcher findLower(String lower) {
            Matcher m = lowerCase.matcher(lower);
            return m.find() ? m : null;
        }

        /** Whether this phrase is matched on lower-cased text after a look for a literal it requires. */
        boolean prefiltered() {
            return lowerCase != null && required.length() >= 2;
        }

        /**
         * Whether {@code regex} means the same on lower-cased text: no upper-case letter outside an escape, no
         * Unicode property (it may name a case), no quoted section and no inline flags.
         */
        static boolean lowerable(String regex) {
            for (int i = 0; i < regex.length(); i++) {
                char c = regex.charAt(i);
                if (c == '\\') {
                    if (i + 1 < regex.length() && "pPQ".indexOf(regex.charAt(i + 1)) >= 0) {
                        return false;
                    }
                    i++;
                } else if (Character.isUpperCase(c) || c == '(' && regex.startsWith("(?", i)
                        && i + 2 < regex.length() && "idmsuxU-".indexOf(regex.charAt(i + 2)) >= 0) {
                    return false;
                }
            }
            return true;
        }

        /**
         * The longest run of literal characters outside groups, classes and quantified atoms that every match of
         * {@code regex} contains, or "" when there is none (a top-level alternation, or nothing literal).
         */
        static String requiredLiteral(String regex) {
            String best = "";
            StringBuilder run = new StringBuilder();
            int i = 0;
            while (i < regex.length()) {
                char c = regex.charAt(i);
                if (c == '|') {
                    return ""; // a top-level alternative need not contain anything
                }
                boolean quantifier = c == '?' || c == '*' || c == '{';
                if (quantifier && run.length() > 0) {
                    run.setLength(run.length() - 1); // the atom before an optional quantifier may be absent
                }
                if (c == '\\' && i + 1 < regex.length() && !Character.isLetterOrDigit(regex.charAt(i + 1))) {
                    run.append(regex.charAt(i + 1)); // an escaped punctuation mark stands for itself
                    i += 2;
                    continue;
                }
                if (c == '\\' || c == '(' || c == '[' || c == '^' || c == '$' || c == '.' || c == '+'
                        || quantifier) {
                    best = run.length() > best.length() ? run.toString() : best;
                    run.setLength(0);
                    i = skipAtom(regex, i);
                    continue;
                }
                run.append(c);
                i++;
            }
            best = run.length() > best.length() ? run.toString() : best;
            return best.length() >= 3 ? best : "";
        }

        /** The index after the construct starting at {@code i}: an escape, a group, a class or a {n,m} bound. */
        private static int skipAtom(String regex, int i) {
            char c = regex.charAt(i);
            if (c == '\\') {
                return Math.min(i + 2, regex.length());
            }
            if (c == '{') {
                int close = regex.indexOf('}', i);
                return close < 0 ? regex.length() : close + 1;
            }
            if (c != '(' && c != '[') {
                return i + 1;
            }
            int depth = 0;
            boolean inClass = false;
            for (int j = i; j < regex.length(); j++) {
                char d = regex.charAt(j);
                if (d == '\\') {
                    j++;
                } else if (inClass) {
                    inClass = d != ']' || j > 0 && (regex.charAt(j - 1) == '[' || regex.startsWith("[^", j - 2));
                    if (!inClass && c == '[') {
                        return j + 1;
                    }
                } else if (d == '[') {
                    inClass = true;
                } else if (d == '(') {
                    depth++;
                } else if (d == ')' && --depth == 0) {
                    return j + 1;
                }
            }
            return regex.length();
        }
    }


    private final Languages languages;
    /** Phrases added by configuration, tried whatever the language. */
    private final Map<BoilerplateCategory, List<Phrase>> configured;
    private final Map<BoilerplateCategory, List<Phrase>> patterns;
    private final Map<Languages, PhraseFamilies> views = new ConcurrentHashMap<>();
    private final PassingMention passing;
    /** The required literals of every prefiltered phrase here, looked for in one pass over a text. */
    private final LiteralScan literals;
    /** Per family, each phrase's number in {@link #literals}, or -1 when it is not prefiltered. */
    private final Map<BoilerplateCategory, int[]> literalOf;

    private PhraseFamilies(Languages languages, Map<BoilerplateCategory, List<Phrase>> configured) {
        this.languages = languages;
        this.configured = Maps.immutableEnumMap(configured);
        this.passing = new PassingMention(languages);
        Map<BoilerplateCategory, List<Phrase>> m = new EnumMap<>(BoilerplateCategory.class);
        for (BoilerplateCategory c : BoilerplateCategory.values()) {
            if (c.hasPhrases()) {
                List<Phrase> list = new ArrayList<>();
                for (String code : languages.codes()) {
                    list.addAll(BY_LANGUAGE.computeIfAbsent(code, PhraseFamilies::load).getOrDefault(c, List.of()));
                }
                list.addAll(configured.getOrDefault(c, List.of()));
                m.put(c, ImmutableList.copyOf(list));
            }
        }
        this.patterns = Maps.immutableEnumMap(m); // iterates in the enum's order: the order families are tried
        List<String> required = new ArrayList<>();
        m.values().forEach(list -> list.stream().filter(Phrase::prefiltered).forEach(p -> required.add(p.required())));
        this.literals = new LiteralScan(required);
        Map<BoilerplateCategory, int[]> ids = new EnumMap<>(BoilerplateCategory.class);
        m.forEach((c, list) -> ids.put(c,
                list.stream().mapToInt(p -> p.prefiltered() ? literals.indexOf(p.required()) : -1).toArray()));
        this.literalOf = Maps.immutableEnumMap(ids);
    }

    /** The built-in families of every language, for text whose language is unknown. */
    public static PhraseFamilies builtIn() {
        return BUILT_IN;
    }

    /** These families (with any configured phrases) in the wording of {@code languages} only. */
    public PhraseFamilies forLanguages(Languages languages) {
        return languages.equals(this.languages) ? this
                : views.computeIfAbsent(languages, l -> new PhraseFamilies(l, configured));
    }

    /** The languages whose wording these families hold. */
    public Languages languages() {
        return languages;
    }

    /**
     * These families plus literal {@code phrases} (matched case-insensitively anywhere) in {@code category}.
     *
     * @throws IllegalArgumentException when {@code category} has no phrases by design ({@code other})
     */
    public PhraseFamilies with(BoilerplateCategory category, List<String> phrases) {
        if (!category.hasPhrases()) {
            throw new IllegalArgumentException(category.id() + " is not known by wording; it takes no phrases");
        }
        Map<BoilerplateCategory, List<Phrase>> m = new EnumMap<>(BoilerplateCategory.class);
        m.putAll(configured);
        List<Phrase> list = new ArrayList<>(m.getOrDefault(category, List.of()));
        for (String p : phrases) {
            list.add(Phrase.literal(p.strip()));
        }
        m.put(category, ImmutableList.copyOf(list));
        return new PhraseFamilies(languages, m);
    }

    /**
     * The strongest category whose wording {@code text} uses, if any. A category whose matches are all of weak
     * patterns, words mentioned in passing in a narrative sentence ({@link PassingMention}), does not count.
     */
    public Optional<Hit> best(String text) {
        // Furniture wording sits at the start of a block; a huge block (a page on one line) is judged by its head.
        String head = text.length() > MAX_SCAN ? text.substring(0, MAX_SCAN) : text;
        String t = collapseSpace(head.strip()).replace('’', '\'').replace('‘', '\'');
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.length() != t.length()) {
            lower = null; // offsets would not carry over: match case-insensitively instead
        }
        // one pass finds which required literals the text holds; a phrase whose literal is absent cannot match
        boolean[] present = lower == null ? null : literals.present(lower);
        Hit best = null;
        for (Map.Entry<BoilerplateCategory, List<Phrase>> family : patterns.entrySet()) {
            BoilerplateCategory c = family.getKey();
            int[] literal = literalOf.get(c);
            int n = 0;
            String evidence = null;
            boolean weak = true; // every match is of a weak pattern
            int start = 0;
            List<Phrase> phrases = family.getValue();
            for (int j = 0; j < phrases.size(); j++) {
                Phrase p = phrases.get(j);
                Matcher m = present == null || literal[j] < 0 ? p.find(t, lower)
                        : present[literal[j]] ? p.findLower(lower) : null;
                if (m != null) {
                    n++;
                    weak &= p.weak();
                    if (evidence == null) {
                        evidence = t.substring(m.start(), m.end()).strip();
                        start = m.start();
                    }
                }
            }
            if (n > 0 && weak && passing.test(t, start, n)) {
                continue;
            }
            if (n > 0 && (best == null || n > best.patterns())) {
                best = new Hit(c, n, evidence.isEmpty() ? t : evidence);
            }
        }
        return Optional.ofNullable(best);
    }

    /** {@code s} with each run of regex whitespace ({@code \s}) made one space. */
    private static String collapseSpace(String s) {
        StringBuilder sb = null;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (isSpace(c) && (c != ' ' || i + 1 < s.length() && isSpace(s.charAt(i + 1)))) {
                if (sb == null) {
                    sb = new StringBuilder(s.length()).append(s, 0, i);
                }
                while (i < s.length() && isSpace(s.charAt(i))) {
                    i++;
                }
                sb.append(' ');
                continue;
            }
            if (sb != null) {
                sb.append(c);
            }
            i++;
        }
        return sb == null ? s : sb.toString();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** One language's families: its file {@code boilerplate/<category id>} for each category that has phrases. */
    private static Map<BoilerplateCategory, List<Phrase>> load(String code) {
        Map<BoilerplateCategory, List<Phrase>> m = new EnumMap<>(BoilerplateCategory.class);
        for (BoilerplateCategory c : BoilerplateCategory.values()) {
            if (c.hasPhrases()) {
                m.put(c, read(Languages.lines(code, "boilerplate/" + c.id())));
            }
        }
        return m;
    }

    private static List<Phrase> read(List<String> lines) {
        ImmutableList.Builder<Phrase> out = ImmutableList.builder();
        for (String l : lines) {
            boolean weak = l.startsWith("~");
            String line = weak ? l.substring(1) : l;
            String regex = line.startsWith("=") ? "^(?:" + line.substring(1) + ")[.!:]?$" : line;
            out.add(Phrase.of(regex, weak));
        }
        return out.build();
    }
}
