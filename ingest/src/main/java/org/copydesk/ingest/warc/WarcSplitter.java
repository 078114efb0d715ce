package org.copydesk.ingest.warc;

import com.google.common.collect.AbstractIterator;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Expands a WARC file ({@code .warc}, or {@code .warc.gz} compressed per record) into the HTML pages it
 * captured, one {@link WarcPage} per successful HTML {@code response} record, read lazily in file order.
 * Requests, metadata, revisits and non-HTML or non-2xx responses are skipped and counted ({@link #skipped}).
 * A damaged record ends the expansion with one unreadable page at its offset instead of an exception.
 * Not thread-safe; iterate once.
 */
public final class WarcSplitter implements Iterable<WarcPage>, Closeable {

    /** A larger payload is not an article; reading it whole would only cost memory. */
    private static final long MAX_PAYLOAD = 32L << 20;
    private static final int SNIFF = 512;

    private final WarcReader reader;
    private int skipped;
    private boolean iterated;

    private WarcSplitter(WarcReader reader) {
        this.reader = reader;
    }

    /** Whether a file of this name is a WARC file by its extension. */
    public static boolean isWarc(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        return n.endsWith(".warc") || n.endsWith(".warc.gz");
    }

    /** Opens {@code file} for expansion; throws when it cannot be opened or does not start like a WARC. */
    public static WarcSplitter open(Path file) throws IOException {
        WarcReader r = new WarcReader(file);
        r.setLenient(true);
        r.onWarning(w -> { });
        return new WarcSplitter(r);
    }

    /** Wraps a stream of WARC data; the splitter closes it. */
    public static WarcSplitter open(InputStream in) throws IOException {
        WarcReader r = new WarcReader(in);
        r.setLenient(true);
        r.onWarning(w -> { });
        return new WarcSplitter(r);
    }

    /** Records passed over so far because they were not successful HTML responses. */
    public int skipped() {
        return skipped;
    }

    @Override
    public Iterator<WarcPage> iterator() {
        if (iterated) {
            throw new IllegalStateException("a WARC file is read once");
        }
        iterated = true;
        return new AbstractIterator<>() {
            private boolean damaged;

            @Override
            protected WarcPage computeNext() {
                WarcPage page = damaged ? null : advance();
                if (page == null) {
                    return endOfData();
                }
                damaged = page.isUnreadable(); // nothing after a damaged record can be trusted
                return page;
            }
        };
    }

    /** The next HTML page, an unreadable page where the file is damaged, or {@code null} at the end. */
    private WarcPage advance() {
        while (true) {
            long offset = reader.position();
            try {
                Optional<WarcRecord> record = reader.next();
                if (record.isEmpty()) {
                    return null;
                }
                offset = reader.position();
                Optional<WarcPage> page = page(record.get(), offset);
                if (page.isPresent()) {
                    return page.get();
                }
                skipped++;
            } catch (IOException | RuntimeException e) {
                return WarcPage.unreadable(offset, "cannot read the WARC record: " + describe(e));
            }
        }
    }

    private static Optional<WarcPage> page(WarcRecord record, long offset) throws IOException {
        if (!(record instanceof WarcResponse response) || !isHttp(response)) {
            return Optional.empty();
        }
        HttpResponse http = response.http();
        if (http.status() < 200 || http.status() > 299) {
            return Optional.empty();
        }
        MediaType type = http.contentType();
        String base = type == null ? "" : type.base().toString().toLowerCase(Locale.ROOT);
        byte[] payload;
        try (InputStream in = http.bodyDecoded().stream()) {
            payload = in.readNBytes((int) MAX_PAYLOAD + 1);
        }
        if (payload.length > MAX_PAYLOAD || !isHtml(base, payload)) {
            return Optional.empty();
        }
        return Optional.of(new WarcPage(offset, response.target(), base.isEmpty() ? null : base, payload, null));
    }

    private static boolean isHttp(WarcResponse response) {
        String t = response.contentType().base().toString().toLowerCase(Locale.ROOT);
        return t.equals("application/http");
    }

    /** Declared HTML, or undeclared (or generic) and starting like HTML. */
    private static boolean isHtml(String declared, byte[] payload) {
        if (declared.equals("text/html") || declared.equals("application/xhtml+xml")) {
            return true;
        }
        if (!declared.isEmpty() && !declared.equals("application/octet-stream") && !declared.equals("text/plain")) {
            return false;
        }
        String head = new String(payload, 0, Math.min(SNIFF, payload.length), StandardCharsets.ISO_8859_1)
                .stripLeading().toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html");
    }

    private static String describe(Throwable e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : ": " + m.strip());
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
