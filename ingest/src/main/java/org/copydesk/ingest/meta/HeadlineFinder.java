package org.copydesk.ingest.meta;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.copydesk.ingest.boilerplate.PhraseFamilies;
import org.copydesk.ingest.text.Block;
import org.copydesk.ingest.text.SentenceShape;

/**
 * Finds the headline block: the block that repeats the title the markup gives, or else the title-shaped block
 * closest above the article's first paragraph (or its byline), or the first block of the text.
 */
public final class HeadlineFinder {

    private static final int MAX_WORDS = 30;
    /** A headline above the article's start has at least this many words; menu entries rarely do. */
    private static final int MIN_NEAREST_WORDS = 4;

    private final PhraseFamilies phrases;

    public HeadlineFinder(PhraseFamilies phrases) {
        this.phrases = phrases;
    }

    /** The index of the headline block among {@code blocks}, if any. */
    public Optional<Integer> find(List<Block> blocks, String markupTitle, Set<Integer> taken, int searchEnd) {
        if (markupTitle != null && !markupTitle.isBlank()) {
            String want = norm(markupTitle);
            for (Block b : blocks) {
                if (b.index() > searchEnd) {
                    break;
                }
                String got = norm(b.content());
                if (!taken.contains(b.index()) && !got.isEmpty() && (got.equals(want)
                        || (want.startsWith(got) && got.length() * 3 >= want.length() * 2))) {
                    return Optional.of(b.index());
                }
            }
            return Optional.empty();
        }
        Optional<Integer> fallback = Optional.empty();
        Optional<Integer> nearest = Optional.empty();
        for (Block b : blocks) {
            if (b.index() >= Math.max(searchEnd, 1)) {
                break;
            }
            if (taken.contains(b.index()) || !titleShaped(b)) {
                continue;
            }
            if (b.index() == 0) {
                fallback = Optional.of(0);
            }
            if (b.wordCount() >= MIN_NEAREST_WORDS && phrases.best(b.content()).isEmpty()) {
                nearest = Optional.of(b.index());
            }
        }
        // The title-shaped line closest above the article's start wins over a menu entry at the very top.
        return nearest.isPresent() ? nearest : fallback;
    }

    private static boolean titleShaped(Block b) {
        int w = b.wordCount();
        return w >= 2 && w <= MAX_WORDS && !b.isBullet()
                && !(SentenceShape.endsLikeSentence(b.content()) && b.content().endsWith("."));
    }

    /** Case, accents, quote styles and spacing removed, for comparing a title with a block. */
    static String norm(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return n.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
