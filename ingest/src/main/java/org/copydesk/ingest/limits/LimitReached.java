package org.copydesk.ingest.limits;

import org.xml.sax.SAXException;

/**
 * Thrown into a parser (from a content handler or an input stream) to stop it at a limit. A SAX exception, so
 * that parsers pass it up as they pass their handler's own exceptions; callers find it in the cause chain with
 * {@link #in}. The {@link Budget} that threw it records which limit it was.
 */
public final class LimitReached extends SAXException {
    private static final long serialVersionUID = 1L;

    LimitReached(String message) {
        super(message);
    }

    /** Whether {@code e} or one of its causes is a {@link LimitReached}. */
    public static boolean in(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof LimitReached || (t instanceof SAXException s && s.getException() instanceof LimitReached)) {
                return true;
            }
        }
        return false;
    }
}
