package org.copydesk.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.Objects;
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
import org.copydesk.ingest.confidence.ConfidenceFeatures;
import org.copydesk.ingest.confidence.ConfidenceModel;
import org.copydesk.ingest.dates.DateMentionFinder;
import org.copydesk.ingest.html.HtmlArticleFinder;
import org.copydesk.ingest.html.HtmlPage;
import org.copydesk.ingest.html.HtmlPageReader;
import org.copydesk.ingest.lang.Languages;
import org.copydesk.ingest.limits.BoundedBytes;
import org.copydesk.ingest.limits.Budget;
import org.copydesk.ingest.limits.IngestLimits;
import org.copydesk.ingest.limits.Watchdog;
import org.copydesk.ingest.markup.MarkupMetadata;
import org.copydesk.ingest.meta.LanguageGuesser;
import org.copydesk.ingest.meta.PlaceDatelineFinder;
import org.copydesk.ingest.parse.ParsedText;
import org.copydesk.ingest.parse.TikaReader;
import org.copydesk.ingest.quotes.QuoteReader;
import org.copydesk.ingest.text.Block;
import org.copydesk.ingest.timing.Stage;
import org.copydesk.ingest.timing.StageClock;

/**
 * Bytes in, {@link ExtractedDocument} out: parses with Tika, partitions the text into headline, body,
 * metadata and furniture segments, reads the article metadata, and finds the date mentions and quotes of the
 * body. A document that cannot be read still yields a document, carrying the problem. Each document is read
 * within {@link IngestLimits} on a worker thread under a {@link Watchdog}: one that reaches a limit is cut off
 * (or skipped) with an {@code input.limit} problem, and one that hangs is abandoned. A {@link StageClock} given
 * with a document times its stages ({@code copydesk check --timings}); it never changes what is read. Thread-safe.
 */
public final class Ingestor {

    private static final ConfidenceModel CONFIDENCE = ConfidenceModel.shipped();
    /** Whether {@link #warmUp} has started its threads in this process. */
    private static final AtomicBoolean WARMING = new AtomicBoolean();

    private final TikaReader tika = new TikaReader();
    private final HtmlPageReader html = new HtmlPageReader(tika);
    private final PhraseFamilies phrases;
    private final WireAgencies agencies;
    private final Instant referenceTime;
    /** Readers per set of languages ({@link Languages}): the word lists are the detected language's. */
    private final Map<Languages, HtmlArticleFinder> articles = new ConcurrentHashMap<>();
    private final Map<Languages, LayoutReader> layouts = new ConcurrentHashMap<>();
    private final PlaceDatelineFinder datelines = new PlaceDatelineFinder();
    private final LanguageGuesser languages = new LanguageGuesser();
    private final QuoteReader quotes = new QuoteReader();
    private final IngestLimits limits;
    private final Watchdog watchdog = new Watchdog();

    /**
     * Starts building, in the background, what every run needs once and takes long to build (Tika's type
     * detector, the language profiles), so that it overlaps the run's own start. Returns at once; a document
     * that needs one of them before it is ready waits for it. Results never depend on whether this was called.
     * Only the first call of a process starts anything.
     */
    public static void warmUp() {
        if (WARMING.compareAndSet(false, true)) {
            inBackground("copydesk-warm-up-tika", TikaReader::prepare);
            inBackground("copydesk-warm-up-languages", LanguageGuesser::prepare);
        }
    }

    /**
     * Runs {@code preparation} on a daemon thread, keeping a failure to itself: the first document that needs
     * what failed to build meets the same failure and reports it.
     */
    private static void inBackground(String name, Runnable preparation) {
        Thread t = new Thread(() -> {
            try {
                preparation.run();
            } catch (RuntimeException | LinkageError | OutOfMemoryError e) {
                // reported by the document that needs it
            }
        }, name);
        t.setDaemon(true);
        t.start();
    }

    /**
     * An ingestor with the built-in agencies and phrases and the default limits, judging dates as of
     * {@code referenceTime}.
     */
    public Ingestor(Instant referenceTime) {
        this(WireAgencies.builtIn(), PhraseFamilies.builtIn(), IngestLimits.defaults(), referenceTime);
    }

    /**
     * An ingestor that judges dates as of {@code referenceTime}, the run's one reference time (the retrieval
     * time, {@code --now} or {@code SOURCE_DATE_EPOCH}, resolved by the engine): a markup date after it yields
     * to the page's other dates. Never the clock, so that a page gives the same document whenever it is read.
     */
    public Ingestor(WireAgencies agencies, PhraseFamilies phrases, IngestLimits limits, Instant referenceTime) {
        this.agencies = agencies;
        this.phrases = phrases;
        this.referenceTime = Objects.requireNonNull(referenceTime, "referenceTime");
        this.limits = limits;
    }

    public IngestLimits limits() {
        return limits;
    }

    /** Reads (up to the byte limit) and ingests {@code file}, reported under {@code displayPath}. */
    public ExtractedDocument ingest(Path file, String displayPath) {
        return ingest(file, displayPath, StageClock.OFF);
    }

    /** As {@link #ingest(Path, String)}, timing the stages on {@code clock}. */
    public ExtractedDocument ingest(Path file, String displayPath, StageClock clock) {
        Budget budget = new Budget(limits, clock);
        return guarded(budget, displayPath, () -> {
            BoundedBytes read;
            try {
                read = BoundedBytes.read(file, limits.maxBytes());
            } catch (NoSuchFileException e) {
                return unreadable(displayPath, 0, Files.isSymbolicLink(file)
                        ? "no such file: a symbolic link to a missing file" : "no such file");
            } catch (AccessDeniedException e) {
                return unreadable(displayPath, sizeOf(file), "cannot read the file: permission denied");
            } catch (IOException | SecurityException | OutOfMemoryError e) {
                return unreadable(displayPath, sizeOf(file), "cannot read the file: " + describe(e));
            }
            return ingest(displayPath, read, null, budget);
        });
    }

    /** Reads {@code in} (not closed) up to the byte limit and ingests it as {@code path}. */
    public ExtractedDocument ingest(String path, InputStream in) {
        return ingest(path, in, null);
    }

    /**
     * Reads {@code in} (not closed) up to the byte limit and ingests it as {@code path}, fetched from {@code url}
     * (may be {@code null}), as {@link #ingest(String, byte[], String)} does.
     */
    public ExtractedDocument ingest(String path, InputStream in, String url) {
        return ingest(path, in, url, StageClock.OFF);
    }

    /** As {@link #ingest(String, InputStream, String)}, timing the stages on {@code clock}. */
    public ExtractedDocument ingest(String path, InputStream in, String url, StageClock clock) {
        Budget budget = new Budget(limits, clock);
        return guarded(budget, path, () -> {
            try {
                return ingest(path, BoundedBytes.read(in, limits.maxBytes()), url, budget);
            } catch (IOException e) {
                return unreadable(path, 0, "cannot read the input: " + describe(e));
            }
        });
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
        return ingest(path, bytes, url, StageClock.OFF);
    }

    /** As {@link #ingest(String, byte[], String)}, timing the stages on {@code clock}. */
    public ExtractedDocument ingest(String path, byte[] bytes, String url, StageClock clock) {
        Budget budget = new Budget(limits, clock);
        return guarded(budget, path, () -> ingest(path, BoundedBytes.of(bytes, limits.maxBytes()), url, budget));
    }

    /** Runs one document's work under the watchdog; a document that hangs is abandoned with nothing kept. */
    private ExtractedDocument guarded(Budget budget, String path, java.util.concurrent.Callable<ExtractedDocument> work) {
        try {
            return watchdog.run(work, budget, limits.timeout().plus(limits.grace()), () -> {
                List<InputProblem> problems = new ArrayList<>(budget.problems(false));
                problems.add(new InputProblem(InputProblem.Kind.LIMIT, "reading the document took longer than the "
                        + "time limit (" + IngestLimits.format(limits.timeout()) + ") and it was not done "
                        + IngestLimits.format(limits.grace()) + " later; it was abandoned and nothing was kept"));
                return new ExtractedDocument(new SourceIdentity(path, null, null, 0), "", List.of(),
                        ArticleMetadata.empty(), List.of(), QuoteAnalysis.none(), problems);
            });
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
            return unreadable(path, 0, "cannot read the document: " + describe(e));
        }
    }

    private ExtractedDocument ingest(String path, BoundedBytes read, String url, Budget budget) {
        byte[] bytes = read.bytes();
        if (read.cut()) {
            String kept = "the first " + bytes.length + " bytes were read, the rest was not";
            String type = detectQuietly(bytes, path);
            if (type != null && !textual(type)) {
                return ExtractedDocument.unreadable(new SourceIdentity(path, null, type, read.size()),
                        new InputProblem(InputProblem.Kind.LIMIT, "the file is " + read.sizeText() + ", over the byte "
                                + "limit (" + limits.maxBytes() + "); a cut-off " + type + " file cannot be parsed, "
                                + "so it was skipped and nothing was kept"));
            }
            budget.note("bytes", "the file is " + read.sizeText() + ", over the byte limit (" + limits.maxBytes()
                    + "); " + kept);
        }
        StageClock clock = budget.clock();
        SourceIdentity source = new SourceIdentity(path, Hashes.sha256(bytes), null, read.size());
        ParsedText parsed;
        HtmlPage page = null;
        try {
            String type = tika.detect(bytes, fileName(path));
            clock.lap(Stage.READ);
            if (HtmlPageReader.handles(type) && bytes.length > 0) {
                // HTML is read by its structure: the page's blocks are the text, the markup finds the article
                page = html.read(bytes, fileName(path), url, type, budget); // laps PARSE before its markup
                parsed = new ParsedText(type, page.text(), page.metadata());
                clock.lap(Stage.MARKUP);
            } else {
                parsed = tika.read(bytes, fileName(path), url, budget);
                clock.lap(Stage.PARSE);
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
        // the page's language chooses the word lists; the body's language is told again once it is known
        Languages langs = Languages.detected(languages.guess(parsed.text()));
        clock.lap(Stage.LANGUAGE);
        LayoutReader layout = layouts.computeIfAbsent(langs,
                l -> new LayoutReader(agencies, phrases.forLanguages(l), referenceTime));
        HtmlArticleFinder.Selection selection = page == null ? null
                : articles.computeIfAbsent(langs, k -> new HtmlArticleFinder(phrases.forLanguages(k))).find(page);
        clock.lap(Stage.LAYOUT);
        ArticleLayout l = page != null
                ? layout.readHtml(page, selection)
                : layout.read(parsed.text(), parsed.metadata(), clock); // laps LAYOUT and METADATA in turn
        clock.lap(Stage.METADATA);
        List<InputProblem> problems = new ArrayList<>(budget.problems());
        problems.addAll(problemsOf(parsed));
        return build(source, parsed.text(), parsed.metadata(), problems, l, langs,
                page == null ? null : page.articleBody(), selection == null ? Map.of() : selection.signals(), clock);
    }

    /** Text and markup formats, whose first bytes are worth reading when the whole file is over the limit. */
    private static boolean textual(String type) {
        return type.startsWith("text/") || type.contains("xml") || type.contains("html") || type.contains("json")
                || type.equals("message/rfc822");
    }

    private String detectQuietly(byte[] bytes, String path) {
        try {
            return tika.detect(bytes, fileName(path));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static ExtractedDocument unreadable(String path, long size, String message) {
        return ExtractedDocument.unreadable(new SourceIdentity(path, null, null, size),
                new InputProblem(InputProblem.Kind.UNREADABLE, message));
    }

    private ExtractedDocument build(SourceIdentity source, String text, MarkupMetadata hints,
            List<InputProblem> problems, ArticleLayout l, Languages langs, String markupBody,
            Map<String, Double> extraction, StageClock clock) {
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
        clock.lap(Stage.LAYOUT);
        PlaceDatelineFinder.Dateline dl = firstBody == null ? null : datelines.find(firstBody).orElse(null);
        StringBuilder body = new StringBuilder();
        paragraphs.forEach(p -> body.append(p.in(text)).append("\n\n"));
        clock.lap(Stage.METADATA);
        String bodyLanguage = languages.guess(body.toString());
        clock.lap(Stage.LANGUAGE);
        ArticleMetadata article = new ArticleMetadata(headline, headlineSpan, dl == null ? null : dl.place(),
                dl == null ? null : dl.span(), l.bylines(), l.creditLines(), l.published(), l.firstPublished(),
                l.modified(),
                l.publishedCandidates(), l.publishedRejected(),
                bodyLanguage, hints.site());
        // resolved against a stated date only: one inferred from the text would anchor the text to itself
        List<DateMention> mentions = DateMentionFinder.of(langs).find(text, paragraphs,
                article.statedPublished() == null ? null : article.statedPublished().date());
        clock.lap(Stage.DATE_MENTIONS);
        QuoteAnalysis q = quotes.read(text, paragraphs);
        clock.lap(Stage.QUOTES);
        ExtractedDocument doc = new ExtractedDocument(source, text, segments, article, mentions, q, problems);
        ExtractedDocument estimated = doc.withConfidence(CONFIDENCE.estimate(
                ConfidenceFeatures.of(doc, markupBody, extraction)));
        clock.lap(Stage.CONFIDENCE);
        return estimated;
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
                || t.equals("application/zip") || t.equals("application/x-rar-compressed")
                || t.equals("application/octet-stream"))) {
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
