package org.copydesk.spark;

import java.util.function.Supplier;
import org.copydesk.core.Report;
import org.copydesk.engine.DocumentChecker;

/** A document's check that never fails its task: whatever escapes becomes the document's unreadable report. */
final class Guard {

    private Guard() {
    }

    /**
     * The result of {@code check} for the document named {@code name} and shown as {@code display}; {@code url}
     * is where it was fetched from, or {@code null}; {@code rendering} says what else to render.
     */
    static DocResult result(DocumentChecker checker, Rendering rendering, String name, String display, String url,
            Supplier<Report> check) {
        try {
            return DocResult.of(name, check.get(), url, rendering, checker);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return DocResult.of(name, checker.unreadable(display, "cannot check the document: " + describe(e)), url,
                    rendering, checker);
        }
    }

    static String describe(Throwable e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : ": " + m.strip());
    }
}
