package org.copydesk.ingest.limits;

import org.apache.tika.sax.ContentHandlerDecorator;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Puts a {@link Budget} between a parser and the handler that gathers the text: every event checks the clock,
 * text beyond the character limit is not passed on (the parse stops there), and elements nested deeper than the
 * depth limit are not passed on while their text is, so the handler never sees a tree deeper than the limit.
 */
public final class GuardedHandler extends ContentHandlerDecorator {

    private final Budget budget;
    private final int maxDepth;
    private int depth;

    public GuardedHandler(ContentHandler handler, Budget budget) {
        super(handler);
        this.budget = budget;
        this.maxDepth = budget.limits().maxDepth();
    }

    @Override
    public void startElement(String uri, String localName, String name, Attributes atts) throws SAXException {
        budget.checkTime();
        depth++;
        if (depth > maxDepth) {
            budget.depthReached();
            return;
        }
        super.startElement(uri, localName, name, atts);
    }

    @Override
    public void endElement(String uri, String localName, String name) throws SAXException {
        depth--;
        if (depth >= maxDepth) {
            return;
        }
        super.endElement(uri, localName, name);
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        budget.checkTime();
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
}
