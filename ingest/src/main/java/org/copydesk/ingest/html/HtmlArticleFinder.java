package org.copydesk.ingest.html;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.copydesk.ingest.boilerplate.Classification;
import org.copydesk.ingest.boilerplate.PhraseFamilies;

/**
 * Finds the article in an HTML page: the container that holds its prose (the element that best echoes the
 * JSON-LD articleBody when the page has one, else the Readability-style best-scoring container and the
 * siblings that continue it), then which blocks are furniture and of what kind. Thread-safe.
 */
public final class HtmlArticleFinder {

    /** An articleBody echo at least this good (F1 of trigrams) locates the article. */
    private static final double ECHO_F1 = 0.5;
    /** An articleBody echoed by one element shorter than this, inside a much longer container, is a teaser. */
    private static final int TEASER_CHARS = 600;

    private final AttributeWords hints = AttributeWords.builtIn();
    private final ContainerScorer scorer = new ContainerScorer(hints);
    private final BlockJudge judge;

    public HtmlArticleFinder(PhraseFamilies phrases) {
        this.judge = new BlockJudge(phrases, hints);
    }

    /** The article's containers and the furniture blocks, by block index, with category and reason. */
    public Selection find(HtmlPage page) {
        PageStats stats = new PageStats(page);
        List<PageElement> containers = scorer.choose(page, stats);
        BodyEcho echo = BodyEcho.of(page);
        BodyEcho.Best best = echo == null ? null : echo.bestElement(page);
        if (best != null && best.f1() >= ECHO_F1 && best.recall() >= ECHO_F1) {
            if (!isTeaser(page, stats, best, containers)) {
                containers = List.of(best.element());
            }
        } else {
            echo = null;
        }
        Map<Integer, Classification> furniture = judge.judge(page, stats, containers, echo);
        Set<Integer> marked = new TreeSet<>();
        furniture.forEach((i, c) -> {
            if (c.reason().startsWith(BlockJudge.METADATA_REASON)) {
                marked.add(i);
            }
        });
        return new Selection(containers, furniture, marked);
    }

    /**
     * Whether the articleBody is only the article's opening (a teaser for search engines): it matches one short
     * element inside a scored container that holds several times more text.
     */
    private static boolean isTeaser(HtmlPage page, PageStats stats, BodyEcho.Best best, List<PageElement> containers) {
        int length = page.articleBody().length();
        for (PageElement c : containers) {
            if (best.element().isWithin(c) && stats.chars[best.element().id()] < TEASER_CHARS
                    && length * 3 < stats.chars[c.id()]) {
                return true;
            }
        }
        return false;
    }

    /**
     * The containers the article was found in and the blocks judged to be furniture; furniture that the markup
     * marks as a byline or date element is listed again in {@code markedMetadata}, for the layout to lift.
     */
    public record Selection(List<PageElement> containers, Map<Integer, Classification> furniture,
            Set<Integer> markedMetadata) {
    }
}
