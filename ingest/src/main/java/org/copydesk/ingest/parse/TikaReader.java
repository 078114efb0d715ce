package org.copydesk.ingest.parse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.apache.tika.detect.AutoDetectReader;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/**
 * Turns raw bytes into text with Apache Tika. Plain text is decoded as it is (charset detected, nothing
 * reflowed) so that offsets mean what the user sees in the file; every other format goes through Tika's
 * auto-detecting parser. One instance is safe to share between threads.
 */
public final class TikaReader {

    private final AutoDetectParser parser = new AutoDetectParser();
    private final Detector detector = parser.getDetector();

    /** The detected media type (without parameters) of {@code bytes} named {@code name}. */
    public String detect(byte[] bytes, String name) throws IOException {
        Metadata md = new Metadata();
        if (name != null) {
            md.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        }
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            return detector.detect(in, md).getBaseType().toString();
        }
    }

    /** Extracts the text of {@code bytes}; throws when the document cannot be parsed. */
    public ParsedText read(byte[] bytes, String name) throws IOException, TikaException, SAXException {
        String type = detect(bytes, name);
        if (type.equals(MediaType.TEXT_PLAIN.toString()) || bytes.length == 0) {
            return new ParsedText(type, decodeText(bytes), MarkupHints.none());
        }
        Metadata md = new Metadata();
        if (name != null) {
            md.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        }
        BodyContentHandler handler = new BodyContentHandler(-1);
        ParseContext context = new ParseContext();
        context.set(Parser.class, parser);
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            parser.parse(in, handler, md, context);
        }
        MarkupHints hints = type.contains("html") ? HtmlHints.read(decodeLoosely(bytes, md), md) : MarkupHints.none();
        return new ParsedText(type, handler.toString(), hints);
    }

    private static String decodeText(byte[] bytes) throws IOException, TikaException {
        if (bytes.length == 0) {
            return "";
        }
        try (AutoDetectReader r = new AutoDetectReader(new ByteArrayInputStream(bytes))) {
            StringBuilder b = new StringBuilder(bytes.length);
            char[] buf = new char[8192];
            for (int n = r.read(buf); n >= 0; n = r.read(buf)) {
                b.append(buf, 0, n);
            }
            String s = b.toString();
            return s.startsWith("\ufeff") ? s.substring(1) : s;
        }
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
