package org.copydesk.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.copydesk.core.Byline;
import org.copydesk.core.CreditLine;
import org.copydesk.core.CreditPlacement;
import org.copydesk.core.DateValue;
import org.copydesk.core.WireAgencies;
import org.copydesk.ingest.boilerplate.BoilerplateClassifier;
import org.copydesk.ingest.boilerplate.PhraseFamilies;
import org.copydesk.ingest.dates.DateParser;
import org.copydesk.ingest.meta.CreditFinder;
import org.copydesk.ingest.meta.DateLineFinder;
import org.copydesk.ingest.meta.HeadlineFinder;
import org.copydesk.ingest.parse.MarkupHints;
import org.copydesk.ingest.text.Block;
import org.copydesk.ingest.text.BlockSplitter;

/**
 * Reads the layout of an extracted text: finds the headline, lifts bylines, date lines and trailing credits
 * into metadata, and classifies the furniture around the article's prose. Markup hints, when the format has
 * them, are trusted before what the text shows (JSON-LD, then visible labelled lines, then meta tags).
 */
final class LayoutReader {

    /** How far past the first paragraph of prose a top byline or date line may stand. */
    private static final int HEAD_REACH = 8;

    private final BoilerplateClassifier classifier;
    private final CreditFinder credits;
    private final HeadlineFinder headlines;
    private final DateLineFinder dateLines = new DateLineFinder();

    LayoutReader(WireAgencies agencies, PhraseFamilies phrases) {
        this.classifier = new BoilerplateClassifier(phrases);
        this.credits = new CreditFinder(agencies);
        this.headlines = new HeadlineFinder(phrases);
    }

    ArticleLayout read(String text, MarkupHints hints) {
        List<Block> blocks = BlockSplitter.split(text);
        Set<Integer> reserved = new HashSet<>();
        Map<Integer, String> metadata = new LinkedHashMap<>();
        int[] range = classifier.proseRange(blocks, reserved);
        int first = range == null ? blocks.size() - 1 : range[0];
        int last = range == null ? blocks.size() - 1 : range[1];

        int headReach = Math.min(last, first + HEAD_REACH);
        List<CreditFinder.Credit> topCredits = credits.bylines(blocks, headReach);
        int articleStart = topCredits.isEmpty() ? first : Math.min(first, topCredits.get(0).block());
        Integer headline = headlines.find(blocks, hints.title(), reserved, articleStart).orElse(null);
        if (headline != null) {
            reserved.add(headline);
        }
        List<CreditLine> creditLines = new ArrayList<>();
        List<Byline> top = new ArrayList<>();
        for (CreditFinder.Credit c : topCredits) {
            if (reserved.add(c.block())) {
                metadata.put(c.block(), "byline line");
                creditLines.add(c.line());
                top.addAll(c.names());
            }
        }
        DateValue published = null;
        DateValue modified = null;
        List<DateValue> candidates = new ArrayList<>();
        Optional<DateValue> markupPublished = markupDate(hints.published(), hints.publishedSource());
        markupPublished.ifPresent(candidates::add);
        for (DateLineFinder.DateLine d : dateLines.find(blocks, first)) {
            if (d.block() > headReach && d.block() < last || !reserved.add(d.block())) {
                continue;
            }
            metadata.put(d.block(), d.kind() == DateLineFinder.Kind.MODIFIED ? "update date line"
                    : "publication date line");
            if (d.kind() == DateLineFinder.Kind.MODIFIED && modified == null) {
                modified = d.value();
            } else if (d.kind() == DateLineFinder.Kind.PUBLISHED && d.value() != null) {
                candidates.add(d.value());
                published = published == null ? d.value() : published;
            }
        }
        range = classifier.proseRange(blocks, reserved);
        last = range == null ? blocks.size() - 1 : range[1];
        List<Byline> trailing = new ArrayList<>();
        for (CreditFinder.Credit c : credits.trailing(blocks, last)) {
            if (reserved.add(c.block())) {
                metadata.put(c.block(), "credit after the article's last paragraph");
                creditLines.add(c.line());
                trailing.addAll(c.names());
            }
        }
        return new ArticleLayout(blocks, headline, metadata, new HashMap<>(classifier.classify(blocks, reserved)),
                bylines(top, trailing, hints), creditLines,
                pick(markupPublished, published), pick(markupDate(hints.modified(), hints.modifiedSource()), modified),
                candidates);
    }

    /** Visible top bylines and markup authors (when they add a name), else the trailing credit. */
    private List<Byline> bylines(List<Byline> top, List<Byline> trailing, MarkupHints hints) {
        Map<String, Byline> out = new LinkedHashMap<>();
        top.forEach(b -> out.putIfAbsent(key(b.name()), b));
        for (String a : hints.authors()) {
            for (Byline b : credits.parser().parse(a, CreditPlacement.MARKUP, null)) {
                out.putIfAbsent(key(b.name()), b);
            }
        }
        if (out.isEmpty()) {
            trailing.forEach(b -> out.putIfAbsent(key(b.name()), b));
        }
        return new ArrayList<>(out.values());
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /** JSON-LD is trusted before a visible line; other markup only when nothing visible was found. */
    private static DateValue pick(Optional<DateValue> markup, DateValue visible) {
        if (markup.isPresent() && (visible == null || "json-ld".equals(markup.get().source()))) {
            return markup.get();
        }
        return visible;
    }

    private static Optional<DateValue> markupDate(String value, String source) {
        if (value == null) {
            return Optional.empty();
        }
        return DateParser.parse(value).filter(p -> p.date() != null)
                .map(p -> new DateValue(p.date(), p.time(), p.time() == null ? null : p.offset(), source, null));
    }
}
