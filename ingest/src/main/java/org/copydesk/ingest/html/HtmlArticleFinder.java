package org.copydesk.ingest.html;

import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
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
        ContainerScorer.Choice choice = scorer.choose(page, stats);
        List<PageElement> containers = choice.containers();
        BodyEcho echo = BodyEcho.of(page);
        BodyEcho.Best best = echo == null ? null : echo.bestElement(page);
        boolean echoed = false;
        if (best != null && best.f1() >= ECHO_F1 && best.recall() >= ECHO_F1) {
            if (!isTeaser(page, stats, best, containers)) {
                containers = List.of(best.element());
                echoed = true;
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
        Map<String, Double> signals = new LinkedHashMap<>();
        signals.put("runnerUp", choice.runnerUp());
        signals.put("proseCoverage", choice.coverage());
        signals.put("containers", (double) containers.size());
        signals.put("echoed", echoed ? 1.0 : 0.0);
        signals.put("echoF1", best == null ? 0.0 : best.f1());
        signals.put("withinRemoved", withinRemoved(page, containers, furniture));
        return new Selection(containers, furniture, marked, signals);
    }

    /** The share of the text inside the article's containers (in characters) that was judged furniture. */
    private static double withinRemoved(HtmlPage page, List<PageElement> containers,
            Map<Integer, Classification> furniture) {
        long removed = 0;
        long kept = 0;
        for (PageBlock b : page.blocks()) {
            if (BlockJudge.containerOf(b, containers) != null) {
                if (furniture.containsKey(b.index())) {
                    removed += b.text().length();
                } else {
                    kept += b.text().length();
                }
            }
        }
        return (double) removed / (kept + removed + 1);
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
     * {@code signals} say how clear the choice was, by name, for the body's confidence: {@code runnerUp} (the
     * best competing container's score against the winner's), {@code proseCoverage} (the share of the page's
     * likely prose the article's containers hold), {@code containers} (how many), {@code echoed} (1 when the
     * JSON-LD articleBody located the article), {@code echoF1} (how well the best element echoes it) and
     * {@code withinRemoved} (the share of the containers' text judged furniture).
     */
    public record Selection(List<PageElement> containers, Map<Integer, Classification> furniture,
            Set<Integer> markedMetadata, Map<String, Double> signals) {

        public Selection {
            signals = ImmutableMap.copyOf(signals);
        }
    }
}
