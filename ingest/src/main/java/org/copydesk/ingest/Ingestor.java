package org.copydesk.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.copydesk.core.ArticleMetadata;
import org.copydesk.core.BoilerplateCategory;
import org.copydesk.core.DateMention;
import org.copydesk.core.ExtractedDocument;
import org.copydesk.core.Hashes;
import org.copydesk.core.InputProblem;
import org.copydesk.core.QuoteAnalysis;
import org.copydesk.core.Segment;
import org.copydesk.core.SegmentRole;
import org.copydesk.core.SourceIdentity;
import org.copydesk.core.Span;
import org.copydesk.core.WireAgencies;
import org.copydesk.ingest.boilerplate.Classification;
import org.copydesk.ingest.boilerplate.PhraseFamilies;
import org.copydesk.ingest.dates.DateMentionFinder;
import org.copydesk.ingest.html.HtmlArticleFinder;
import org.copydesk.ingest.html.HtmlPage;
import org.copydesk.ingest.html.HtmlPageReader;
import org.copydesk.ingest.meta.DatelineFinder;
import org.copydesk.ingest.meta.LanguageGuesser;
import org.copydesk.ingest.parse.MarkupHints;
import org.copydesk.ingest.parse.ParsedText;
import org.copydesk.ingest.parse.TikaReader;
import org.copydesk.ingest.quotes.QuoteReader;
import org.copydesk.ingest.text.Block;

/**
 * Bytes in, {@link ExtractedDocument} out: parses with Tika, partitions the text into headline, body,
 * metadata and furniture segments, reads the article metadata, and finds the date mentions and quotes of the
 * body. A document that cannot be read still yields a document, carrying the problem. Thread-safe.
 */
public final class Ingestor {

    private final TikaReader tika = new TikaReader();
    private final HtmlPageReader html = new HtmlPageReader(tika);
    private final HtmlArticleFinder articles;
    private final LayoutReader layout;
    private final DatelineFinder datelines = new DatelineFinder();
    private final LanguageGuesser languages = new LanguageGuesser();
    private final DateMentionFinder dates = new DateMentionFinder();
    private final QuoteReader quotes = new QuoteReader();

    public Ingestor() {
        this(WireAgencies.builtIn(), PhraseFamilies.builtIn());
    }

    public Ingestor(WireAgencies agencies, PhraseFamilies phrases) {
        this.layout = new LayoutReader(agencies, phrases);
        this.articles = new HtmlArticleFinder(phrases);
    }

    /** Reads and ingests {@code file}, reported under {@code displayPath}. */
    public ExtractedDocument ingest(Path file, String displayPath) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return ExtractedDocument.unreadable(new SourceIdentity(displayPath, null, null, 0),
                    new InputProblem(InputProblem.Kind.UNREADABLE, "no such file"));
        } catch (IOException | SecurityException | OutOfMemoryError e) {
            return ExtractedDocument.unreadable(new SourceIdentity(displayPath, null, null, sizeOf(file)),
                    new InputProblem(InputProblem.Kind.UNREADABLE, "cannot read the file: " + describe(e)));
        }
        return ingest(displayPath, bytes);
    }

    /** Ingests {@code bytes} named {@code path}. */
    public ExtractedDocument ingest(String path, byte[] bytes) {
        return ingest(path, bytes, null);
    }

    /**
     * Ingests {@code bytes} named {@code path} (whose extension, if any, names the format) that were fetched
     * from {@code url}, e.g. a WARC record's target URI; metadata extraction may read it (dates in paths).
     * {@code url} may be {@code null}.
     */
    public ExtractedDocument ingest(String path, byte[] bytes, String url) {
        SourceIdentity source = new SourceIdentity(path, Hashes.sha256(bytes), null, bytes.length);
        ParsedText parsed;
        HtmlPage page = null;
        try {
            String type = tika.detect(bytes, fileName(path));
            if (HtmlPageReader.handles(type) && bytes.length > 0) {
                // HTML is read by its structure: the page's blocks are the text, the markup finds the article
                page = html.read(bytes, fileName(path), url, type);
                parsed = new ParsedText(type, page.text(), page.hints());
            } else {
                parsed = tika.read(bytes, fileName(path), url);
            }
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            String type = null;
            try {
                type = tika.detect(bytes, fileName(path));
            } catch (IOException | RuntimeException ignored) {
                // the type is a courtesy in an unreadable report; the parse failure is what matters
            }
            return ExtractedDocument.unreadable(source.withMediaType(type),
                    new InputProblem(InputProblem.Kind.UNREADABLE, "cannot parse the document: " + describe(e)));
        }
        source = source.withMediaType(parsed.mediaType());
        ArticleLayout l = page != null ? layout.readHtml(page, articles.find(page))
                : layout.read(parsed.text(), parsed.hints());
        return build(source, parsed.text(), parsed.hints(), problemsOf(parsed), l);
    }

    private ExtractedDocument build(SourceIdentity source, String text, MarkupHints hints,
            List<InputProblem> problems, ArticleLayout l) {
        List<Segment> segments = segments(text, l);
        List<Span> paragraphs = new ArrayList<>();
        Block firstBody = null;
        for (Block b : l.blocks()) {
            if (role(l, b.index()) == SegmentRole.BODY) {
                paragraphs.add(b.contentSpan());
                firstBody = firstBody == null ? b : firstBody;
            }
        }
        String headline = l.headline() != null ? l.blocks().get(l.headline()).content() : hints.title();
        Span headlineSpan = l.headline() != null ? l.blocks().get(l.headline()).contentSpan() : null;
        DatelineFinder.Dateline dl = firstBody == null ? null : datelines.find(firstBody).orElse(null);
        StringBuilder body = new StringBuilder();
        paragraphs.forEach(p -> body.append(p.in(text)).append("\n\n"));
        ArticleMetadata article = new ArticleMetadata(headline, headlineSpan, dl == null ? null : dl.place(),
                dl == null ? null : dl.span(), l.bylines(), l.creditLines(), l.published(), l.firstPublished(),
                l.modified(),
                l.publishedCandidates(),
                languages.guess(body.toString()));
        List<DateMention> mentions = dates.find(text, paragraphs,
                l.published() == null ? null : l.published().date());
        QuoteAnalysis q = quotes.read(text, paragraphs);
        return new ExtractedDocument(source, text, segments, article, mentions, q, problems);
    }

    private static List<Segment> segments(String text, ArticleLayout l) {
        List<Segment> out = new ArrayList<>();
        if (l.blocks().isEmpty()) {
            if (!text.isEmpty()) {
                out.add(new Segment(0, text.length(), SegmentRole.BODY, null, null, text));
            }
            return out;
        }
        for (Block b : l.blocks()) {
            SegmentRole role = role(l, b.index());
            Classification c = l.boilerplate().get(b.index());
            BoilerplateCategory category = role == SegmentRole.BOILERPLATE ? c.category() : null;
            String reason = role == SegmentRole.BOILERPLATE ? c.reason() : l.metadata().get(b.index());
            out.add(new Segment(b.extent().start(), b.extent().end(), role, category, reason, b.extent().in(text)));
        }
        return out;
    }

    private static SegmentRole role(ArticleLayout l, int index) {
        if (l.headline() != null && l.headline() == index) {
            return SegmentRole.HEADLINE;
        }
        if (l.metadata().containsKey(index)) {
            return SegmentRole.METADATA;
        }
        return l.boilerplate().containsKey(index) ? SegmentRole.BOILERPLATE : SegmentRole.BODY;
    }

    private static List<InputProblem> problemsOf(ParsedText parsed) {
        String t = parsed.mediaType();
        if (parsed.text().isBlank() && (t.startsWith("image/") || t.startsWith("audio/") || t.startsWith("video/")
                || t.equals("application/zip") || t.equals("application/octet-stream"))) {
            return List.of(new InputProblem(InputProblem.Kind.UNSUPPORTED, "media type " + t + " carries no article text"));
        }
        return List.of();
    }

    private static String fileName(String path) {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return slash < 0 ? path : path.substring(slash + 1);
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException | SecurityException e) {
            return 0;
        }
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String m = root.getMessage();
        return root.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : ": " + m.strip());
    }
}
