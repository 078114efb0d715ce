package org.copydesk.ingest.boilerplate;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.copydesk.core.BoilerplateCategory;
import org.copydesk.ingest.text.Block;
import org.copydesk.ingest.text.DataLine;
import org.copydesk.ingest.text.MachineText;
import org.copydesk.ingest.text.SentenceShape;

/**
 * Tells page furniture from article text in a sequence of blocks, from signals that carry across sites: the
 * wording families of {@link PhraseFamilies}, the block's length and sentence shape, its position before the
 * article's first or after its last paragraph of prose, and runs of short bulleted lines.
 */
public final class BoilerplateClassifier {

    /** A paragraph this long and ending like a sentence (or twice as long) is article prose. */
    private static final int PROSE_WORDS = 20;
    /** Inside the article, a phrase hit alone removes only blocks up to this length. */
    private static final int SHORT_BLOCK_WORDS = 30;
    /** Bulleted lines this short, in a run, are share bars or menus rather than an article's list. */
    private static final int BULLET_WORDS = 5;
    /** Machine text is removed from this length, or when it holds an address: a shorter line may be code. */
    private static final int MACHINE_WORDS = 15;

    private static final Pattern TAGLINE = Pattern.compile(
            "^(the\\s+)?\\p{Lu}[\\p{L}\\p{N}.&'’-]*(\\s+\\p{Lu}[\\p{L}\\p{N}.&'’-]*){0,4}\\s+(is|are)\\s+(the|a|an|your)\\s+.*");

    private final PhraseFamilies families;

    public BoilerplateClassifier(PhraseFamilies families) {
        this.families = families;
    }

    /** The wording hits of {@code blocks}, to hand to every call about the same page. */
    public PhraseHits hits(List<Block> blocks) {
        return new PhraseHits(families, blocks);
    }

    /** The article's prose range: indexes of the first and last prose block, or {@code null} when none. */
    public int[] proseRange(List<Block> blocks, Set<Integer> reserved) {
        return proseRange(blocks, reserved, hits(blocks));
    }

    /** As {@link #proseRange(List, Set)}, with the page's wording hits already at hand. */
    public int[] proseRange(List<Block> blocks, Set<Integer> reserved, PhraseHits hits) {
        return ProseRegion.find(blocks, reserved, hits);
    }

    /** The furniture among {@code blocks}, by block index; blocks in {@code reserved} are left alone. */
    public Map<Integer, Classification> classify(List<Block> blocks, Set<Integer> reserved) {
        return classify(blocks, reserved, hits(blocks));
    }

    /** As {@link #classify(List, Set)}, with the page's wording hits already at hand. */
    public Map<Integer, Classification> classify(List<Block> blocks, Set<Integer> reserved, PhraseHits hits) {
        int[] range = proseRange(blocks, reserved, hits);
        int first = range == null ? blocks.size() : range[0];
        int last = range == null ? -1 : range[1];
        int lead = range == null ? first : ProseRegion.leadStart(blocks, reserved, hits, first);
        int tail = range == null ? last : ProseRegion.tailEnd(blocks, reserved, hits, last);
        Map<Integer, Classification> out = new HashMap<>();
        for (Block b : blocks) {
            if (reserved.contains(b.index())) {
                continue;
            }
            boolean outside = b.index() < first || b.index() > last;
            byPhrase(b, outside, hits).or(() -> byMachineText(b)).or(() -> byPosition(b, first, last, lead, tail))
                    .ifPresent(c -> out.put(b.index(), c));
        }
        bulletRuns(blocks, reserved, out, first, last);
        headlineLists(blocks, reserved, out, last);
        return out;
    }

    private static Optional<Classification> byPhrase(Block b, boolean outside, PhraseHits hits) {
        Optional<PhraseFamilies.Hit> hit = hits.of(b);
        if (hit.isEmpty()) {
            return Optional.empty();
        }
        PhraseFamilies.Hit h = hit.get();
        int words = b.wordCount();
        if (words <= SHORT_BLOCK_WORDS || h.patterns() >= 2 || outside) {
            String where = words <= SHORT_BLOCK_WORDS ? "short block" : h.patterns() >= 2
                    ? h.patterns() + " phrases of the family" : "outside the article's prose";
            return Optional.of(new Classification(h.category(),
                    h.category().id() + " wording (\"" + h.evidence() + "\"), " + where));
        }
        return Optional.empty();
    }

    private static Optional<Classification> byMachineText(Block b) {
        if (DataLine.isLinkList(b)) {
            return Optional.of(new Classification(BoilerplateCategory.OTHER,
                    "a text browser's list of the page's linked feeds and versions (\"#alternate\") at the top"));
        }
        boolean removable = b.wordCount() >= MACHINE_WORDS || MachineText.hasAddress(b.content());
        return removable && MachineText.dominates(b.content()) ? Optional.of(new Classification(BoilerplateCategory.OTHER,
                "addresses, markup or encoded data rather than words")) : Optional.empty();
    }

    private static Optional<Classification> byPosition(Block b, int first, int last, int lead, int tail) {
        if (b.index() > last && b.index() <= tail) {
            return Optional.empty(); // the article's short or cut-off last paragraphs
        }
        if (b.index() > last) {
            if (b.wordCount() <= 15 && TAGLINE.matcher(b.content()).matches() && !b.content().contains("\"")
                    && !b.content().contains("“")) {
                return Optional.of(new Classification(BoilerplateCategory.PUBLISHER_TAGLINE,
                        "short \"X is the …\" statement after the article's last paragraph"));
            }
            if (!SentenceShape.endsLikeSentenceInAnyScript(b.content()) || b.wordCount() < 4) {
                return Optional.of(new Classification(BoilerplateCategory.OTHER,
                        "short line without a sentence ending after the article's last paragraph"));
            }
            if (b.index() > tail) {
                return Optional.of(new Classification(BoilerplateCategory.OTHER,
                        "text apart from the article's body, after furniture that follows its last paragraph"));
            }
        }
        if (b.index() < first && !SentenceShape.endsLikeSentenceInAnyScript(b.content()) && b.size() < PROSE_WORDS) {
            return Optional.of(new Classification(BoilerplateCategory.NAVIGATION,
                    "short line before the article's first paragraph"));
        }
        if (b.index() < lead) {
            return Optional.of(new Classification(BoilerplateCategory.OTHER,
                    "text apart from the article's body, before the furniture that precedes its first paragraph"));
        }
        return Optional.empty();
    }

    /**
     * After the article, three or more lines in a row shaped like headlines (bulleted, or without a sentence
     * ending, a few words to a long title each) are a list of other stories.
     */
    private static void headlineLists(List<Block> blocks, Set<Integer> reserved, Map<Integer, Classification> out,
            int last) {
        int i = Math.max(0, last + 1);
        while (i < blocks.size()) {
            int j = i;
            while (j < blocks.size() && !reserved.contains(j) && headlineLike(blocks.get(j))) {
                j++;
            }
            if (j - i >= 3) {
                for (int k = i; k < j; k++) {
                    Classification c = out.get(k);
                    if (c == null || c.category() == BoilerplateCategory.OTHER
                            || c.category() == BoilerplateCategory.NAVIGATION) {
                        out.put(k, new Classification(BoilerplateCategory.RELATED_LINKS,
                                "list of " + (j - i) + " headline-like lines after the article"));
                    }
                }
            }
            i = Math.max(j, i + 1);
        }
    }

    /** A line shaped like a story's headline: four to thirty words without a sentence ending. */
    static boolean headlineLike(Block b) {
        int w = b.size();
        return w >= 4 && w <= 30 && !SentenceShape.endsLikeSentenceInAnyScript(b.content());
    }

    /** Runs of two or more short bulleted lines: share bars when any names a network, else menus or lists. */
    private void bulletRuns(List<Block> blocks, Set<Integer> reserved, Map<Integer, Classification> out, int first,
            int last) {
        int i = 0;
        while (i < blocks.size()) {
            int j = i;
            while (j < blocks.size() && blocks.get(j).isBullet() && blocks.get(j).wordCount() <= BULLET_WORDS
                    && !reserved.contains(j)) {
                j++;
            }
            if (j - i >= 2) {
                BoilerplateCategory shared = sharedCategory(out, i, j);
                boolean outside = j - 1 < first || i > last;
                if (shared != null || outside) {
                    BoilerplateCategory cat = shared != null ? shared : BoilerplateCategory.NAVIGATION;
                    for (int k = i; k < j; k++) {
                        out.put(k, new Classification(cat, "run of " + (j - i) + " short bulleted lines"
                                + (shared != null ? " with " + cat.id() + " wording" : " outside the article")));
                    }
                }
            }
            i = Math.max(j, i + 1);
        }
    }

    /**
     * The category that at least a third of a run's lines share by their wording (a share bar names several
     * networks), or {@code null}: one "Newsletters" entry does not make a whole menu a newsletter prompt.
     */
    private static BoilerplateCategory sharedCategory(Map<Integer, Classification> out, int from, int to) {
        Map<BoilerplateCategory, Integer> counts = new EnumMap<>(BoilerplateCategory.class); // ties: the first declared
        for (int k = from; k < to; k++) {
            Classification c = out.get(k);
            if (c != null && c.category() != BoilerplateCategory.NAVIGATION
                    && c.category() != BoilerplateCategory.OTHER) {
                counts.merge(c.category(), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().filter(e -> e.getValue() * 3 >= to - from)
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    static boolean isProse(Block b) {
        int w = b.size();
        return ((w >= PROSE_WORDS && SentenceShape.endsLikeSentenceInAnyScript(b.content())) || w >= 2 * PROSE_WORDS)
                && !MachineText.dominates(b.content());
    }
}
