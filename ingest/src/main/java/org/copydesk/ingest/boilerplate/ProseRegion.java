package org.copydesk.ingest.boilerplate;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.copydesk.ingest.text.Block;
import org.copydesk.ingest.text.DataLine;
import org.copydesk.ingest.text.MachineText;
import org.copydesk.ingest.text.SentenceShape;
import org.copydesk.ingest.text.TextSize;

/**
 * Finds the article's body in a text without markup (a page dump with its menus, teasers and footers): the
 * stretch of blocks where prose outweighs furniture most. Every paragraph of prose counts for its size in words;
 * every line shaped like furniture (a short line without a sentence ending, a bulleted title, a line that
 * repeats elsewhere on the page, a line with furniture wording) counts against. The best-scoring stretch is the
 * body, so that a teaser's paragraph or a footer's legal text far from it, past a menu or a list of other
 * headlines, is not taken for the article's first or last paragraph; a short gap inside the article (a
 * sub-heading, a caption) costs less than the paragraphs around it bring, so the body is never cut there.
 */
final class ProseRegion {

    /** What a line costs, in words of prose, when its shape or wording says furniture (bullet, menu wording). */
    static final int LINE_COST = 6;
    /**
     * What a line of a few words without a sentence ending costs when nothing else marks it: a sub-heading, a
     * caption, an item of a list, a line of a table or of code inside an article costs little, so that such a
     * stretch does not cut the body.
     */
    static final int PLAIN_LINE_COST = 2;
    /** How many blocks may stand between the article's opening paragraph and the rest of its body. */
    private static final int HEAD_GAP = 6;
    /** Bulleted items a list needs to be read as an article made of a list. */
    private static final int LIST_ITEMS = 10;
    /** The words a list's items need on average to be read as an article made of a list. */
    private static final int LIST_ITEM_WORDS = 5;
    /** How many times the prose of the best stretch of paragraphs a list's words must outweigh to be the article. */
    private static final int LIST_OVER_PROSE = 3;
    /**
     * Below this many words of prose in its best stretch a page has no article of paragraphs, and a long list may be
     * the article; a page with one is an article followed by lists of other stories, however long.
     */
    private static final int LIST_PROSE_MAX = 100;
    /** A slideshow's item counter at the start of a line: "3/50 The pier at dawn". */
    private static final Pattern SLIDE_COUNTER = Pattern.compile("(\\d{1,3})\\s?/\\s?(\\d{1,3})(?!\\d|/)");
    /** Counted items, out of the same total, that make a slideshow. */
    private static final int SLIDES = 4;
    /** Items numbered 1, 2, 3, … in a row that make an ordered list. */
    private static final int ORDERED_ITEMS = 3;
    /** How lines of source code end and a form's fields do not: a statement, an argument list, an open block. */
    private static final String CODE_ENDINGS = ",;({)";
    /** An identifier joined by an underscore ("mean_entries"), which writers' words never are. */
    private static final Pattern IDENTIFIER = Pattern.compile("\\p{L}_\\p{L}");
    /** The cost of the furniture that sets a slideshow apart from the text above it (eight lines of menu wording). */
    private static final double SLIDES_APART = 8 * 2 * LINE_COST;
    /** Lines shorter than this, without a sentence ending, are menu entries and labels rather than titles. */
    private static final int MENU_WORDS = 4;
    /** Blocks before the first paragraph that may still be its standfirst, and after the last its end. */
    private static final int EDGE_BLOCKS = 3;
    /** Lines with the marks of code a run needs, a third of its lines at least, to be read as a block of code. */
    private static final int CODE_LINES = 3;
    /** Words a line without a sentence ending needs to be read as a line of running text in a run of such lines. */
    private static final int LINE_TEXT_WORDS = 8;
    /** Lines of running text without sentence endings that a run needs before they are read as the article. */
    private static final int LINE_TEXT_RUN = 6;
    /** A numbered item ("1.", "2)"): a ranking or a list of other articles, not a line of running text. */
    private static final Pattern NUMBERED = Pattern.compile("\\d{1,3}[.)]\\s");

    private ProseRegion() {
    }

    /** Indexes of the first and last prose block of the body, or {@code null} when the text has no prose. */
    static int[] find(List<Block> blocks, Set<Integer> reserved, PhraseHits hits) {
        double[] w = weights(blocks, reserved, hits);
        int bestFrom = -1;
        int bestTo = -1;
        double best = 0;
        int from = 0;
        double sum = 0;
        for (int i = 0; i < blocks.size(); i++) {
            if (sum <= 0) {
                from = i;
                sum = 0;
            }
            sum += w[i];
            if (sum > best) {
                best = sum;
                bestFrom = from;
                bestTo = i;
            }
        }
        if (bestFrom < 0) {
            return orList(null, 0, blocks, reserved, hits);
        }
        int[] kept = ArticleParts.strongest(w, ArticleParts.endings(blocks, hits), bestFrom, bestTo);
        bestFrom = kept[0];
        bestTo = kept[1];
        int first = -1;
        int last = -1;
        for (int i = bestFrom; i <= bestTo; i++) {
            if (w[i] > 0) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (first > 0) {
            first = openingAbove(blocks, reserved, hits, first);
        }
        int[] prose = first < 0 || !anyProse(blocks, reserved, hits, first, last) ? null : new int[] {first, last};
        double proseMass = 0;
        for (int i = prose == null ? 0 : prose[0]; prose != null && i <= prose[1]; i++) {
            proseMass += Math.max(0, w[i]);
        }
        return orList(prose, proseMass, blocks, reserved, hits);
    }

    /**
     * The page's longest list instead of the stretch of prose {@code prose} (which may be {@code null}) when that
     * stretch has less than {@link #LIST_PROSE_MAX} words of prose and the list at least {@link #LIST_OVER_PROSE}
     * times as many words: a page of release notes or of steps is made of its list.
     */
    private static int[] orList(int[] prose, double proseMass, List<Block> blocks, Set<Integer> reserved,
            PhraseHits hits) {
        if (proseMass >= LIST_PROSE_MAX) {
            return prose;
        }
        int[] list = listArticle(blocks, reserved, hits);
        return list != null && list[2] >= LIST_OVER_PROSE * proseMass ? new int[] {list[0], list[1]} : prose;
    }

    /**
     * The longest list of the page when it may be the article itself (release notes, a list of steps or of
     * changes): {@link #LIST_ITEMS} or more bulleted items in a row, with nothing but reserved lines between them,
     * half of them at least {@link #MENU_WORDS} words long and {@link #LIST_ITEM_WORDS} words on average, none
     * repeated elsewhere on the page and few with furniture wording. A menu's entries are a word or two; a share
     * bar's name networks. Returns the first and last block and the list's size in words, or {@code null}.
     */
    private static int[] listArticle(List<Block> blocks, Set<Integer> reserved, PhraseHits hits) {
        Map<String, Integer> seen = lineCounts(blocks);
        int[] best = null;
        int i = 0;
        while (i < blocks.size()) {
            int j = i;
            int items = 0;
            int words = 0;
            int longItems = 0;
            int furniture = 0;
            while (j < blocks.size() && (reserved.contains(j) || blocks.get(j).isBullet())) {
                Block b = blocks.get(j);
                if (!reserved.contains(j)) {
                    items++;
                    words += b.size();
                    longItems += b.size() >= MENU_WORDS ? 1 : 0;
                    furniture += seen.getOrDefault(key(b), 0) > 1 || hits.of(b).isPresent() ? 1 : 0;
                }
                j++;
            }
            if (items >= LIST_ITEMS && longItems * 2 >= items && words >= LIST_ITEM_WORDS * items
                    && furniture * 10 <= items && (best == null || words > best[2])) {
                best = new int[] {i, j - 1, words};
            }
            i = Math.max(j, i + 1);
        }
        return best;
    }

    /**
     * The article's opening paragraph when a few lines (a byline, a share bar, a date line) cut it off from the
     * rest of the body: a paragraph of prose at most {@link #HEAD_GAP} blocks (besides byline and date lines)
     * above {@code first}, else
     * {@code first}.
     */
    private static int openingAbove(List<Block> blocks, Set<Integer> reserved, PhraseHits hits, int first) {
        int between = 0; // lines already read as byline or date lines do not count: they belong to the article
        for (int i = first - 1; i >= 0 && between <= HEAD_GAP; i--) {
            if (reserved.contains(i)) {
                continue;
            }
            if (prose(blocks.get(i), hits)) {
                return i;
            }
            between++;
        }
        return first;
    }

    private static boolean anyProse(List<Block> blocks, Set<Integer> reserved, PhraseHits hits, int from,
            int to) {
        for (int i = from; i <= to; i++) {
            if (!reserved.contains(i) && prose(blocks.get(i), hits)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first block of the article's opening: walking up from its first paragraph over lines shaped like a
     * standfirst (sentences, not bulleted, no furniture wording) and over reserved lines (byline, date line),
     * at most a few.
     */
    static int leadStart(List<Block> blocks, Set<Integer> reserved, PhraseHits hits, int first) {
        int start = first;
        int taken = 0;
        for (int i = first - 1; i >= 0 && taken < EDGE_BLOCKS; i--) {
            if (reserved.contains(i)) {
                continue;
            }
            Block b = blocks.get(i);
            if (!sentenceLike(b, hits)) {
                break;
            }
            start = i;
            taken++;
        }
        return start;
    }

    /**
     * The last block of the article's ending: walking down from its last paragraph over short paragraphs (a
     * closing sentence, a paragraph cut off by a paywall), at most a few, up to the first line of furniture.
     */
    static int tailEnd(List<Block> blocks, Set<Integer> reserved, PhraseHits hits, int last) {
        int end = last;
        int taken = 0;
        for (int i = last + 1; i < blocks.size() && taken < EDGE_BLOCKS; i++) {
            if (reserved.contains(i)) {
                continue;
            }
            Block b = blocks.get(i);
            Optional<PhraseFamilies.Hit> hit = b.size() <= 30 ? hits.of(b) : Optional.empty();
            if (hit.isPresent() && ArticleParts.ENDING.contains(hit.get().category())) {
                break; // the comments or the legal footer begin: what follows is not the article's end
            }
            if (hit.isPresent()) {
                continue; // an advertisement label or a share prompt between the last paragraphs
            }
            if (!sentenceLike(b, hits) && !(b.size() >= 20 && !b.isBullet() && hits.of(b).isEmpty())) {
                break;
            }
            end = i;
            taken++;
        }
        return end;
    }

    private static boolean sentenceLike(Block b, PhraseHits hits) {
        return !b.isBullet() && b.wordCount() >= 4 && SentenceShape.endsLikeSentenceInAnyScript(b.content())
                && hits.of(b).isEmpty();
    }

    static boolean prose(Block b, PhraseHits hits) {
        return !b.isBullet() && !DataLine.isLinkList(b) && BoilerplateClassifier.isProse(b) && hits.of(b).isEmpty();
    }

    /**
     * Every block's weight; reserved blocks (byline, date lines) weigh nothing, and so does every line of a run of
     * code, formulas or a drawn table: its lines are short and often repeat ("SELECT", "FROM"), yet they stand
     * inside the article.
     */
    private static double[] weights(List<Block> blocks, Set<Integer> reserved, PhraseHits hits) {
        Map<String, Integer> seen = lineCounts(blocks);
        double[] w = new double[blocks.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = reserved.contains(i) ? 0 : weight(blocks.get(i), hits, seen);
        }
        int i = 0;
        while (i < w.length) {
            int j = i;
            int code = 0;
            while (j < w.length && w[j] <= 0 && !blocks.get(j).isBullet()) {
                code += DataLine.isCode(blocks.get(j)) || codeShaped(blocks.get(j)) ? 1 : 0;
                j++;
            }
            if (code >= CODE_LINES && code * 3 >= j - i) {
                for (int k = i; k < j; k++) {
                    if (hits.of(blocks.get(k)).isEmpty()) {
                        w[k] = 0;
                    }
                }
            }
            i = Math.max(j, i + 1);
        }
        lineTextRuns(blocks, reserved, hits, seen, w);
        slideshows(blocks, w);
        orderedLists(blocks, hits, w);
        return w;
    }

    /**
     * Lowers to {@link #PLAIN_LINE_COST} the cost of the short items of an ordered list: {@link #ORDERED_ITEMS} or
     * more lines in a row numbered 1, 2, 3, … ("1. Finland", "2. Norway"), a ranking or a list of steps inside the
     * article. Counted one by one they weighed like a menu and cut the article's last paragraphs off; a menu's
     * entries are not counted, and a list of other stories' titles (four words or more) costs no more than this.
     */
    private static void orderedLists(List<Block> blocks, PhraseHits hits, double[] w) {
        int i = 0;
        while (i < w.length) {
            int j = i;
            while (j < w.length && number(blocks.get(j)) == j - i + 1) {
                j++;
            }
            if (j - i >= ORDERED_ITEMS) {
                for (int k = i; k < j; k++) {
                    if (w[k] < -PLAIN_LINE_COST && hits.of(blocks.get(k)).isEmpty()) {
                        w[k] = -PLAIN_LINE_COST;
                    }
                }
            }
            i = Math.max(j, i + 1);
        }
    }

    /**
     * Whether a line is shaped like a line of a program's source, counted only inside a run of lines that weigh
     * nothing or less: it ends as statements and argument lists do ("AS (", "status_code,", "count(*)", "x;"), or
     * it names something with an underscore between letters ("mean_entries"). Menus and headlines do neither, and a
     * form's fields ("Name: [ ]") end in a bracket, which is not counted.
     */
    private static boolean codeShaped(Block b) {
        String c = b.content();
        return CODE_ENDINGS.indexOf(c.charAt(c.length() - 1)) >= 0 || IDENTIFIER.matcher(c).find();
    }

    /** The number an ordered list's item opens with ("3. Australia" is 3), or -1. */
    private static int number(Block b) {
        java.util.regex.Matcher m = NUMBERED.matcher(b.content());
        if (!m.lookingAt()) {
            return -1;
        }
        String c = b.content();
        int end = 0;
        while (end < c.length() && Character.isDigit(c.charAt(end))) {
            end++;
        }
        return Integer.parseInt(c.substring(0, end));
    }

    /**
     * Takes away the weight of a slideshow's captions: items counted "1/50", "2/50", … ({@link #SLIDE_COUNTER}), at
     * least {@link #SLIDES} of them out of the same total in increasing order, each with its caption. A gallery of
     * fifty captioned pictures weighs more than most articles, yet it is set beside them (other news in pictures);
     * neutral, it neither wins over the article nor cuts it. The captions after the last counter reach as far as the
     * items did on average. A slideshow that follows the text or its headline closely keeps its weight (an article
     * told in slides, or a gallery at its head); only one set apart from the text above by a stretch of furniture
     * costing {@link #SLIDES_APART} or more (its thumbnails, a heading, menus) loses it, and only when the page has
     * {@link #LIST_PROSE_MAX} words of prose besides.
     */
    private static void slideshows(List<Block> blocks, double[] w) {
        Map<Integer, List<Integer>> byTotal = new HashMap<>(); // total -> block indexes of its counters, in order
        Map<Integer, Integer> lastNumber = new HashMap<>();
        for (Block b : blocks) {
            java.util.regex.Matcher m = SLIDE_COUNTER.matcher(b.unbulleted());
            if (!m.lookingAt()) {
                continue;
            }
            int n = Integer.parseInt(m.group(1));
            int total = Integer.parseInt(m.group(2));
            if (n >= 1 && n <= total && total >= SLIDES && n > lastNumber.getOrDefault(total, 0)) {
                byTotal.computeIfAbsent(total, k -> new java.util.ArrayList<>()).add(b.index());
                lastNumber.put(total, n);
            }
        }
        for (List<Integer> counters : byTotal.values()) {
            if (counters.size() < SLIDES) {
                continue;
            }
            int from = counters.get(0);
            int last = counters.get(counters.size() - 1);
            int to = Math.min(w.length - 1, last + (last - from) / (counters.size() - 1) - 1);
            double inside = 0;
            double outside = 0;
            for (int i = 0; i < w.length; i++) {
                if (i >= from && i <= to) {
                    inside += Math.max(0, w[i]);
                } else {
                    outside += Math.max(0, w[i]);
                }
            }
            double apart = 0; // the furniture between the slideshow and the text above it
            for (int i = from - 1; i >= 0 && w[i] <= 0; i--) {
                apart += w[i];
            }
            if (inside > 0 && outside >= LIST_PROSE_MAX && apart <= -SLIDES_APART) {
                for (int i = from; i <= to; i++) {
                    w[i] = Math.min(0, w[i]);
                }
            }
        }
    }

    /**
     * Gives weight to runs of lines written one sentence to a line without its ending mark (a blog's lines under
     * its photographs, a poem, captions in a script that often drops the full stop): four or more such lines of
     * at least {@link #LINE_TEXT_WORDS} words each, not bulleted, not repeated and without furniture wording, with
     * nothing between them but short sentences, pictures' names, figures or reserved lines. Each then weighs half its size, as a
     * short sentence does. A list of other articles' titles stays furniture: its items are bulleted, or a bullet
     * or a short label stands between them.
     */
    private static void lineTextRuns(List<Block> blocks, Set<Integer> reserved, PhraseHits hits,
            Map<String, Integer> seen, double[] w) {
        int i = 0;
        while (i < w.length) {
            int j = i;
            int lines = 0;
            while (j < w.length) {
                Block b = blocks.get(j);
                if (lineText(b, hits, seen) && !reserved.contains(j)) {
                    lines++;
                } else if (!(reserved.contains(j) || (!b.isBullet() && b.size() < 20 && w[j] >= 0))) {
                    break;
                }
                j++;
            }
            if (lines >= LINE_TEXT_RUN) {
                for (int k = i; k < j; k++) {
                    if (!reserved.contains(k) && lineText(blocks.get(k), hits, seen)) {
                        w[k] = blocks.get(k).size() / 2.0;
                    }
                }
            }
            i = Math.max(j, i + 1);
        }
    }

    private static boolean lineText(Block b, PhraseHits hits, Map<String, Integer> seen) {
        int size = b.size();
        return !b.isBullet() && size >= LINE_TEXT_WORDS && TextSize.mostlyUnspaced(b.content())
                && !NUMBERED.matcher(b.content()).lookingAt()
                && !BoilerplateClassifier.isProse(b)
                && !SentenceShape.endsLikeSentenceInAnyScript(b.content())
                && !(size < 20 && seen.getOrDefault(key(b), 0) > 1)
                && hits.of(b).isEmpty() && !MachineText.dominates(b.content())
                && !DataLine.is(b);
    }

    private static double weight(Block b, PhraseHits hits, Map<String, Integer> seen) {
        int size = b.size();
        boolean sentence = SentenceShape.endsLikeSentenceInAnyScript(b.content());
        boolean repeated = size < 20 && seen.getOrDefault(key(b), 0) > 1;
        boolean phrase = hits.of(b).isPresent();
        if (phrase) {
            return size <= 30 ? -2 * LINE_COST : 0;
        }
        if (DataLine.isLinkList(b)) {
            return -LINE_COST; // a text browser's list of the page's feeds and language versions, at its top
        }
        if (MachineText.dominates(b.content())) {
            return 0; // a formula or a frame's address: neither prose nor a sign that the article has ended
        }
        if (size < 20 && DataLine.is(b)) {
            return 0; // a chart's figure, a picture's placeholder, a line of code: the article may go on after it
        }
        if (repeated) {
            return -2 * LINE_COST;
        }
        if (b.isBullet() && BoilerplateClassifier.isProse(b)) {
            return sentence ? size / 2.0 : 0;
        }
        if (!b.isBullet() && BoilerplateClassifier.isProse(b)) {
            return size;
        }
        if (sentence && b.wordCount() >= 4) {
            return size / 2.0;
        }
        if (size < MENU_WORDS) {
            return -LINE_COST;
        }
        return size >= 20 ? 0 : -PLAIN_LINE_COST;
    }

    private static Map<String, Integer> lineCounts(List<Block> blocks) {
        Map<String, Integer> m = new HashMap<>();
        for (Block b : blocks) {
            m.merge(key(b), 1, Integer::sum);
        }
        return m;
    }

    private static String key(Block b) {
        return b.unbulleted().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
