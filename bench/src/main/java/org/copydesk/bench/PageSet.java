package org.copydesk.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.tika.metadata.Metadata;
import org.copydesk.core.ExtractedDocument;
import org.copydesk.core.Finding;
import org.copydesk.core.Report;
import org.copydesk.core.Span;
import org.copydesk.ingest.Ingestor;
import org.copydesk.ingest.html.HtmlPage;
import org.copydesk.ingest.html.HtmlPageReader;
import org.copydesk.ingest.parse.TikaReader;
import org.copydesk.rules.Profile;
import org.copydesk.rules.RuleEngine;
import org.copydesk.rules.RuleSettings;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The documents the stage benchmarks work on, with each stage's input prepared once so a benchmark times its own
 * stage only: the page bytes (for parsing), the markup, the read {@link HtmlPage}, the {@link ExtractedDocument}
 * with its body paragraphs, its findings and its {@link Report}.
 *
 * <p>By default {@value #GENERATED} pages from {@link GeneratedPage}; with {@code -p pages=DIR} every
 * {@code .html} file of {@code DIR}, read in place (e.g. {@code ../shared/eval/dev/naeb/html}).
 */
@State(Scope.Benchmark)
public class PageSet {

    static final int GENERATED = 16;

    /** {@code generated}, or a directory of HTML pages to read in place. */
    @Param({"generated"})
    public String pages;

    /** Article paragraphs per generated page (ignored with a directory). */
    @Param({"30"})
    public int paragraphs;

    final TikaReader tika = new TikaReader();
    final HtmlPageReader pageReader = new HtmlPageReader(tika);
    /** The reference time of every stage, fixed so that runs compare. */
    static final Instant NOW = Instant.parse("2024-06-01T00:00:00Z");

    final Ingestor ingestor = new Ingestor(NOW);
    final RuleEngine engine = RuleEngine.create(Profile.SCRAPE_AUDIT, RuleSettings.defaults(NOW));

    final List<Document> documents = new ArrayList<>();

    /** One document and every stage's input for it. */
    record Document(String name, byte[] bytes, String markup, Metadata tikaMetadata, HtmlPage page,
            ExtractedDocument extracted, List<Span> paragraphs, List<Finding> findings, Report report) {
    }

    @Setup(Level.Trial)
    public void load() throws Exception {
        if (pages.equals("generated")) {
            for (int i = 0; i < GENERATED; i++) {
                add("generated-" + i + ".html", GeneratedPage.html(i, paragraphs).getBytes(StandardCharsets.UTF_8));
            }
        } else {
            try (Stream<Path> files = Files.list(Path.of(pages))) {
                for (Path f : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                    add(f.getFileName().toString(), Files.readAllBytes(f));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the pages in " + pages, e);
            }
        }
        if (documents.isEmpty()) {
            throw new IllegalStateException("no .html pages in " + pages);
        }
    }

    private void add(String name, byte[] bytes) throws Exception {
        Metadata md = new Metadata();
        md.set(Metadata.CONTENT_TYPE, "text/html");
        HtmlPage page = pageReader.read(bytes, name, null, "text/html");
        ExtractedDocument doc = ingestor.ingest(name, bytes);
        List<Span> body = doc.bodySegments().stream().map(s -> s.contentSpan()).toList();
        List<Finding> findings = engine.check(doc);
        documents.add(new Document(name, bytes, new String(bytes, StandardCharsets.UTF_8), md, page, doc, body,
                findings, new Report("bench", doc, findings)));
    }
}
