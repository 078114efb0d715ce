package org.copydesk.ingest.html;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.copydesk.core.BoilerplateCategory;
import org.copydesk.core.DataFiles;

/**
 * What the words of class, id, role and itemprop attributes say about an element ({@code share} → social
 * share, {@code newsletter} → newsletter prompt, {@code article} → the article, {@code dek} → the standfirst),
 * loaded from {@code attribute-words.txt}. Whole words only, so {@code ad} never fires inside {@code headline}.
 */
final class AttributeWords {

    /** What one word says: furniture of a category, article, or metadata (byline, date). */
    enum Kind { FURNITURE, ARTICLE, ARTICLE_WEAK, CAPTION, GALLERY, METADATA, STANDFIRST }

    /** A hint read from one word. */
    record Hint(Kind kind, BoilerplateCategory category, String word) {
    }

    private static final AttributeWords BUILT_IN = load();
    /**
     * Template modifiers that say what an element holds or sits beside, not what it is: the words just after
     * them ("has-ads", "with-left-sidebar", "no-comments") do not describe the element.
     */
    private static final Set<String> HAVING = Set.of("has", "with", "without", "no");
    private static final int HAVING_REACH = 2;

    private final Map<String, Hint> words;
    /** Furniture words of layers drawn over the page (popups, modals), hidden until something opens them. */
    private final Set<String> layers;

    private AttributeWords(Map<String, Hint> words, Set<String> layers) {
        this.words = words;
        this.layers = layers;
    }

    static AttributeWords builtIn() {
        return BUILT_IN;
    }

    /** The first furniture hint among {@code attributeWords}, if any. */
    Optional<Hint> furniture(String attributeWords) {
        return first(attributeWords, Kind.FURNITURE);
    }

    Optional<Hint> first(String attributeWords, Kind kind) {
        if (attributeWords.isEmpty()) {
            return Optional.empty();
        }
        int described = 0;
        for (String w : attributeWords.split(" ")) {
            if (HAVING.contains(w)) {
                described = HAVING_REACH; // "has-ads", "with-sidebar": what the element holds or sits beside
                continue;
            }
            Hint h = described-- > 0 ? null : words.get(w);
            if (h != null && h.kind() == kind) {
                return Optional.of(h);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the words name a layer drawn over the page (a popup, a modal): furniture however much prose it
     * holds, since the reader sees it only when something opens it.
     */
    boolean layer(String attributeWords) {
        int described = 0;
        for (String w : attributeWords.split(" ")) {
            if (HAVING.contains(w)) {
                described = HAVING_REACH;
            } else if (described-- <= 0 && layers.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Readability-style class weight: +25 when the words say article (weakly or not), -25 for furniture. */
    int weight(String attributeWords) {
        int w = 0;
        if (first(attributeWords, Kind.ARTICLE).isPresent() || first(attributeWords, Kind.ARTICLE_WEAK).isPresent()) {
            w += 25;
        }
        if (furniture(attributeWords).isPresent()) {
            w -= 25;
        }
        return w;
    }

    private static AttributeWords load() {
        Map<String, Hint> m = new HashMap<>();
        Set<String> layers = new HashSet<>();
        for (String line : DataFiles.lines(AttributeWords.class, "attribute-words.txt")) {
            int colon = line.indexOf(':');
            String kind = line.substring(0, colon).strip();
            for (String w : line.substring(colon + 1).strip().split("\\s+")) {
                if (kind.equals("layer")) {
                    layers.add(w); // a layer word is furniture of the category its own line gives it
                    continue;
                }
                Hint h = switch (kind) {
                    case "article" -> new Hint(Kind.ARTICLE, null, w);
                    case "article-weak" -> new Hint(Kind.ARTICLE_WEAK, null, w);
                    case "caption" -> new Hint(Kind.CAPTION, null, w);
                    case "gallery" -> new Hint(Kind.GALLERY, null, w);
                    case "metadata" -> new Hint(Kind.METADATA, null, w);
                    case "standfirst" -> new Hint(Kind.STANDFIRST, null, w);
                    default -> new Hint(Kind.FURNITURE, category(kind), w);
                };
                m.putIfAbsent(w, h);
            }
        }
        for (String w : layers) {
            if (m.get(w) == null || m.get(w).kind() != Kind.FURNITURE) {
                throw new IllegalStateException("layer word " + w + " is not a furniture word in attribute-words.txt");
            }
        }
        return new AttributeWords(Map.copyOf(m), Set.copyOf(layers));
    }

    private static BoilerplateCategory category(String id) {
        return BoilerplateCategory.fromId(id).orElseThrow(
                () -> new IllegalStateException("unknown category " + id + " in attribute-words.txt"));
    }
}
