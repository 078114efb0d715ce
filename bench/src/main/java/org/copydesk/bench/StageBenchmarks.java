package org.copydesk.bench;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.html.HtmlMapper;
import org.apache.tika.parser.html.IdentityHtmlMapper;
import org.apache.tika.parser.html.JSoupParser;
import org.copydesk.core.DateMention;
import org.copydesk.core.DateValue;
import org.copydesk.core.ExtractedDocument;
import org.copydesk.core.Finding;
import org.copydesk.core.QuoteAnalysis;
import org.copydesk.engine.ReportJson;
import org.copydesk.ingest.boilerplate.PhraseFamilies;
import org.copydesk.ingest.dates.DateMentionFinder;
import org.copydesk.ingest.html.HtmlArticleFinder;
import org.copydesk.ingest.html.HtmlPage;
import org.copydesk.ingest.limits.Budget;
import org.copydesk.ingest.limits.IngestLimits;
import org.copydesk.ingest.limits.Watchdog;
import org.copydesk.ingest.markup.MarkupMetadata;
import org.copydesk.ingest.markup.MarkupMetadataReader;
import org.copydesk.ingest.quotes.QuoteReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Per-document cost of each stage of a check, one benchmark per stage, every call on the next document of the
 * {@link PageSet} (so a figure is the mean over the set). {@link #ingest} is the whole extraction (parse, layout,
 * metadata, dates, quotes); the stages below it are its parts, timed on inputs prepared by the earlier stages.
 * Compare ratios within one run: the machines are shared and noisy.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class StageBenchmarks {

    private final JSoupParser tikaHtml = new JSoupParser();
    private final HtmlArticleFinder articles = new HtmlArticleFinder(PhraseFamilies.builtIn());
    private final DateMentionFinder dates = new DateMentionFinder();
    private final QuoteReader quotes = new QuoteReader();
    private final Watchdog watchdog = new Watchdog();
    private int next;

    private PageSet.Document next(PageSet set) {
        PageSet.Document d = set.documents.get(next);
        next = (next + 1) % set.documents.size();
        return d;
    }

    /**
     * The watchdog's own cost: handing a trivial task to a guarded worker thread and waiting for it, as every
     * document's reading is handed over (compare with {@code ingest}, which includes it once).
     */
    @Benchmark
    public Integer watchdogHandoff(PageSet set) {
        PageSet.Document d = next(set);
        return watchdog.run(() -> d.bytes().length, new Budget(IngestLimits.defaults()), Duration.ofSeconds(30),
                () -> -1);
    }

    /** Tika's HTML parser alone (charset detection, SAX events to a handler that drops them). */
    @Benchmark
    public Metadata tikaParse(PageSet set) throws Exception {
        PageSet.Document d = next(set);
        Metadata md = new Metadata();
        md.set(Metadata.CONTENT_TYPE, "text/html");
        ParseContext context = new ParseContext();
        context.set(HtmlMapper.class, IdentityHtmlMapper.INSTANCE);
        try (InputStream in = new ByteArrayInputStream(d.bytes())) {
            tikaHtml.parse(in, new DefaultHandler(), md, context);
        }
        return md;
    }

    /** Reading a page as the check does: Tika's parse into page blocks, plus the markup metadata. */
    @Benchmark
    public HtmlPage pageRead(PageSet set) throws Exception {
        PageSet.Document d = next(set);
        return set.pageReader.read(d.bytes(), d.name(), null, "text/html");
    }

    /** Markup metadata: JSON-LD, meta tags, time, microdata, rel=author over a jsoup DOM of the page. */
    @Benchmark
    public MarkupMetadata markupMetadata(PageSet set) {
        PageSet.Document d = next(set);
        return MarkupMetadataReader.read(d.markup(), d.tikaMetadata());
    }

    /** HTML layout: finding the article's containers and the furniture around them in a read page. */
    @Benchmark
    public HtmlArticleFinder.Selection articleLayout(PageSet set) {
        return articles.find(next(set).page());
    }

    /** The whole extraction of one page: bytes to {@link ExtractedDocument}. */
    @Benchmark
    public ExtractedDocument ingest(PageSet set) {
        PageSet.Document d = next(set);
        return set.ingestor.ingest(d.name(), d.bytes());
    }

    /** Date mentions in the body, resolved against the publication date. */
    @Benchmark
    public List<DateMention> dateMentions(PageSet set) {
        PageSet.Document d = next(set);
        DateValue published = d.extracted().article().published();
        LocalDate day = published == null ? null : published.date();
        return dates.find(d.extracted().text(), d.paragraphs(), day);
    }

    /** Quotes and their speakers in the body. */
    @Benchmark
    public QuoteAnalysis quoteReading(PageSet set) {
        PageSet.Document d = next(set);
        return quotes.read(d.extracted().text(), d.paragraphs());
    }

    /** Every rule of the default profile over an extracted document. */
    @Benchmark
    public List<Finding> rules(PageSet set) {
        return set.engine.check(next(set).extracted());
    }

    /** Writing the JSON report (to a string; the file write is the run script's business). */
    @Benchmark
    public String jsonReport(PageSet set) {
        return ReportJson.write(next(set).report());
    }
}
