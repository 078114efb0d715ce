package org.copydesk.ingest.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.copydesk.core.Span;
import org.copydesk.ingest.text.Block;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A SAX handler fed by Tika's HTML parser (with the identity mapper, so every element and its class and id
 * arrive) that cuts the page body into blocks: the whitespace-normalised text of each block-level element, a
 * nested block or a line break ending the text before it. Text that no reader sees (scripts, styles,
 * templates, SVG, form controls' option lists) is skipped. Blocks are joined with one newline into the
 * document's extracted text, which their extents tile exactly.
 */
final class BlockCollector extends DefaultHandler {

    private static final Pattern SPACES = Pattern.compile(" +");

    static final Set<String> BLOCK_TAGS = Set.of("p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3",
            "h4", "h5", "h6", "td", "th", "tr", "table", "thead", "tbody", "tfoot", "caption", "blockquote", "pre",
            "figure", "figcaption", "section", "article", "aside", "nav", "header", "footer", "form", "main",
            "address", "hr", "br", "center", "details", "summary", "fieldset", "legend", "body", "hgroup", "menu",
            "dialog", "video", "audio", "picture");
    /** Elements whose content never becomes page text (their text does not count against the character limit). */
    static final Set<String> SKIPPED_TAGS = Set.of("script", "style", "noscript", "template", "svg", "math",
            "head", "iframe", "object", "embed", "canvas", "select", "textarea");

    private final List<PageBlock> blocks = new ArrayList<>();
    private final List<PageElement> elements = new ArrayList<>();
    private final Deque<PageElement> open = new ArrayDeque<>();
    private final StringBuilder text = new StringBuilder();
    private final StringBuilder pending = new StringBuilder();
    private boolean pendingSpace;
    private int pendingLinkChars;
    private int skipDepth;
    private int linkDepth;

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        String tag = (localName == null || localName.isEmpty() ? qName : localName).toLowerCase(Locale.ROOT);
        if (skipDepth > 0 || SKIPPED_TAGS.contains(tag)) {
            skipDepth++;
            return;
        }
        if (BLOCK_TAGS.contains(tag)) {
            flush();
        }
        PageElement e = new PageElement(elements.size(), tag, open.peek(), attributeWords(atts), isHidden(atts));
        elements.add(e);
        open.push(e);
        if (tag.equals("a")) {
            linkDepth++;
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if (skipDepth > 0) {
            skipDepth--;
            return;
        }
        PageElement e = open.peek();
        if (e == null) {
            return;
        }
        if (BLOCK_TAGS.contains(e.tag())) {
            flush();
        }
        if (e.tag().equals("a")) {
            linkDepth--;
        }
        open.pop();
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (skipDepth > 0 || open.isEmpty()) {
            return;
        }
        for (int i = start; i < start + length; i++) {
            char c = ch[i];
            if (Character.isWhitespace(c) || c == '\u00a0' || c == '\u2007' || c == '\u202f') {
                pendingSpace = pending.length() > 0;
            } else {
                if (pendingSpace) {
                    pending.append(' ');
                    pendingSpace = false;
                }
                pending.append(c);
                if (linkDepth > 0) {
                    pendingLinkChars++;
                }
            }
        }
    }

    /** Ends the text gathered so far as a block of the innermost open block-level element. */
    private void flush() {
        pendingSpace = false;
        if (pending.length() == 0) {
            return;
        }
        PageElement owner = owner();
        if (!text.isEmpty()) {
            text.append('\n');
        }
        int start = text.length();
        text.append(pending);
        String content = pending.toString();
        blocks.add(new PageBlock(new Block(blocks.size(), new Span(start, text.length()),
                new Span(start, text.length()), content), owner, headingLevel(owner), pendingLinkChars));
        pending.setLength(0);
        pendingLinkChars = 0;
    }

    private PageElement owner() {
        for (PageElement e : open) {
            if (BLOCK_TAGS.contains(e.tag())) {
                return e;
            }
        }
        return open.peekLast();
    }

    private static int headingLevel(PageElement owner) {
        for (PageElement e = owner; e != null; e = e.parent()) {
            String t = e.tag();
            if (t.length() == 2 && t.charAt(0) == 'h' && t.charAt(1) >= '1' && t.charAt(1) <= '6') {
                return t.charAt(1) - '0';
            }
        }
        return 0;
    }

    /** The text and its blocks, with extents widened so that they tile the text (each takes its newline). */
    HtmlPage page() {
        flush();
        String t = text.toString();
        List<PageBlock> tiled = new ArrayList<>(blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            PageBlock b = blocks.get(i);
            int from = i == 0 ? 0 : b.block().contentSpan().start();
            int to = i + 1 < blocks.size() ? blocks.get(i + 1).block().contentSpan().start() : t.length();
            Block wide = new Block(i, new Span(from, to), b.block().contentSpan(), b.block().content());
            tiled.add(new PageBlock(wide, b.element(), b.headingLevel(), b.linkChars()));
        }
        return new HtmlPage(t, tiled, List.copyOf(elements));
    }

    /** Class, id, role and itemprop values split into lower-case words ("shareBar__item" → "share bar item"). */
    static String attributeWords(Attributes atts) {
        StringBuilder out = new StringBuilder();
        for (String name : new String[] {"class", "id", "role", "itemprop"}) {
            String v = atts.getValue(name);
            if (v == null) {
                continue;
            }
            char prev = ' ';
            for (int i = 0; i < v.length() && i < 400; i++) {
                char c = v.charAt(i);
                if (Character.isLetterOrDigit(c)) {
                    boolean camel = Character.isUpperCase(c) && Character.isLowerCase(prev);
                    if ((camel || !Character.isLetterOrDigit(prev)) && out.length() > 0) {
                        out.append(' ');
                    }
                    out.append(Character.toLowerCase(c));
                }
                prev = c;
            }
            if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                out.append(' ');
            }
        }
        return SPACES.matcher(out.toString().strip()).replaceAll(" ");
    }

    private static boolean isHidden(Attributes atts) {
        if (atts.getValue("hidden") != null) {
            return true;
        }
        String style = atts.getValue("style");
        if (style == null) {
            return false;
        }
        String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return s.contains("display:none") || s.contains("visibility:hidden");
    }
}
