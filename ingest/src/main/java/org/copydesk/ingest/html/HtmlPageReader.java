package org.copydesk.ingest.html;

import java.io.IOException;
import org.apache.tika.exception.TikaException;
import org.copydesk.ingest.limits.Budget;
import org.copydesk.ingest.limits.IngestLimits;
import org.copydesk.ingest.parse.TikaReader;
import org.xml.sax.SAXException;

/**
 * Reads an HTML page into an {@link HtmlPage}: Tika parses it (charset detection included) into a
 * {@link BlockCollector}, and the markup gives the article's metadata, its JSON-LD body and its description. Thread-safe.
 */
public final class HtmlPageReader {

    private final TikaReader tika;
    private final PageCharset charsets = new PageCharset();

    public HtmlPageReader(TikaReader tika) {
        this.tika = tika;
    }

    /** Whether pages of {@code mediaType} are read here rather than as Tika's plain text. */
    public static boolean handles(String mediaType) {
        return mediaType != null && (mediaType.equals("text/html") || mediaType.equals("application/xhtml+xml")
                || mediaType.equals("application/vnd.wap.xhtml+xml"));
    }

    public HtmlPage read(byte[] bytes, String name, String url, String mediaType)
            throws IOException, TikaException, SAXException {
        return read(bytes, name, url, mediaType, new Budget(IngestLimits.defaults()));
    }

    /** Reads the page within {@code budget}: a page stopped at a limit is the page up to there. */
    public HtmlPage read(byte[] bytes, String name, String url, String mediaType, Budget budget)
            throws IOException, TikaException, SAXException {
        BlockCollector collector = new BlockCollector();
        TikaReader.HtmlParse parse = tika.parseHtml(bytes, name, url, mediaType, charsets, collector,
                BlockCollector.SKIPPED_TAGS, budget);
        return collector.page().withMarkup(parse.metadata(), JsonLdBody.find(parse.markup()),
                PageDescription.find(parse.markup()));
    }
}
