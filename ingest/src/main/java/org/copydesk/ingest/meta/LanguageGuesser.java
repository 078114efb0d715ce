package org.copydesk.ingest.meta;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.core.DataFiles;

/**
 * Tells the language of a body from its most common function words. Enough to say "English or not" for rules
 * that depend on English wording; returns {@code null} when the text is too short to tell.
 */
public final class LanguageGuesser {

    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final int MIN_WORDS = 20;

    private final Map<String, Set<String>> functionWords = new HashMap<>();

    public LanguageGuesser() {
        for (String line : DataFiles.lines(LanguageGuesser.class, "languages.txt")) {
            int colon = line.indexOf(':');
            functionWords.put(line.substring(0, colon).strip(),
                    new HashSet<>(Arrays.asList(line.substring(colon + 1).strip().split("\\s+"))));
        }
    }

    /** An ISO 639-1 code, or {@code null} when the body is too short or no language stands out. */
    public String guess(String body) {
        Map<String, Integer> score = new HashMap<>();
        Matcher m = WORD.matcher(body);
        int words = 0;
        while (m.find() && words < 5000) {
            words++;
            String w = m.group().toLowerCase(Locale.ROOT);
            functionWords.forEach((lang, set) -> {
                if (set.contains(w)) {
                    score.merge(lang, 1, Integer::sum);
                }
            });
        }
        if (words < MIN_WORDS) {
            return null;
        }
        String best = null;
        int top = 0;
        for (Map.Entry<String, Integer> e : score.entrySet()) {
            if (e.getValue() > top || (e.getValue() == top && e.getKey().compareTo(best) < 0)) {
                best = e.getKey();
                top = e.getValue();
            }
        }
        return top * 20 >= words ? best : null;
    }
}
