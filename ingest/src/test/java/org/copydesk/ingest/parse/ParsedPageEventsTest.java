package org.copydesk.ingest.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.html.HtmlMapper;
import org.apache.tika.parser.html.IdentityHtmlMapper;
import org.apache.tika.parser.html.JSoupParser;
import org.apache.tika.parser.html.ParsedPageEvents;
import org.copydesk.ingest.html.PageCharset;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * One parse per page stands on {@link ParsedPageEvents} sending exactly the events Tika's own HTML parser sends:
 * every HTML fixture of this module and pages written for the traps (tags closing themselves, a script left open,
 * a byte-order mark, a declared legacy charset, frames) give the same events and the same metadata both ways.
 */
class ParsedPageEventsTest {

    static Stream<Path> pages() throws IOException, URISyntaxException {
        URL root = ParsedPageEventsTest.class.getResource("/org/copydesk/ingest");
        List<Path> html = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of(root.toURI()))) {
            files.filter(p -> p.toString().endsWith(".html")).sorted().forEach(html::add);
        }
        assertTrue(html.size() >= 10, "the module's HTML fixtures were not found");
        return html.stream();
    }

    static Stream<String> traps() {
        return Stream.of(
                "<html><head><title>Self-closing</title></head><body><div class=\"byline\"/>By Ana Ruiz"
                        + "<span/><p>Text after an empty span.</p><script src=\"x.js\"/><p>After the script.</p></body>",
                "\ufeff<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>Marque d'ordre</title>"
                        + "</head><body><p>Le conseil a voté « oui » mardi.</p><!-- a comment --></body></html>",
                "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">"
                        + "<meta name=\"author\" content=\"Lee Park\"></head><body><p>Caf\u00e9 \u2013 news</p></body>",
                "<frameset><frame src=\"a.html\"></frameset>",
                "<p>No head, no body<br>and a <b>bold<i>misnested</b> tag</i><table><td>cell</table>",
                "<html><body><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\"}</script>"
                        + "<style>p{color:red}</style><noscript><p>Enable scripts</p></noscript><p>Body</p>",
                "");
    }

    @ParameterizedTest
    @MethodSource("pages")
    void fixturePagesGiveTheSameEventsAsTikasParser(Path page) throws Exception {
        byte[] bytes = Files.readAllBytes(page);
        assertEquals(viaTika(bytes), viaOneParse(bytes), page.getFileName().toString());
    }

    @ParameterizedTest
    @MethodSource("traps")
    void trapPagesGiveTheSameEventsAsTikasParser(String page) throws Exception {
        byte[] bytes = page.getBytes(page.contains("windows-1252") ? StandardCharsets.ISO_8859_1
                : StandardCharsets.UTF_8);
        List<String> expected = viaTika(bytes);
        assertFalse(expected.isEmpty());
        assertEquals(expected, viaOneParse(bytes));
    }

    /** The events, then the metadata, of Tika's own parse. */
    private static List<String> viaTika(byte[] bytes) throws Exception {
        Recorder r = new Recorder();
        Metadata md = metadata();
        new JSoupParser().parse(new ByteArrayInputStream(bytes), r, md, context());
        return r.withMetadata(md);
    }

    private static List<String> viaOneParse(byte[] bytes) throws Exception {
        Recorder r = new Recorder();
        Metadata md = metadata();
        ParseContext context = context();
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            Document document = ParsedPageEvents.parse(in, md, context.get(EncodingDetector.class));
            ParsedPageEvents.emit(document, r, md, context);
        }
        return r.withMetadata(md);
    }

    private static Metadata metadata() {
        Metadata md = new Metadata();
        md.set(Metadata.CONTENT_TYPE, "text/html");
        return md;
    }

    private static ParseContext context() {
        ParseContext context = new ParseContext();
        context.set(HtmlMapper.class, IdentityHtmlMapper.INSTANCE);
        context.set(EncodingDetector.class, new PageCharset());
        return context;
    }

    /** Every event in order, characters joined as they arrive. */
    private static final class Recorder extends DefaultHandler {
        private final List<String> events = new ArrayList<>();

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            StringBuilder b = new StringBuilder("<").append(uri).append('|').append(localName);
            for (int i = 0; i < atts.getLength(); i++) {
                b.append(' ').append(atts.getQName(i)).append('=').append(atts.getValue(i));
            }
            events.add(b.toString());
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            events.add("</" + localName);
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            events.add("'" + new String(ch, start, length));
        }

        @Override
        public void ignorableWhitespace(char[] ch, int start, int length) {
            events.add("_" + new String(ch, start, length));
        }

        List<String> withMetadata(Metadata md) {
            List<String> all = new ArrayList<>(events);
            for (String name : md.names()) {
                all.add("@" + name + "=" + String.join("|", md.getValues(name)));
            }
            Collections.sort(all.subList(events.size(), all.size()));
            return all;
        }
    }
}
