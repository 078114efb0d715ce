package org.copydesk.core;

import com.google.common.collect.ImmutableList;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A document as ingest hands it to the rules: its source, the extracted text and the lossless partition of
 * that text into segments, the article metadata, the date mentions and quotes found in the body, and any
 * problem with the input itself; once a run's documents are compared, its {@link Provenance} among them.
 */
public record ExtractedDocument(SourceIdentity source, String text, List<Segment> segments, ArticleMetadata article,
        List<DateMention> dates, QuoteAnalysis quotes, List<InputProblem> problems, Confidence confidence,
        Provenance provenance) implements Serializable {

    public ExtractedDocument {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(quotes, "quotes");
        Objects.requireNonNull(confidence, "confidence");
        Objects.requireNonNull(provenance, "provenance");
        segments = ImmutableList.copyOf(segments);
        dates = ImmutableList.copyOf(dates);
        problems = ImmutableList.copyOf(problems);
        checkPartition(text, segments);
    }

    /** A document whose confidence is not (yet) estimated. */
    public ExtractedDocument(SourceIdentity source, String text, List<Segment> segments, ArticleMetadata article,
            List<DateMention> dates, QuoteAnalysis quotes, List<InputProblem> problems) {
        this(source, text, segments, article, dates, quotes, problems, Confidence.unknown(), Provenance.NONE);
    }

    /** A document not (yet) compared with others. */
    public ExtractedDocument(SourceIdentity source, String text, List<Segment> segments, ArticleMetadata article,
            List<DateMention> dates, QuoteAnalysis quotes, List<InputProblem> problems, Confidence confidence) {
        this(source, text, segments, article, dates, quotes, problems, confidence, Provenance.NONE);
    }

    /** The same document with its fields' confidence estimated. */
    public ExtractedDocument withConfidence(Confidence estimated) {
        return new ExtractedDocument(source, text, segments, article, dates, quotes, problems, estimated,
                provenance);
    }

    /** The same document with what the run's corpus pass found about it. */
    public ExtractedDocument withProvenance(Provenance found) {
        return new ExtractedDocument(source, text, segments, article, dates, quotes, problems, confidence, found);
    }

    /** A document that could not be read: no text, one problem saying why. */
    public static ExtractedDocument unreadable(SourceIdentity source, InputProblem problem) {
        return new ExtractedDocument(source, "", List.of(), ArticleMetadata.empty(), List.of(), QuoteAnalysis.none(),
                List.of(problem));
    }

    private static void checkPartition(String text, List<Segment> segments) {
        int at = 0;
        for (Segment s : segments) {
            if (s.start() != at) {
                throw new IllegalArgumentException("segments leave a gap or overlap at offset " + at);
            }
            at = s.end();
        }
        if (at != text.length()) {
            throw new IllegalArgumentException("segments end at " + at + " but the text has " + text.length());
        }
    }

    /** Body segments in order: the article's paragraphs and subheadings. */
    public List<Segment> bodySegments() {
        return segments.stream().filter(s -> s.role() == SegmentRole.BODY).collect(ImmutableList.toImmutableList());
    }

    /** The clean article text: body segments' contents, paragraphs separated by blank lines. */
    public String body() {
        return bodySegments().stream().map(Segment::content).filter(c -> !c.isEmpty())
                .collect(Collectors.joining("\n\n"));
    }

    public LineIndex lineIndex() {
        return new LineIndex(text);
    }

    public boolean hasProblem(InputProblem.Kind kind) {
        return problems.stream().anyMatch(p -> p.kind() == kind);
    }
}
