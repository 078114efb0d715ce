package org.copydesk.ingest.limits;

import java.util.Locale;
import java.util.Set;
import org.apache.tika.sax.ContentHandlerDecorator;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Puts a {@link Budget} between a parser and the handler that gathers the text: every event checks the clock,
 * text beyond the character limit is not passed on (the parse stops there), and elements nested deeper than the
 * depth limit are not passed on while their text is, so the handler never sees a tree deeper than the limit.
 * Text inside elements the handler never keeps as text (an HTML page's scripts and styles, say) is passed on
 * without counting against the character limit: that limit is about the text a document gives to read, and a
 * page's inline scripts are not part of it. The byte and time limits still bound them.
 */
public final class GuardedHandler extends ContentHandlerDecorator {

    private final Budget budget;
    private final int maxDepth;
    private final Set<String> uncounted;
    private int depth;
    private int uncountedDepth;

    /** Every character of text counts against the character limit. */
    public GuardedHandler(ContentHandler handler, Budget budget) {
        this(handler, budget, Set.of());
    }

    /**
     * Text inside an element named in {@code uncounted} (lower-case local names, e.g. {@code script}), at any
     * depth below it, does not count against the character limit.
     */
    public GuardedHandler(ContentHandler handler, Budget budget, Set<String> uncounted) {
        super(handler);
        this.budget = budget;
        this.maxDepth = budget.limits().maxDepth();
        this.uncounted = Set.copyOf(uncounted);
    }

    @Override
    public void startElement(String uri, String localName, String name, Attributes atts) throws SAXException {
        budget.checkTime();
        depth++;
        if (uncountedDepth > 0 || !uncounted.isEmpty() && uncounted.contains(lowerName(localName, name))) {
            uncountedDepth++;
        }
        if (depth > maxDepth) {
            budget.depthReached();
            return;
        }
        super.startElement(uri, localName, name, atts);
    }

    @Override
    public void endElement(String uri, String localName, String name) throws SAXException {
        depth--;
        if (uncountedDepth > 0) {
            uncountedDepth--;
        }
        if (depth >= maxDepth) {
            return;
        }
        super.endElement(uri, localName, name);
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        budget.checkTime();
        if (uncountedDepth > 0) {
            super.characters(ch, start, length);
            return;
        }
        int kept = budget.take(length);
        if (kept > 0) {
            super.characters(ch, start, kept);
        }
        if (kept < length) {
            throw new LimitReached("character limit " + budget.limits().maxChars());
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        budget.checkTime();
        super.ignorableWhitespace(ch, start, length);
    }

    private static String lowerName(String localName, String name) {
        return (localName == null || localName.isEmpty() ? name : localName).toLowerCase(Locale.ROOT);
    }
}
