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

    /** The first furniture hint among {@code e}'s words, if any. */
    Optional<Hint> furniture(PageElement e) {
        return first(e, Kind.FURNITURE);
    }

    Optional<Hint> first(String attributeWords, Kind kind) {
        return Optional.ofNullable(read(attributeWords).first[kind.ordinal()]);
    }

    /** The first hint of {@code kind} among {@code e}'s words, if any. */
    Optional<Hint> first(PageElement e, Kind kind) {
        return Optional.ofNullable(read(e).first[kind.ordinal()]);
    }

    /**
     * Whether the words name a layer drawn over the page (a popup, a modal): furniture however much prose it
     * holds, since the reader sees it only when something opens it.
     */
    boolean layer(String attributeWords) {
        return read(attributeWords).layer;
    }

    boolean layer(PageElement e) {
        return read(e).layer;
    }

    /**
     * What {@code e}'s words say, read once per element: the judges ask an element about its words many times
     * over, and splitting them again for each question cost a twentieth of a run.
     */
    private Reading read(PageElement e) {
        Reading r = e.reading;
        if (r == null || r.of != this) {
            r = read(e.attributeWords());
            e.reading = r;
        }
        return r;
    }

    /**
     * The first hint of each kind, in the words' order, and whether a layer word is among them. A word within
     * {@link #HAVING_REACH} words after a {@link #HAVING} modifier says nothing about the element.
     */
    private Reading read(String attributeWords) {
        Hint[] first = new Hint[Kind.values().length];
        boolean layer = false;
        int described = 0;
        int from = 0;
        int n = attributeWords.length();
        while (from < n) {
            int space = attributeWords.indexOf(' ', from);
            int to = space < 0 ? n : space;
            String w = attributeWords.substring(from, to);
            from = to + 1;
            if (HAVING.contains(w)) {
                described = HAVING_REACH; // "has-ads", "with-sidebar": what the element holds or sits beside
                continue;
            }
            if (described-- > 0) {
                continue;
            }
            Hint h = words.get(w);
            if (h != null && first[h.kind().ordinal()] == null) {
                first[h.kind().ordinal()] = h;
            }
            layer |= layers.contains(w);
        }
        return new Reading(this, first, layer);
    }

    /** What one element's words say, and which word list said it. */
    record Reading(AttributeWords of, Hint[] first, boolean layer) {
    }

    /** Readability-style class weight: +25 when the words say article (weakly or not), -25 for furniture. */
    int weight(PageElement e) {
        Reading r = read(e);
        int w = 0;
        if (r.first[Kind.ARTICLE.ordinal()] != null || r.first[Kind.ARTICLE_WEAK.ordinal()] != null) {
            w += 25;
        }
        if (r.first[Kind.FURNITURE.ordinal()] != null) {
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
