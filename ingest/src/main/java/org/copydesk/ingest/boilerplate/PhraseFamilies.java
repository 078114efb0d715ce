package org.copydesk.ingest.boilerplate;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.core.BoilerplateCategory;
import org.copydesk.core.DataFiles;

/**
 * The wording families of page furniture, one list of patterns per {@link BoilerplateCategory}, loaded from
 * the data files beside this class and extendable with configured phrases.
 */
public final class PhraseFamilies {

    /** Categories in the order they are tried: the more specific vocabularies first. */
    static final List<BoilerplateCategory> ORDER = List.of(BoilerplateCategory.COOKIE_CONSENT,
            BoilerplateCategory.COMMENT_FORM, BoilerplateCategory.DONATION_APPEAL,
            BoilerplateCategory.NEWSLETTER_PROMPT, BoilerplateCategory.SUBSCRIPTION_PROMPT,
            BoilerplateCategory.SOCIAL_SHARE, BoilerplateCategory.RELATED_LINKS, BoilerplateCategory.ADVERTISEMENT,
            BoilerplateCategory.LEGAL_FOOTER, BoilerplateCategory.PUBLISHER_TAGLINE, BoilerplateCategory.NAVIGATION);

    private static final PhraseFamilies BUILT_IN = load();
    /** How much of a block the patterns read: furniture is short, and regexes over megabytes cost seconds. */
    private static final int MAX_SCAN = 4000;

    /** What matched in one category: how many distinct patterns, and the first matched words as evidence. */
    public record Hit(BoilerplateCategory category, int patterns, String evidence) {
    }

    private final Map<BoilerplateCategory, List<Pattern>> patterns;

    private PhraseFamilies(Map<BoilerplateCategory, List<Pattern>> patterns) {
        this.patterns = ImmutableMap.copyOf(patterns);
    }

    public static PhraseFamilies builtIn() {
        return BUILT_IN;
    }

    /** These families plus literal {@code phrases} (matched case-insensitively anywhere) in {@code category}. */
    public PhraseFamilies with(BoilerplateCategory category, List<String> phrases) {
        Map<BoilerplateCategory, List<Pattern>> m = new EnumMap<>(patterns);
        List<Pattern> list = new ArrayList<>(m.getOrDefault(category, List.of()));
        for (String p : phrases) {
            list.add(Pattern.compile(Pattern.quote(p.strip()), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        }
        m.put(category, ImmutableList.copyOf(list));
        return new PhraseFamilies(m);
    }

    /** The strongest category whose wording {@code text} uses, if any. */
    public Optional<Hit> best(String text) {
        // Furniture wording sits at the start of a block; a huge block (a page on one line) is judged by its head.
        String head = text.length() > MAX_SCAN ? text.substring(0, MAX_SCAN) : text;
        String t = head.strip().replaceAll("\\s+", " ").replace('’', '\'').replace('‘', '\'');
        Hit best = null;
        for (BoilerplateCategory c : ORDER) {
            int n = 0;
            String evidence = null;
            for (Pattern p : patterns.getOrDefault(c, List.of())) {
                Matcher m = p.matcher(t);
                if (m.find()) {
                    n++;
                    if (evidence == null) {
                        evidence = m.group().strip();
                    }
                }
            }
            if (n > 0 && (best == null || n > best.patterns())) {
                best = new Hit(c, n, evidence.isEmpty() ? t : evidence);
            }
        }
        return Optional.ofNullable(best);
    }

    private static PhraseFamilies load() {
        Map<BoilerplateCategory, List<Pattern>> m = new EnumMap<>(BoilerplateCategory.class);
        for (BoilerplateCategory c : ORDER) {
            m.put(c, read(c.id() + ".txt"));
        }
        return new PhraseFamilies(m);
    }

    private static List<Pattern> read(String file) {
        ImmutableList.Builder<Pattern> out = ImmutableList.builder();
        for (String l : DataFiles.lines(PhraseFamilies.class, file)) {
            String regex = l.startsWith("=") ? "^(?:" + l.substring(1) + ")[.!:]?$" : l;
            out.add(Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        }
        return out.build();
    }
}
