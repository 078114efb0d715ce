package org.copydesk.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.copydesk.cli.TerminalSummary.ColorMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The terminal summary: colour only on a terminal (or when forced), the tally, and {@code -q}. */
class TerminalSummaryTest {

    @Test
    void colourOnlyOnATerminalThatWantsIt() {
        Map<String, String> xterm = Map.of("TERM", "xterm-256color");
        assertTrue(TerminalSummary.useColor(ColorMode.AUTO, true, xterm));
        assertFalse(TerminalSummary.useColor(ColorMode.AUTO, false, xterm), "not a terminal");
        assertFalse(TerminalSummary.useColor(ColorMode.AUTO, true, Map.of("TERM", "dumb")));
        assertFalse(TerminalSummary.useColor(ColorMode.AUTO, true, Map.of("TERM", "xterm", "NO_COLOR", "1")));
        assertTrue(TerminalSummary.useColor(ColorMode.AUTO, true, Map.of("TERM", "xterm", "NO_COLOR", "")));
        assertTrue(TerminalSummary.useColor(ColorMode.ALWAYS, false, Map.of("NO_COLOR", "1")));
        assertFalse(TerminalSummary.useColor(ColorMode.NEVER, true, xterm));
    }

    @Test
    void plainWhenNotATerminalColouredWhenForced(@TempDir Path tmp) throws IOException {
        Path doc = CliRun.write(tmp.resolve("ferry.txt"), ConfigCheckTest.FERRY);
        CliRun plain = CliRun.of("check", "--now", "2025-01-01", "--config", CliRun.noConfidenceGate(tmp).toString(),
                doc.toString());
        assertFalse(plain.out().contains("\u001b["), plain.out());
        assertTrue(plain.out().contains("WARN  " + doc + "  (0 errors, 2 warnings, 0 info)"), plain.out());
        assertTrue(plain.out().contains("warning date.stale-update"), plain.out());
        assertTrue(plain.out().contains("Documents: 1 — 0 fail, 1 warn, 0 pass"), plain.out());
        assertTrue(plain.out().contains("Top rules: date.stale-update 1, text.too-short 1"), plain.out());
        assertTrue(plain.out().contains("Low confidence: 0 documents below 0.00 in a field the profile relies on"),
                plain.out());
        CliRun coloured = CliRun.of("check", "--color=always", "--now", "2025-01-01", doc.toString());
        assertTrue(coloured.out().contains("\u001b[1;33mWARN"), coloured.out());
    }

    @Test
    void quietKeepsOnlyTheTally(@TempDir Path tmp) throws IOException {
        Path doc = CliRun.write(tmp.resolve("ferry.txt"), ConfigCheckTest.FERRY);
        CliRun q = CliRun.of("check", "-q", "--now", "2025-01-01", doc.toString());
        assertFalse(q.out().contains(doc.toString()), q.out());
        assertFalse(q.out().contains("warning date.stale-update"), q.out());
        assertTrue(q.out().contains("Documents: 1 — 0 fail, 1 warn, 0 pass"), q.out());
        assertTrue(q.out().contains("1 document(s) checked"), q.out());
    }
}
