package org.copydesk.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.copydesk.core.ArticleMetadata;
import org.copydesk.core.Attribution;
import org.copydesk.core.BoilerplateCategory;
import org.copydesk.core.Byline;
import org.copydesk.core.BylineKind;
import org.copydesk.core.CreditLine;
import org.copydesk.core.CreditPlacement;
import org.copydesk.core.DateKind;
import org.copydesk.core.DateMention;
import org.copydesk.core.DateValue;
import org.copydesk.core.ExtractedDocument;
import org.copydesk.core.InputProblem;
import org.copydesk.core.Quote;
import org.copydesk.core.QuoteAnalysis;
import org.copydesk.core.Segment;
import org.copydesk.core.SegmentRole;
import org.copydesk.core.SourceIdentity;
import org.copydesk.core.Span;
import org.copydesk.core.SpeakerKind;
import org.copydesk.core.TimeReference;

/**
 * Builds small {@link ExtractedDocument}s for rule tests: parts become segments separated by blank lines, and
 * quotes, dates and credits are placed by the text they cover, so tests read like the article they describe.
 */
final class TestArticle {

    /** Two invented paragraphs of plain, finished copy: together well over 80 words. */
    static final String FIRST = "The Millbrook town council voted on a new budget for the harbour district, "
            + "setting aside money for dredging, a new ferry ramp and repairs to the old fish market roof.";
    static final String SECOND = "Council members debated the plan for more than three hours before the vote. "
            + "Several residents spoke during the public session, most of them in favour of the ferry ramp, "
            + "while two fishermen asked for the market repairs to come first. The council agreed to review "
            + "the schedule in the spring, once the engineers have finished their survey of the harbour wall.";

    private final List<Segment> segments = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private final List<Function<String, Byline>> bylines = new ArrayList<>();
    private final List<CreditLine> creditLines = new ArrayList<>();
    private final List<Function<String, DateMention>> dates = new ArrayList<>();
    private final List<Function<String, DateValue>> candidates = new ArrayList<>();
    private final List<Function<String, Quote>> quotes = new ArrayList<>();
    private final List<Function<String, Attribution>> attributions = new ArrayList<>();
    private final List<String> unbalanced = new ArrayList<>();
    private final List<InputProblem> problems = new ArrayList<>();
    private String headline;
    private Span headlineSpan;
    private DateValue published;
    private DateValue firstPublished;
    private DateValue modified;
    private String language = "en";

    /** An empty article: add parts and metadata. */
    static TestArticle builder() {
        return new TestArticle();
    }

    /** A clean, complete article no rule should fire on; tests add one fault to it. */
    static TestArticle clean() {
        return builder().headline("Council approves harbour budget")
                .credit("By Jane Roe", CreditPlacement.TOP).byline("Jane Roe", BylineKind.PERSON, CreditPlacement.TOP)
                .published(LocalDate.of(2024, 3, 14))
                .paragraph(FIRST).paragraph(SECOND);
    }

    private TestArticle part(SegmentRole role, BoilerplateCategory category, String content) {
        if (text.length() > 0) {
            // The blank line belongs to the previous segment, so segments still partition the text.
            Segment prev = segments.remove(segments.size() - 1);
            segments.add(new Segment(prev.start(), prev.end() + 2, prev.role(), prev.category(), prev.reason(),
                    prev.text() + "\n\n"));
            text.append("\n\n");
        }
        int start = text.length();
        text.append(content);
        segments.add(new Segment(start, text.length(), role, category, category == null ? null : "test", content));
        return this;
    }

    TestArticle headline(String h) {
        headline = h;
        part(SegmentRole.HEADLINE, null, h);
        headlineSpan = segments.get(segments.size() - 1).span();
        return this;
    }

    TestArticle paragraph(String p) {
        return part(SegmentRole.BODY, null, p);
    }

    TestArticle metadataLine(String line) {
        return part(SegmentRole.METADATA, null, line);
    }

    TestArticle boilerplate(BoilerplateCategory category, String p) {
        return part(SegmentRole.BOILERPLATE, category, p);
    }

    /** A visible credit line as its own metadata segment. */
    TestArticle credit(String raw, CreditPlacement placement) {
        part(SegmentRole.METADATA, null, raw);
        creditLines.add(new CreditLine(segments.get(segments.size() - 1).span(), raw, placement));
        return this;
    }

    /** A credited name; visible ones point at the first occurrence of the name in the text. */
    TestArticle byline(String name, BylineKind kind, CreditPlacement placement) {
        bylines.add(t -> new Byline(name, kind, placement,
                placement == CreditPlacement.MARKUP || t.indexOf(name) < 0 ? null : find(t, name)));
        return this;
    }

    TestArticle published(LocalDate day) {
        return published(new DateValue(day, null, null, "json-ld", null));
    }

    TestArticle published(DateValue value) {
        published = value;
        return this;
    }

    /** A publication date candidate from {@code source}; a visible one has its evidence at {@code needle}. */
    TestArticle candidate(String needle, LocalDate day, String source) {
        candidates.add(t -> new DateValue(day, null, null, source, needle == null ? null : find(t, needle)));
        return this;
    }

    /** The original publication of a page presented with a later date. */
    TestArticle firstPublished(DateValue value) {
        firstPublished = value;
        return this;
    }

    TestArticle noPublished() {
        published = null;
        return this;
    }

    TestArticle modified(DateValue value) {
        modified = value;
        return this;
    }

    static DateValue at(LocalDateTime time, ZoneOffset offset) {
        return new DateValue(time.toLocalDate(), time.toLocalTime(), offset, "json-ld", null);
    }

    TestArticle language(String lang) {
        language = lang;
        return this;
    }

    /** A date mention over {@code needle}. */
    TestArticle date(String needle, DateKind kind, LocalDate date, DayOfWeek weekday, TimeReference reference) {
        return mention(needle, kind, date, weekday, true, false, reference);
    }

    TestArticle mention(String needle, DateKind kind, LocalDate date, DayOfWeek weekday, boolean valid,
            boolean ambiguous, TimeReference reference) {
        dates.add(t -> new DateMention(find(t, needle), needle, kind, date, weekday, valid, ambiguous, reference));
        return this;
    }

    /** A direct quote over {@code needle} (marks included), its cue found after it. */
    TestArticle quote(String needle, String speaker, SpeakerKind kind, String cue, String outlet) {
        quotes.add(t -> {
            Span span = find(t, needle);
            Span cueSpan = cue == null ? null : find(t, cue, span.end());
            return new Quote(span, needle.substring(1, needle.length() - 1), speaker, kind, cue, cueSpan, outlet);
        });
        return this;
    }

    /** An attributed statement whose cue clause is {@code needle}. */
    TestArticle attribution(String needle, String verb, String speaker, SpeakerKind kind, boolean direct,
            String outlet) {
        attributions.add(t -> new Attribution(find(t, needle), verb, speaker, kind, direct, outlet));
        return this;
    }

    /** A quotation mark left open: the first character of {@code needle}. */
    TestArticle unbalancedMark(String needle) {
        unbalanced.add(needle);
        return this;
    }

    TestArticle problem(InputProblem.Kind kind, String message) {
        problems.add(new InputProblem(kind, message));
        return this;
    }

    ExtractedDocument build() {
        String t = text.toString();
        ArticleMetadata article = new ArticleMetadata(headline, headlineSpan, null, null,
                bylines.stream().map(f -> f.apply(t)).toList(), creditLines, published, firstPublished, modified,
                candidates.stream().map(f -> f.apply(t)).toList(), language);
        QuoteAnalysis q = new QuoteAnalysis(quotes.stream().map(f -> f.apply(t)).toList(),
                attributions.stream().map(f -> f.apply(t)).toList(),
                unbalanced.stream().map(n -> Span.of(find(t, n).start(), find(t, n).start() + 1)).toList());
        return new ExtractedDocument(new SourceIdentity("test.txt", null, "text/plain", t.length()), t,
                List.copyOf(segments), article, dates.stream().map(f -> f.apply(t)).toList(), q, problems);
    }

    static Span find(String text, String needle) {
        return find(text, needle, 0);
    }

    private static Span find(String text, String needle, int from) {
        int at = text.indexOf(needle, from);
        if (at < 0) {
            at = text.indexOf(needle);
        }
        if (at < 0) {
            throw new IllegalArgumentException("not in the test article: " + needle);
        }
        return Span.of(at, at + needle.length());
    }
}
