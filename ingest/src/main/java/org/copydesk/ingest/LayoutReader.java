package org.copydesk.ingest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.copydesk.core.Byline;
import org.copydesk.core.CreditLine;
import org.copydesk.core.DateValue;
import org.copydesk.core.WireAgencies;
import org.copydesk.ingest.boilerplate.BoilerplateClassifier;
import org.copydesk.ingest.boilerplate.Classification;
import org.copydesk.ingest.boilerplate.PhraseFamilies;
import org.copydesk.ingest.boilerplate.PhraseHits;
import org.copydesk.ingest.html.HeadlinePicker;
import org.copydesk.ingest.html.HtmlArticleFinder;
import org.copydesk.ingest.html.HtmlPage;
import org.copydesk.ingest.markup.ArticleDates;
import org.copydesk.ingest.markup.MarkupCredits;
import org.copydesk.ingest.markup.MarkupMetadata;
import org.copydesk.ingest.markup.TextDates;
import org.copydesk.ingest.meta.CreditFinder;
import org.copydesk.ingest.meta.HeadlineFinder;
import org.copydesk.ingest.meta.PublicationLineFinder;
import org.copydesk.ingest.text.Block;
import org.copydesk.ingest.text.BlockSplitter;
import org.copydesk.ingest.timing.Stage;
import org.copydesk.ingest.timing.StageClock;

/**
 * Reads the layout of an extracted text: finds the headline, lifts bylines, date lines and trailing credits
 * into metadata, and classifies the furniture around the article's prose (for HTML pages, takes the furniture
 * the page's structure showed). What the markup says, when the format has markup, is combined with what the
 * text shows by {@link ArticleDates} and {@link MarkupCredits}.
 */
final class LayoutReader {

    /** How far past the first paragraph of prose a top byline or date line may stand. */
    private static final int HEAD_REACH = 8;
    /** On an HTML page without a headline, how many blocks above the first paragraph may hold its byline. */
    private static final int HTML_HEAD_BEFORE = 12;
    /** On an HTML page, how many blocks just above the headline may hold its date line. */
    private static final int HTML_DATE_ABOVE = 2;
    /** On an HTML page, how many blocks after the last paragraph may hold its closing credit. */
    private static final int HTML_TAIL_AFTER = 4;

    private final BoilerplateClassifier classifier;
    private final CreditFinder credits;
    private final MarkupCredits markupCredits;
    private final HeadlineFinder headlines;
    private final PublicationLineFinder dateLines;
    private final ArticleDates articleDates;
    private final TextDates textDates;

    /**
     * A reader of text in {@code phrases.languages()} that judges the article's dates as of {@code referenceTime}
     * ({@link ArticleDates}).
     */
    LayoutReader(WireAgencies agencies, PhraseFamilies phrases, Instant referenceTime) {
        this.classifier = new BoilerplateClassifier(phrases);
        this.articleDates = new ArticleDates(referenceTime);
        this.credits = new CreditFinder(agencies, phrases.languages());
        this.dateLines = PublicationLineFinder.of(phrases.languages());
        this.textDates = new TextDates(phrases.languages());
        this.markupCredits = new MarkupCredits(credits.parser());
        this.headlines = new HeadlineFinder(phrases);
    }

    /**
     * The layout of a text without structure: its blocks, the prose among them, the furniture around it and the
     * metadata lines beside it. {@code clock} is lapped as the work turns from the layout to the metadata and
     * back; the caller laps the last part (the dates chosen) as metadata.
     */
    ArticleLayout read(String text, MarkupMetadata hints, StageClock clock) {
        List<Block> blocks = BlockSplitter.split(text);
        PhraseHits hits = classifier.hits(blocks);
        Lifted lifted = new Lifted(hints);
        int[] range = classifier.proseRange(blocks, lifted.reserved, hits);
        int first = range == null ? blocks.size() - 1 : range[0];
        int last = range == null ? blocks.size() - 1 : range[1];
        clock.lap(Stage.LAYOUT);

        int headReach = Math.min(last, first + HEAD_REACH);
        List<CreditFinder.Credit> topCredits = credits.bylines(blocks, headReach);
        int articleStart = topCredits.isEmpty() ? first : Math.min(first, topCredits.get(0).block());
        // Date lines first, so that a "Published: …" line under the headline is never taken for it.
        for (PublicationLineFinder.DateLine d : dateLines.find(blocks, first)) {
            if (!(d.block() > headReach && d.block() < last)) {
                lifted.dateLine(d, d.block() <= headReach);
            }
        }
        Integer headline = headlines.find(blocks, hints.title(), lifted.reserved, articleStart).orElse(null);
        if (headline != null) {
            lifted.reserved.add(headline);
        }
        lifted.topCredits(topCredits);
        clock.lap(Stage.METADATA);
        range = classifier.proseRange(blocks, lifted.reserved, hits);
        last = range == null ? blocks.size() - 1 : range[1];
        clock.lap(Stage.LAYOUT);
        lifted.trailingCredits(credits.trailing(blocks, last));
        clock.lap(Stage.METADATA);
        Map<Integer, Classification> furniture = new HashMap<>(classifier.classify(blocks, lifted.reserved, hits));
        clock.lap(Stage.LAYOUT);
        return layout(text, blocks, headline, first, lifted, furniture);
    }

    /**
     * The layout of an HTML page whose article and furniture were found from its structure: the headline is
     * the heading that repeats the markup title, bylines and date lines are looked for between it and the
     * first paragraphs, trailing credits just after the last one.
     */
    ArticleLayout readHtml(HtmlPage page, HtmlArticleFinder.Selection selection) {
        List<Block> blocks = page.textBlocks();
        Lifted lifted = new Lifted(page.metadata());
        Map<Integer, Classification> furniture = new HashMap<>(selection.furniture());
        List<Integer> body = new ArrayList<>();
        for (Block b : blocks) {
            if (!furniture.containsKey(b.index())) {
                body.add(b.index());
            }
        }
        int first = body.isEmpty() ? blocks.size() : body.get(0);
        int last = body.isEmpty() ? blocks.size() - 1 : body.get(body.size() - 1);
        Integer headline = HeadlinePicker.find(page, page.metadata().title(), first).orElse(null);
        if (headline != null) {
            lifted.reserved.add(headline);
        }
        int headFrom = headline != null && headline < first ? headline + 1 : Math.max(0, first - HTML_HEAD_BEFORE);
        int headTo = Math.min(last, body.isEmpty() ? blocks.size() - 1
                : body.get(Math.min(body.size() - 1, HEAD_REACH)));
        List<Block> head = headFrom <= headTo ? blocks.subList(headFrom, headTo + 1) : List.of();
        lifted.topCredits(credits.bylines(head, headTo));
        dateLines.find(head, headTo).forEach(d -> lifted.dateLine(d, true));
        if (headline != null) {
            // many pages show the date just above the headline, beside the section name
            List<Block> above = blocks.subList(Math.max(0, headline - HTML_DATE_ABOVE), headline);
            dateLines.find(above, headline).forEach(d -> lifted.dateLine(d, true));
        }
        lifted.trailingCredits(credits.trailing(blocks.subList(Math.min(blocks.size(), last + 1),
                Math.min(blocks.size(), last + 1 + HTML_TAIL_AFTER)), last));
        for (int i : selection.markedMetadata()) {
            if (lifted.reserved.add(i)) {
                lifted.metadata.put(i, "byline or date element in the markup");
            }
        }
        lifted.reserved.forEach(furniture::remove);
        return layout(page.text(), blocks, headline, first, lifted, furniture);
    }

    /**
     * The layout with its dates chosen; {@code first} is the first paragraph's block, from which (or from the
     * headline's) the dates named in the text are searched when nothing else dates the article.
     */
    private ArticleLayout layout(String text, List<Block> blocks, Integer headline, int first, Lifted l,
            Map<Integer, Classification> furniture) {
        l.shown.sort(Comparator.comparingInt(v -> v.span().start())); // byline and date lines in page order
        int firstBody = Math.min(first, Math.max(0, blocks.size() - 1));
        int anchor = headline != null && headline < firstBody ? headline : firstBody;
        ArticleDates.Chosen dates = articleDates.choose(l.hints, l.shown, l.visiblePublished, l.visibleModified,
                () -> textDates.find(text, blocks, l.metadata.keySet(), anchor, firstBody,
                        articleDates.lastPlausibleDay()));
        return new ArticleLayout(blocks, headline, l.metadata, furniture,
                markupCredits.combine(l.top, l.trailing, l.hints), l.creditLines,
                dates.published(), dates.firstPublished(), dates.modified(), dates.publishedCandidates(),
                dates.rejected());
    }

    /** What the layout lifts out of the blocks into metadata, gathered the same way for text and HTML. */
    private static final class Lifted {
        final MarkupMetadata hints;
        final Set<Integer> reserved = new HashSet<>();
        final Map<Integer, String> metadata = new LinkedHashMap<>();
        final List<CreditLine> creditLines = new ArrayList<>();
        final List<Byline> top = new ArrayList<>();
        final List<Byline> trailing = new ArrayList<>();
        final List<DateValue> visiblePublished = new ArrayList<>();
        final List<DateValue> visibleModified = new ArrayList<>();
        /** Dates shown in the article's header, publication and update lines alike, in page order. */
        final List<DateValue> shown = new ArrayList<>();
        final Set<Integer> dateBlocks = new HashSet<>();

        Lifted(MarkupMetadata hints) {
            this.hints = hints;
        }

        void topCredits(List<CreditFinder.Credit> credits) {
            for (CreditFinder.Credit c : credits) {
                if (reserved.add(c.block())) {
                    metadata.put(c.block(), "byline line");
                    creditLines.add(c.line());
                    top.addAll(c.names());
                    PublicationLineFinder.inCredit(c.line()).ifPresent(shown::add);
                } else if (dateBlocks.contains(c.block())) {
                    creditLines.add(c.line()); // a date line that names the author: "3 May 2021 | Jane Roe"
                    top.addAll(c.names());
                }
            }
        }

        void dateLine(PublicationLineFinder.DateLine d, boolean inHead) {
            // a line may give two dates ("Updated … / Published …"): the block is reserved once for both
            if (!reserved.add(d.block()) && !dateBlocks.contains(d.block())) {
                return;
            }
            dateBlocks.add(d.block());
            if (inHead && d.value() != null) {
                shown.add(d.value());
            }
            metadata.putIfAbsent(d.block(), d.kind() == PublicationLineFinder.Kind.MODIFIED ? "update date line"
                    : "publication date line");
            if (d.kind() == PublicationLineFinder.Kind.MODIFIED && d.value() != null) {
                visibleModified.add(d.value());
            } else if (d.kind() == PublicationLineFinder.Kind.PUBLISHED && d.value() != null) {
                visiblePublished.add(d.value());
            }
        }

        void trailingCredits(List<CreditFinder.Credit> credits) {
            for (CreditFinder.Credit c : credits) {
                if (reserved.add(c.block())) {
                    metadata.put(c.block(), "credit after the article's last paragraph");
                    creditLines.add(c.line());
                    trailing.addAll(c.names());
                }
            }
        }
    }
}
