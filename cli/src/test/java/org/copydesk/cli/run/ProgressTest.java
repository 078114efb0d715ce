package org.copydesk.cli.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The progress line: only on a terminal and not with {@code -q}; done, rate and elapsed time. */
class ProgressTest {

    @Test
    void offWhenNotATerminalOrQuiet() {
        assertFalse(Progress.wanted(false, false));
        assertFalse(Progress.wanted(true, true));
        assertTrue(Progress.wanted(true, false));
        StringWriter err = new StringWriter();
        Progress p = Progress.on(new PrintWriter(err), false, false);
        assertFalse(p.active());
        p.done();
        p.done(() -> { });
        p.finish();
        assertEquals("", err.toString());
    }

    @Test
    void drawsDoneAndRateThenClearsTheLine() {
        StringWriter err = new StringWriter();
        AtomicLong now = new AtomicLong();
        Progress p = new Progress(new PrintWriter(err), now::get);
        now.set(2_000_000_000L);
        p.done();
        assertTrue(err.toString().endsWith("checked 1 document(s), 0.5/s, 0:02 elapsed"), err.toString());
        p.finish();
        assertTrue(err.toString().endsWith("\r\u001b[K"), err.toString());
        assertEquals("checked 12,000 document(s), 3.3/s, 1:00:00 elapsed", Progress.line(12_000, 3_600_000_000_000L));
    }
}
