package org.copydesk.engine;

import com.google.common.collect.AbstractIterator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;
import org.copydesk.core.ExtractedDocument;
import org.copydesk.core.InputProblem;
import org.copydesk.core.Report;
import org.copydesk.core.SourceIdentity;
import org.copydesk.ingest.Ingestor;
import org.copydesk.ingest.timing.Stage;
import org.copydesk.ingest.timing.StageClock;
import org.copydesk.ingest.warc.WarcPage;
import org.copydesk.ingest.warc.WarcSplitter;
import org.copydesk.rules.RuleEngine;

/**
 * One Copydesk engine: an {@link Ingestor} (Tika, word lists) and a {@link RuleEngine} (validator factory), both
 * thread-safe, turning inputs into {@link Report}s. Every front end goes through here, so that the same input
 * gives the same report from the command line and from the Spark job. An input that cannot be read never throws:
 * it gives its {@code input.unreadable} report, as the report contract asks. Each way in takes an optional
 * {@link StageClock} that times the document's stages up to the rules; the report never depends on it.
 */
public final class DocumentChecker {

    private final Ingestor ingestor;
    private final RuleEngine engine;

    public DocumentChecker(Ingestor ingestor, RuleEngine engine) {
        this.ingestor = ingestor;
        this.engine = engine;
    }

    public Ingestor ingestor() {
        return ingestor;
    }

    public RuleEngine engine() {
        return engine;
    }

    /** The report of a file on a local file system; a {@link GzipPage} is inflated as it is read. */
    public Report checkFile(Path file, String displayPath) {
        return checkFile(file, displayPath, StageClock.OFF);
    }

    /** As {@link #checkFile(Path, String)}, timing the stages on {@code clock}. */
    public Report checkFile(Path file, String displayPath, StageClock clock) {
        ExtractedDocument doc;
        try {
            if (file.getFileName() != null && GzipPage.isGzipPage(file.getFileName().toString())) {
                // Inflated as a stream under the ingest byte limit: a gzip bomb is cut off with input.limit.
                try (InputStream gz = new GZIPInputStream(Files.newInputStream(file), 1 << 16)) {
                    doc = ingestor.ingest(displayPath, gz, null, clock);
                }
            } else {
                doc = ingestor.ingest(file, displayPath, clock);
            }
        } catch (IOException | RuntimeException | StackOverflowError | OutOfMemoryError e) {
            doc = unreadableDocument(displayPath, "cannot read the input: " + e);
        }
        return report(doc, clock);
    }

    /**
     * The report of a file's content already in memory (as a distributed file source gives it), named
     * {@code displayPath}; {@code fileName} (the last part of its path) says whether it is a {@link GzipPage}.
     * Gives the same report as {@link #checkFile} for the same file.
     */
    public Report checkContent(String displayPath, String fileName, byte[] content) {
        ExtractedDocument doc;
        try {
            if (fileName != null && GzipPage.isGzipPage(fileName)) {
                try (InputStream gz = new GZIPInputStream(new ByteArrayInputStream(content), 1 << 16)) {
                    doc = ingestor.ingest(displayPath, gz);
                }
            } else {
                doc = ingestor.ingest(displayPath, content, null);
            }
        } catch (IOException | RuntimeException | StackOverflowError | OutOfMemoryError e) {
            doc = unreadableDocument(displayPath, "cannot read the input: " + e);
        }
        return report(doc);
    }

    /** The report of a stream (standard input), read up to the byte limit; the stream is not closed. */
    public Report checkStream(String displayPath, InputStream in) {
        return checkStream(displayPath, in, null);
    }

    /**
     * The report of a stream (standard input) fetched from {@code url} (may be {@code null}: unknown), read up to
     * the byte limit; the stream is not closed.
     */
    public Report checkStream(String displayPath, InputStream in, String url) {
        return checkStream(displayPath, in, url, StageClock.OFF);
    }

    /** As {@link #checkStream(String, InputStream, String)}, timing the stages on {@code clock}. */
    public Report checkStream(String displayPath, InputStream in, String url, StageClock clock) {
        ExtractedDocument doc;
        try {
            doc = ingestor.ingest(displayPath, in, url, clock);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            doc = unreadableDocument(displayPath, "cannot read the input: " + e);
        }
        return report(doc, clock);
    }

    /** The report of one fetched page: {@code bytes} named {@code displayPath}, fetched from {@code url} (or null). */
    public Report checkPage(String displayPath, byte[] bytes, String url) {
        return checkPage(displayPath, bytes, url, StageClock.OFF);
    }

    /** As {@link #checkPage(String, byte[], String)}, timing the stages on {@code clock}. */
    public Report checkPage(String displayPath, byte[] bytes, String url, StageClock clock) {
        ExtractedDocument doc;
        try {
            doc = ingestor.ingest(displayPath, bytes, url, clock);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            doc = unreadableDocument(displayPath, "cannot read the input: " + e);
        }
        return report(doc, clock);
    }

    /** The report of one page of a WARC file shown as {@code container}: its own, or unreadable at its offset. */
    public Report checkWarcPage(WarcPage page, String container) {
        return checkWarcPage(page, container, StageClock.OFF);
    }

    /** As {@link #checkWarcPage(WarcPage, String)}, timing the stages on {@code clock}. */
    public Report checkWarcPage(WarcPage page, String container, StageClock clock) {
        String path = page.displayPath(container);
        return page.isUnreadable() ? report(unreadableDocument(path, page.problem()), clock)
                : checkPage(path, page.payload(), page.targetUri(), clock);
    }

    /** Opens a WARC file for {@link #warcDocuments}. */
    @FunctionalInterface
    public interface WarcSource {
        WarcSplitter open() throws IOException;
    }

    /**
     * One document of a WARC file: its report name, the work that checks it with a {@link StageClock} (run it on
     * any thread), and whether a report's {@code source.sha256} and {@code source.bytes} are still those of its
     * content ({@link #unchanged}).
     */
    public record WarcDocument(String reportName, Function<StageClock, Report> timedCheck, SourceMatch unchanged) {

        /** The work that checks the document, untimed. */
        public Supplier<Report> check() {
            return () -> timedCheck.apply(StageClock.OFF);
        }
    }

    /** Whether content is still the one a report recorded by its SHA-256 (may be null) and size. */
    @FunctionalInterface
    public interface SourceMatch {
        boolean matches(String sha256, long size);
    }

    /**
     * Whether {@code file} still holds what a report of {@link #checkFile} recorded as its {@code source.sha256}
     * and {@code source.bytes}: read as that method reads it (a {@link GzipPage} inflated, up to the byte limit),
     * as a stream, never whole. False when the report has no hash or the file cannot be read.
     */
    public boolean unchanged(Path file, String sha256, long size) {
        if (sha256 == null) {
            return false;
        }
        boolean gzip = file.getFileName() != null && GzipPage.isGzipPage(file.getFileName().toString());
        try {
            if (!gzip && Files.size(file) != size) {
                return false; // a plain file's report gives its whole size, cut off or not
            }
            try (InputStream raw = Files.newInputStream(file);
                    InputStream in = gzip ? new GZIPInputStream(raw, 1 << 16) : raw) {
                return matches(in, ingestor.limits().maxBytes(), sha256, size, !gzip);
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The SHA-256 of the first {@code max} bytes of {@code in} against {@code sha256}, and the size read. */
    private static boolean matches(InputStream in, long max, String sha256, long size, boolean sizeKnown)
            throws IOException {
        com.google.common.hash.Hasher hasher = com.google.common.hash.Hashing.sha256().newHasher();
        byte[] buffer = new byte[1 << 16];
        long read = 0;
        while (read < max) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, max - read));
            if (n < 0) {
                break;
            }
            hasher.putBytes(buffer, 0, n);
            read += n;
        }
        // as BoundedBytes gives it: a stream cut off at the limit reports the bytes read
        boolean sizeMatches = sizeKnown || read == size;
        return sizeMatches && hasher.hash().toString().equals(sha256);
    }

    private SourceMatch sameBytes(byte[] payload) {
        return (sha256, size) -> {
            if (sha256 == null || payload.length != size) {
                return false;
            }
            try {
                return matches(new ByteArrayInputStream(payload), ingestor.limits().maxBytes(), sha256, size, true);
            } catch (IOException e) {
                return false;
            }
        };
    }

    private static final SourceMatch NEVER = (sha256, size) -> false;

    /**
     * The documents of a WARC file, read lazily in file order (records are read as the iteration goes, so a
     * large file is never held whole): one per HTML page, named by {@link WarcPage#reportName} and shown by
     * {@link WarcPage#displayPath} under {@code relativePath} and {@code displayPath}. A file that cannot be
     * opened gives one unreadable document under its own name, a damaged record one at its offset, and a file
     * with no HTML page at all (empty, or only other records) one {@code input.unsupported} document under its
     * own name saying so, so that every input has a report. Each page's document carries a {@link SourceMatch}
     * against its own payload. When the whole file has been read, {@code skipped} gets the number of records
     * passed over (not HTML responses) and the file is closed.
     */
    public Iterator<WarcDocument> warcDocuments(WarcSource source, String relativePath, String displayPath,
            IntConsumer skipped) {
        return new WarcDocuments(source, relativePath, displayPath, skipped);
    }

    /** The documents of one WARC file, as {@link #warcDocuments} describes them. */
    private final class WarcDocuments extends AbstractIterator<WarcDocument> {
        private final WarcSource source;
        private final String relativePath;
        private final String displayPath;
        private final IntConsumer skipped;
        private WarcSplitter splitter;
        private Iterator<WarcPage> pages;
        private boolean any;
        private boolean done;

        WarcDocuments(WarcSource source, String relativePath, String displayPath, IntConsumer skipped) {
            this.source = source;
            this.relativePath = relativePath;
            this.displayPath = displayPath;
            this.skipped = skipped;
        }

        @Override
        protected WarcDocument computeNext() {
            if (done) {
                return endOfData();
            }
            try {
                if (pages == null) {
                    splitter = source.open();
                    pages = splitter.iterator();
                }
                if (pages.hasNext()) {
                    WarcPage page = pages.next();
                    any = true;
                    return new WarcDocument(page.reportName(relativePath),
                            clock -> checkWarcPage(page, displayPath, clock),
                            page.isUnreadable() ? NEVER : sameBytes(page.payload()));
                }
                done = true;
                int passed = splitter.skipped();
                skipped.accept(passed);
                splitter.close();
                return any ? endOfData() : new WarcDocument(relativePath, clock -> noPage(displayPath, passed), NEVER);
            } catch (IOException | RuntimeException e) {
                done = true;
                closeQuietly();
                String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                return new WarcDocument(relativePath,
                        clock -> unreadable(displayPath, "cannot read the WARC file: " + why), NEVER);
            }
        }

        private void closeQuietly() {
            try {
                if (splitter != null) {
                    splitter.close();
                }
            } catch (IOException | RuntimeException ignored) {
                // the file is reported unreadable already
            }
        }
    }

    /** The {@code input.unsupported} report of a WARC file without one HTML page. */
    private Report noPage(String path, int records) {
        String why = records == 0 ? "the WARC file holds no record, so no HTML page to check"
                : "the WARC file holds no HTML page to check: its " + records + " record(s) are requests, metadata "
                        + "or other media types";
        return report(ExtractedDocument.unreadable(new SourceIdentity(path, null, "application/warc", 0),
                new InputProblem(InputProblem.Kind.UNSUPPORTED, why)));
    }

    /** The report of {@code doc} with the rules' findings; a rule that fails makes the document unreadable. */
    public Report report(ExtractedDocument doc) {
        return report(doc, StageClock.OFF);
    }

    /**
     * As {@link #report(ExtractedDocument)}, timing the rules on {@code clock}; the time since its last lap (the
     * hand-over from the ingest worker) goes to no stage.
     */
    public Report report(ExtractedDocument doc, StageClock clock) {
        clock.skip();
        Report report;
        try {
            report = new Report(ToolVersion.get(), doc, engine.check(doc));
        } catch (RuntimeException | StackOverflowError e) {
            ExtractedDocument failed = unreadableDocument(doc.source().path(), "cannot check the document: " + e);
            report = new Report(ToolVersion.get(), failed, engine.check(failed));
        }
        clock.lap(Stage.RULES);
        return report;
    }

    /** The {@code input.unreadable} report of a document named {@code path}, saying {@code why}. */
    public Report unreadable(String path, String why) {
        return report(unreadableDocument(path, why));
    }

    private static ExtractedDocument unreadableDocument(String path, String why) {
        return ExtractedDocument.unreadable(new SourceIdentity(path, null, null, 0),
                new InputProblem(InputProblem.Kind.UNREADABLE, why));
    }
}
