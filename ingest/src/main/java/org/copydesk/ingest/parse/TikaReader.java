package org.copydesk.ingest.parse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.tika.detect.AutoDetectReader;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.exception.TikaException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.html.HtmlMapper;
import org.apache.tika.parser.html.IdentityHtmlMapper;
import org.apache.tika.parser.html.ParsedPageEvents;
import org.apache.tika.sax.BodyContentHandler;
import org.copydesk.ingest.limits.Budget;
import org.copydesk.ingest.limits.GuardedHandler;
import org.copydesk.ingest.limits.GuardedInputStream;
import org.copydesk.ingest.limits.IngestLimits;
import org.copydesk.ingest.markup.MarkupMetadata;
import org.copydesk.ingest.markup.MarkupMetadataReader;
import org.copydesk.ingest.timing.Stage;
import org.jsoup.nodes.Document;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Turns raw bytes into text with Apache Tika. Plain text is decoded as it is (charset detected, nothing
 * reflowed) so that offsets mean what the user sees in the file; every other format goes through Tika's
 * auto-detecting parser. Each parse spends a {@link Budget}: a parse stopped by a limit keeps the text gathered
 * until then (the budget records the limit). One instance is safe to share between threads.
 */
public final class TikaReader {

    private static final String MAIL = "message/rfc822";
    private static final EncodingDetector CHARSETS = new Latin1AsWindows1252();

    /** Declines every embedded document: for HTML pages these are inline data: URIs. */
    private static final EmbeddedDocumentExtractor SKIP_EMBEDDED = new EmbeddedDocumentExtractor() {
        @Override
        public boolean shouldParseEmbedded(Metadata metadata) {
            return false;
        }

        @Override
        public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml) {
            // never asked: shouldParseEmbedded declines
        }
    };

    private final Detector detector = Shared.DETECTOR;

    /**
     * Tika's type detector, built once per process: reading its media-type registry and finding its detectors
     * takes about half a second. Thread-safe, as Tika's detectors are.
     */
    private static final class Shared {
        static final Detector DETECTOR = new DefaultDetector();
    }

    /**
     * The auto-detecting parser for everything that is neither HTML nor plain text (office files, PDF, e-books,
     * mail), built on first need: finding every parser Tika has takes another half second that a run of web
     * pages never needs. Thread-safe, as Tika's parsers are.
     */
    private static final class Formats {
        static final AutoDetectParser PARSER = new AutoDetectParser(Shared.DETECTOR);
    }

    /**
     * Builds the detector now if no reader has yet: {@link org.copydesk.ingest.Ingestor#warmUp} calls it on a
     * background thread, so that a run's first document does not wait for the detector alone.
     */
    public static void prepare() {
        Detector unused = Shared.DETECTOR;
    }

    /**
     * The detected media type (without parameters) of {@code bytes} named {@code name}. A file named as plain text
     * (a page dump, notes) stays plain text when a tag or two in it (a code example, a stray image element) made
     * Tika's content sniffing say HTML: it is read as markup only when it opens as a document does, with markup,
     * and holds a document's {@code html}, {@code head} or {@code body} element or doctype.
     */
    public String detect(byte[] bytes, String name) throws IOException {
        Metadata md = new Metadata();
        if (name != null) {
            md.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        }
        String type;
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            type = detector.detect(in, md).getBaseType().toString();
        }
        if (name != null && type.contains("html") && !MarkupShape.document(bytes)
                && detector.detect(null, md).getBaseType().equals(MediaType.TEXT_PLAIN)) {
            return MediaType.TEXT_PLAIN.toString();
        }
        return type;
    }

    /** Extracts the text of {@code bytes}; throws when the document cannot be parsed. */
    public ParsedText read(byte[] bytes, String name) throws IOException, TikaException, SAXException {
        return read(bytes, name, null);
    }

    /**
     * Extracts the text of {@code bytes} fetched from {@code url} (may be {@code null}). The URL is handed to
     * Tika as the document's {@code Content-Location}, where markup readers find it (links, dates in paths).
     */
    public ParsedText read(byte[] bytes, String name, String url) throws IOException, TikaException, SAXException {
        return read(bytes, name, url, new Budget(IngestLimits.defaults()));
    }

    /** As {@link #read(byte[], String, String)}, within {@code budget}. */
    public ParsedText read(byte[] bytes, String name, String url, Budget budget)
            throws IOException, TikaException, SAXException {
        String type = detect(bytes, name);
        if (type.equals(MediaType.TEXT_PLAIN.toString()) || bytes.length == 0) {
            return new ParsedText(type, decodeText(bytes, budget), MarkupMetadata.fromUrl(url));
        }
        Metadata md = new Metadata();
        if (name != null) {
            md.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        }
        if (url != null) {
            md.set(Metadata.CONTENT_LOCATION, url);
        }
        boolean html = type.contains("html");
        // Office, e-book, PDF and mail text keeps its paragraphs apart with blank lines; HTML keeps Tika's text.
        ParagraphText paragraphs = html ? null : new ParagraphText(type.equals("application/pdf"));
        BodyContentHandler handler = html ? new BodyContentHandler(-1) : new BodyContentHandler(paragraphs);
        ParseContext context = new ParseContext();
        AutoDetectParser parser = Formats.PARSER;
        context.set(Parser.class, parser);
        context.set(EncodingDetector.class, CHARSETS);
        try (InputStream in = new GuardedInputStream(new ByteArrayInputStream(bytes), budget)) {
            parser.parse(in, new GuardedHandler(handler, budget), md, context);
        } catch (IOException | TikaException | SAXException | RuntimeException e) {
            if (!budget.stoppedBy(e)) {
                throw e;
            }
        }
        if (type.equals(MAIL)) {
            return new ParsedText(type, paragraphs.toString(), mailMetadata(md).withUrl(url));
        }
        MarkupMetadata metadata = html ? MarkupMetadataReader.read(decodeLoosely(bytes, md), md)
                : MarkupMetadata.fromUrl(url);
        return new ParsedText(type, html ? handler.toString() : paragraphs.toString(), metadata);
    }

    /** A message's subject hints at the headline; a "message" without any mail header is not one. */
    private static MarkupMetadata mailMetadata(Metadata md) throws TikaException {
        boolean headers = md.get(Metadata.MESSAGE_FROM) != null || md.get(Metadata.MESSAGE_TO) != null
                || md.get(TikaCoreProperties.TITLE) != null || md.get(TikaCoreProperties.CREATED) != null
                || Arrays.stream(md.names()).anyMatch(n -> n.startsWith(Metadata.MESSAGE_RAW_HEADER_PREFIX));
        if (!headers) {
            throw new TikaException("not an e-mail message: no mail headers found");
        }
        String subject = md.get(TikaCoreProperties.TITLE);
        return subject == null || subject.isBlank() ? MarkupMetadata.none()
                : new MarkupMetadata(subject.strip(), "mail-subject", List.of(), null, null, null, null, null);
    }

    /** What parsing an HTML page into a caller's handler gave besides the events: the markup and its metadata. */
    public record HtmlParse(MarkupMetadata metadata, String markup) {
    }

    /**
     * Parses an HTML page with Tika's HTML parser and the identity mapper, so that {@code handler} sees every
     * element with its class and id. {@code charsets} finds the page's charset ({@code null}: Tika's own
     * detection, as for {@link #read}). {@code url} may be {@code null}. Text inside the elements named in
     * {@code textFree} (which {@code handler} drops) does not count against the character limit. A parse stopped
     * by a limit of {@code budget} leaves {@code handler} with the page up to there.
     */
    public HtmlParse parseHtml(byte[] bytes, String name, String url, String mediaType, EncodingDetector charsets,
            ContentHandler handler, Set<String> textFree, Budget budget)
            throws IOException, TikaException, SAXException {
        Metadata md = new Metadata();
        if (name != null) {
            md.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        }
        if (url != null) {
            md.set(Metadata.CONTENT_LOCATION, url);
        }
        md.set(Metadata.CONTENT_TYPE, mediaType);
        ParseContext context = new ParseContext();
        context.set(HtmlMapper.class, IdentityHtmlMapper.INSTANCE);
        EncodingDetector detector = charsets != null ? charsets : CHARSETS;
        context.set(EncodingDetector.class, detector);
        // Inline data: URIs (base64 images, icons) are not article text; parsing each as an embedded document
        // cost a fifth of the whole run on real pages.
        context.set(EmbeddedDocumentExtractor.class, SKIP_EMBEDDED);
        // one jsoup parse: Tika's events for the handler, then the same document for the markup's metadata
        Document document = null;
        try (InputStream in = new GuardedInputStream(new ByteArrayInputStream(bytes), budget)) {
            document = ParsedPageEvents.parse(in, md, detector);
            ParsedPageEvents.emit(document, new GuardedHandler(handler, budget, textFree), md, context);
        } catch (IOException | SAXException | RuntimeException e) {
            if (!budget.stoppedBy(e)) {
                throw e;
            }
        }
        budget.clock().lap(Stage.PARSE); // the markup's reading is timed as its own stage
        String markup = decodeLoosely(bytes, md);
        MarkupMetadata metadata = document != null ? MarkupMetadataReader.read(document, md)
                : MarkupMetadataReader.read(markup, md); // a parse stopped by a limit: what the bytes hold
        return new HtmlParse(metadata, markup);
    }

    /** The text as decoded, up to the character limit and as far as the time limit lets it get. */
    private static String decodeText(byte[] bytes, Budget budget) throws IOException, TikaException {
        if (bytes.length == 0) {
            return "";
        }
        int max = budget.limits().maxChars() + 1; // one more: a byte-order mark is dropped below
        StringBuilder b = new StringBuilder(Math.min(bytes.length, max));
        try (AutoDetectReader r = new AutoDetectReader(new ByteArrayInputStream(bytes), new Metadata(), CHARSETS)) {
            char[] buf = new char[8192];
            for (int n = r.read(buf); n >= 0 && b.length() < max; n = r.read(buf)) {
                b.append(buf, 0, Math.min(n, max - b.length()));
                budget.checkTime();
            }
        } catch (SAXException e) {
            // the time ran out while decoding (the budget recorded it): what was decoded is kept
        }
        if (b.length() > 0 && b.charAt(0) == '\ufeff') {
            b.deleteCharAt(0);
        }
        if (b.length() > budget.limits().maxChars()) {
            b.setLength(budget.limits().maxChars());
            budget.charsReached();
        }
        return b.toString();
    }

    /** The markup as a string in the charset Tika settled on, for reading script blocks Tika skips. */
    private static String decodeLoosely(byte[] bytes, Metadata md) {
        String enc = md.get(Metadata.CONTENT_ENCODING);
        Charset cs = StandardCharsets.UTF_8;
        try {
            if (enc != null) {
                cs = Charset.forName(enc);
            }
        } catch (IllegalArgumentException e) {
            // an unknown charset name in the page: UTF-8 is the best guess for the ASCII markup we look at
        }
        return new String(bytes, cs);
    }
}
