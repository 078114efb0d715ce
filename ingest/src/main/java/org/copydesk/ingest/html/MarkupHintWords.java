package org.copydesk.ingest.html;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.copydesk.core.BoilerplateCategory;
import org.copydesk.core.DataFiles;

/**
 * What the words of class, id, role and itemprop attributes say about an element ({@code share} → social
 * share, {@code newsletter} → newsletter prompt, {@code article} → the article), loaded from
 * {@code markup-hints.txt}. Whole words only, so {@code ad} never fires inside {@code headline}.
 */
final class MarkupHintWords {

    /** What one word says: furniture of a category, article, or metadata (byline, date). */
    enum Kind { FURNITURE, ARTICLE, ARTICLE_WEAK, CAPTION, METADATA }

    /** A hint read from one word. */
    record Hint(Kind kind, BoilerplateCategory category, String word) {
    }

    private static final MarkupHintWords BUILT_IN = load();

    private final Map<String, Hint> words;

    private MarkupHintWords(Map<String, Hint> words) {
        this.words = words;
    }

    static MarkupHintWords builtIn() {
        return BUILT_IN;
    }

    /** The first furniture hint among {@code hintWords}, if any. */
    Optional<Hint> furniture(String hintWords) {
        return first(hintWords, Kind.FURNITURE);
    }

    Optional<Hint> first(String hintWords, Kind kind) {
        if (hintWords.isEmpty()) {
            return Optional.empty();
        }
        for (String w : hintWords.split(" ")) {
            Hint h = words.get(w);
            if (h != null && h.kind() == kind) {
                return Optional.of(h);
            }
        }
        return Optional.empty();
    }

    /** Readability-style class weight: +25 when the words say article (weakly or not), -25 for furniture. */
    int weight(String hintWords) {
        int w = 0;
        if (first(hintWords, Kind.ARTICLE).isPresent() || first(hintWords, Kind.ARTICLE_WEAK).isPresent()) {
            w += 25;
        }
        if (furniture(hintWords).isPresent()) {
            w -= 25;
        }
        return w;
    }

    private static MarkupHintWords load() {
        Map<String, Hint> m = new HashMap<>();
        for (String line : DataFiles.lines(MarkupHintWords.class, "markup-hints.txt")) {
            int colon = line.indexOf(':');
            String kind = line.substring(0, colon).strip();
            for (String w : line.substring(colon + 1).strip().split("\\s+")) {
                Hint h = switch (kind) {
                    case "article" -> new Hint(Kind.ARTICLE, null, w);
                    case "article-weak" -> new Hint(Kind.ARTICLE_WEAK, null, w);
                    case "caption" -> new Hint(Kind.CAPTION, null, w);
                    case "metadata" -> new Hint(Kind.METADATA, null, w);
                    default -> new Hint(Kind.FURNITURE, BoilerplateCategory.fromId(kind).orElseThrow(
                            () -> new IllegalStateException("unknown category " + kind + " in markup-hints.txt")), w);
                };
                m.putIfAbsent(w, h);
            }
        }
        return new MarkupHintWords(Map.copyOf(m));
    }
}
