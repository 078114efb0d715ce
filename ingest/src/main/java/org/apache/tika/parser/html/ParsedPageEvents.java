package org.apache.tika.parser.html;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import javax.xml.XMLConstants;
import org.apache.commons.io.input.CloseShieldInputStream;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.parser.Tag;
import org.jsoup.parser.TagSet;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;

/**
 * Tika's HTML parse in two steps, so that Copydesk parses a page once: {@link #parse} builds the jsoup document
 * as {@link JSoupParser} does (its charset detection, its tag set, its metadata), and {@link #emit} sends that
 * document through Tika's own handler chain ({@link HtmlHandler}, {@link XHTMLDowngradeHandler}), the events
 * {@code JSoupParser} would have sent. The caller then reads the same document's markup (JSON-LD, meta tags)
 * instead of parsing the page a second time. It sits in Tika's package because that chain is package-private;
 * Copydesk's tests hold its events equal to {@code JSoupParser}'s, so a Tika upgrade that changes either fails
 * the build rather than the reports.
 */
public final class ParsedPageEvents {

    /** HTML's tags, plus the ones Tika lets close themselves ({@code <div/>}), read from Tika's own list. */
    private static final TagSet TAGS = selfCloseable();

    private ParsedPageEvents() {
    }

    /**
     * Parses the page in {@code stream} as {@link JSoupParser#parse} does: the charset from {@code charsets}
     * (US-ASCII when it finds none), recorded with the media type in {@code metadata}.
     */
    public static Document parse(InputStream stream, Metadata metadata, EncodingDetector charsets)
            throws IOException {
        Charset charset = charsets.detect(stream, metadata);
        charset = charset == null ? JSoupParser.DEFAULT_CHARSET : charset;
        String previous = metadata.get(Metadata.CONTENT_TYPE);
        MediaType type = null;
        if (previous == null || previous.startsWith("text/html")) {
            type = new MediaType(MediaType.TEXT_HTML, charset);
        } else if (previous.startsWith("application/xhtml+xml")) {
            type = new MediaType(MediaType.application("xhtml+xml"), charset);
        } else if (previous.startsWith("application/vnd.wap.xhtml+xml")) {
            type = new MediaType(MediaType.application("vnd.wap.xhtml+xml"), charset);
        } else if (previous.startsWith("application/x-asp")) {
            type = new MediaType(MediaType.application("x-asp"), charset);
        }
        if (type != null) {
            metadata.set(Metadata.CONTENT_TYPE, type.toString());
        }
        metadata.set(Metadata.CONTENT_ENCODING, charset.name());
        Document document = Jsoup.parse(CloseShieldInputStream.wrap(stream), charset.name(), "",
                Parser.htmlParser().tagSet(TAGS));
        document.quirksMode(Document.QuirksMode.quirks);
        return document;
    }

    /**
     * Sends {@code document} to {@code handler} through Tika's HTML handler chain with {@code context}'s mapper;
     * script contents are not extracted. {@code document} is only read.
     */
    public static void emit(Document document, ContentHandler handler, Metadata metadata, ParseContext context)
            throws SAXException {
        HtmlMapper mapper = context.get(HtmlMapper.class, new DefaultHtmlMapper());
        ContentHandler xhtml = new XHTMLDowngradeHandler(new HtmlHandler(mapper, handler, metadata, context, false));
        xhtml.startDocument();
        try {
            NodeTraversor.filter(new Events(xhtml), document);
        } catch (WrappedSaxException e) {
            throw e.wrapped;
        } finally {
            xhtml.endDocument();
        }
    }

    private static TagSet selfCloseable() {
        TagSet tags = TagSet.Html();
        try (InputStream in = JSoupParser.class.getResourceAsStream("self-closeable-tags.txt")) {
            if (in == null) {
                throw new IllegalStateException("Tika's self-closeable-tags.txt is missing from its HTML parser");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String name = line.trim();
                if (!name.isEmpty() && !name.startsWith("#")) {
                    tags.valueOf(name, Parser.NamespaceHtml).set(Tag.SelfClose);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tags;
    }

    /** Text and script data as characters, every other node as an element with its attributes. */
    private static final class Events implements NodeFilter {
        private final ContentHandler handler;

        Events(ContentHandler handler) {
            this.handler = handler;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            try {
                if (node instanceof TextNode text) {
                    characters(text.getWholeText());
                } else if (node instanceof DataNode data) {
                    characters(data.getWholeData());
                } else {
                    AttributesImpl attributes = new AttributesImpl();
                    for (Attribute a : node.attributes()) {
                        attributes.addAttribute("", a.getKey(), a.getKey(), "", a.getValue());
                    }
                    handler.startElement(XMLConstants.NULL_NS_URI, node.nodeName(), node.nodeName(), attributes);
                }
            } catch (SAXException e) {
                throw new WrappedSaxException(e);
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (!(node instanceof TextNode) && !(node instanceof DataNode)) {
                try {
                    handler.endElement(XMLConstants.NULL_NS_URI, node.nodeName(), node.nodeName());
                } catch (SAXException e) {
                    throw new WrappedSaxException(e);
                }
            }
            return FilterResult.CONTINUE;
        }

        private void characters(String text) throws SAXException {
            if (text != null && !text.isEmpty()) {
                char[] chars = text.toCharArray();
                handler.characters(chars, 0, chars.length);
            }
        }
    }

    /** Carries a handler's exception out of jsoup's traversal, which takes no checked exceptions. */
    private static final class WrappedSaxException extends RuntimeException {
        private final SAXException wrapped;

        WrappedSaxException(SAXException wrapped) {
            super(wrapped);
            this.wrapped = wrapped;
        }
    }
}
