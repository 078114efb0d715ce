package org.copydesk.ingest.meta;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.ingest.lang.Languages;

/**
 * Tells the language of a body. English, the language the rules read, is recognised from its function words
 * alone; any other body goes to the n-gram detector (Optimaize, 70 languages, as Tika wraps it), loaded once per
 * process ({@link #prepare} ahead of need). A detection below {@link #MIN_CONFIDENCE} falls back
 * to the function words of a few common languages; {@code null} when the text is too short or nothing stands
 * out. Thread-safe.
 */
public final class LanguageGuesser {

    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final int MIN_WORDS = 20;
    /** Scripts without spaces between words (Chinese, Japanese, Thai) reach this many letters instead. */
    private static final int MIN_LETTERS = 60;
    private static final int MAX_WORDS = 5000;
    private static final int MAX_DETECTED_CHARS = 20_000;
    /** The n-gram detector's probability below which its answer is not taken. */
    static final double MIN_CONFIDENCE = 0.80;
    /** Texts shorter than this many characters get Optimaize's short-text algorithm, as in Tika's wrapper. */
    private static final int SHORT_TEXT = 30;
    /** English function words make up about 40% of English prose; a quarter with no rival is decisive. */
    private static final double ENGLISH_SHARE = 0.25;

    /** Hangul Jamo (U+1100) is the first block of either script {@link #byScript} looks for. */
    private static final char FIRST_KANA_OR_HANGUL = '\u1100';
    /** The least maximum heap at which the profiles are loaded ahead of need. */
    private static final long WARM_UP_HEAP = 1L << 30;

    /** For each function word, the languages that list it: one look-up per word of the text, not one per language. */
    private final Map<String, List<String>> languagesOf = new HashMap<>();

    public LanguageGuesser() {
        for (String code : Languages.known()) {
            List<String> words = Languages.lines(code, "function-words");
            for (String w : new LinkedHashSet<>(words)) {
                languagesOf.computeIfAbsent(w, k -> new ArrayList<>()).add(code);
            }
        }
    }

    /** An ISO 639-1 code, or {@code null} when the body is too short or no language stands out. */
    public String guess(String body) {
        Map<String, Integer> score = new HashMap<>();
        Matcher m = WORD.matcher(body);
        int words = 0;
        int letters = 0;
        while (m.find() && words < MAX_WORDS) {
            words++;
            letters += m.end() - m.start();
            String w = m.group().toLowerCase(Locale.ROOT);
            for (String lang : languagesOf.getOrDefault(w, List.of())) {
                score.merge(lang, 1, Integer::sum);
            }
        }
        if (words < MIN_WORDS && letters < MIN_LETTERS) {
            return null;
        }
        String best = null;
        int top = 0;
        int second = 0;
        for (Map.Entry<String, Integer> e : score.entrySet()) {
            if (e.getValue() > top || (e.getValue() == top && e.getKey().compareTo(best) < 0)) {
                second = Math.max(second, top);
                best = e.getKey();
                top = e.getValue();
            } else {
                second = Math.max(second, e.getValue());
            }
        }
        if ("en".equals(best) && top >= words * ENGLISH_SHARE && top >= 2 * second) {
            return "en";
        }
        String script = byScript(body, letters);
        if (script != null) {
            return script;
        }
        String detected = detect(body);
        if (detected != null) {
            return detected;
        }
        return words >= MIN_WORDS && top * 20 >= words ? best : null;
    }

    /**
     * Kana mark Japanese and Hangul marks Korean without doubt; the n-gram profiles confuse kanji-heavy
     * Japanese with Chinese.
     */
    private static String byScript(String body, int letters) {
        int kana = 0;
        int hangul = 0;
        int limit = Math.min(body.length(), MAX_DETECTED_CHARS);
        for (int i = 0; i < limit; i++) {
            char c = body.charAt(i);
            if (c < FIRST_KANA_OR_HANGUL) {
                continue; // no script lookup (a search through Unicode's table) for the letters of most text
            }
            Character.UnicodeScript s = Character.UnicodeScript.of(c);
            kana += s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA ? 1 : 0;
            hangul += s == Character.UnicodeScript.HANGUL ? 1 : 0;
        }
        if (kana * 10 >= letters && kana > 0) {
            return "ja";
        }
        return hangul * 2 >= letters && hangul > 0 ? "ko" : null;
    }

    /**
     * Loads the n-gram profiles now if nothing has yet: {@link org.copydesk.ingest.Ingestor#warmUp} calls it on a
     * background thread, so that the first document that needs them does not wait for them alone. The profiles
     * hold about 100 MB, so a small heap (below {@link #WARM_UP_HEAP}) loads them only when a document needs them:
     * one whose function words are not decisive, as English pages full of furniture often are.
     */
    public static void prepare() {
        if (Runtime.getRuntime().maxMemory() >= WARM_UP_HEAP) {
            LanguageDetector unused = NgramDetector.INSTANCE;
        }
    }

    /**
     * The n-gram detector's confident answer as a primary language subtag, else {@code null}. The detector is
     * Optimaize's as Tika's wrapper builds it (the standard n-grams, its short-text algorithm below 30 characters)
     * and the text is what that wrapper hands it (the text and a space), so the answers are the wrapper's.
     */
    static String detect(String body) {
        String sample = body.length() > MAX_DETECTED_CHARS ? body.substring(0, MAX_DETECTED_CHARS) : body;
        LanguageDetector detector = NgramDetector.INSTANCE;
        if (detector == null) {
            return null;
        }
        List<DetectedLanguage> results = detector.getProbabilities(sample + " ");
        if (results.isEmpty() || (float) results.get(0).getProbability() < MIN_CONFIDENCE) {
            return null;
        }
        return results.get(0).getLocale().getLanguage().toLowerCase(Locale.ROOT);
    }

    /** Loads the n-gram profiles on first use, once per process; null if they cannot be. */
    private static final class NgramDetector {
        static final LanguageDetector INSTANCE = load();

        private static LanguageDetector load() {
            try {
                return LanguageDetectorBuilder.create(NgramExtractors.standard()).shortTextAlgorithm(SHORT_TEXT)
                        .withProfiles(NgramProfiles.readBuiltIn()).build();
            } catch (IOException | RuntimeException | OutOfMemoryError e) {
                // without profiles (or the memory for them) the function words still tell the common languages
                return null;
            }
        }
    }
}
