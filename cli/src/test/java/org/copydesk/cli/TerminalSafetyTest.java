package org.copydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.copydesk.ingest.Ingestor;
import org.copydesk.render.VisibleText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No input steers the terminal: text from a document, a file name or an argument reaches stdout and stderr with
 * its control characters shown visibly, and the Markdown and HTML reports show bidirectional controls as markers.
 */
class TerminalSafetyTest {

    private static final String ATTACK = "\u001b[2J\u001b]0;OWNED\u0007";
    private static final Pattern VERDICT_LINE = Pattern.compile("(?m)^(FAIL|WARN|PASS)  ");

    private static final String STORY = """
            Harbour ferry fares to rise in spring

            By A %s Roe

            Published: 3 March 2023

            PORTHAVEN — Fares on the harbour ferry will rise by ten percent from April, the council said, citing \
            fuel costs and a new crew agreement that adds a second deckhand to every evening crossing.

            The council's transport committee voted for the rise on Tuesday after a long debate about the \
            service's deficit, which has grown for three years in a row.
            """;

    @Test
    void aBylineCannotClearTheScreenOrRetitleTheWindow(@TempDir Path tmp) throws IOException {
        Path doc = CliRun.write(tmp.resolve("ferry.txt"), STORY.formatted(ATTACK));
        CliRun run = CliRun.of("check", "--color", "never", "--now", "2025-01-01", doc.toString());
        assertNoRawControls(run.out());
        assertNoRawControls(run.err());
        assertTrue(run.out().contains("By A \\e[2J\\e]0;OWNED\\x07 Roe"), run.out());
        assertEquals(1, VERDICT_LINE.matcher(run.out()).results().count(), run.out());
    }

    @Test
    void aFileNameCannotForgeASummaryLine(@TempDir Path tmp) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("in"));
        Path evil = dir.resolve("a.txt\nPASS  forged.txt  (0 errors, 0 warnings, 0 info)\u001b[2J.txt");
        Files.write(evil, STORY.formatted("Jane Roe").getBytes(StandardCharsets.UTF_8));
        Path out = tmp.resolve("out\nDocuments: 9");
        CliRun run = CliRun.of("check", "--color", "never", "--now", "2025-01-01", "--out", out.toString(),
                "--format", "json,md", dir.toString());
        assertNoRawControls(run.out());
        assertNoRawControls(run.err());
        assertEquals(1, VERDICT_LINE.matcher(run.out()).results().count(), run.out());
        assertTrue(run.out().contains("a.txt\\nPASS  forged.txt  (0 errors, 0 warnings, 0 info)\\e[2J.txt  ("),
                run.out());
        assertTrue(run.out().contains("reports in " + tmp + "/out\\nDocuments: 9"), run.out());
        assertEquals(1, Pattern.compile("(?m)^Documents: ").matcher(run.out()).results().count(), run.out());
        assertTrue(Files.isDirectory(out), "the reports are still written where asked");
    }

    @Test
    void errorMessagesShowArgumentsVisibly(@TempDir Path tmp) {
        CliRun unknownOption = CliRun.of("check", "--sneaky" + ATTACK, tmp.toString());
        assertEquals(ExitCodes.USAGE, unknownOption.code(), unknownOption.toString());
        assertNoRawControls(unknownOption.err());
        assertTrue(unknownOption.err().contains("--sneaky\\e[2J"), unknownOption.err());

        CliRun baseline = CliRun.of("check", "--baseline", tmp.resolve("gone" + ATTACK + ".json").toString(),
                tmp.toString());
        assertEquals(ExitCodes.USAGE, baseline.code(), baseline.toString());
        assertNoRawControls(baseline.err());
        assertTrue(baseline.err().contains("gone\\e[2J\\e]0;OWNED\\x07.json"), baseline.err());
    }

    @Test
    void explainDoesNotEchoAnUnknownIdRaw() {
        CliRun run = CliRun.of("explain", "date.future" + ATTACK + "\nforged line");
        assertEquals(ExitCodes.USAGE, run.code(), run.toString());
        assertNoRawControls(run.err());
        assertTrue(run.err().contains("no rule 'date.future\\e[2J\\e]0;OWNED\\x07\\nforged line'"), run.err());
        assertEquals(1, run.err().lines().count(), "one line, none forged: " + run.err());
    }

    @Test
    void extractWritesTheTextUnchangedIntoAPipeAndVisiblyOnATerminal(@TempDir Path tmp) throws IOException {
        Path doc = CliRun.write(tmp.resolve("ferry.txt"), STORY.formatted("Jane Roe").replace("PORTHAVEN",
                "PORT" + ATTACK + "HAVEN\u202e\u0085"));
        String body = new Ingestor(java.time.Instant.parse("2026-01-01T00:00:00Z")).ingest(doc, doc.toString()).body();
        assertTrue(body.contains(ATTACK + "HAVEN\u202e\u0085"), body);

        CliRun piped = CliRun.of("extract", doc.toString());
        assertEquals(ExitCodes.OK, piped.code(), piped.toString());
        assertEquals(body + System.lineSeparator(), piped.out(), "data into a pipe is written as it is");

        ExtractCommand command = new ExtractCommand();
        command.file = doc;
        command.format = "text";
        StringWriter out = new StringWriter();
        assertEquals(ExitCodes.OK, command.extract(new PrintWriter(out), new PrintWriter(new StringWriter()), true));
        String shown = out.toString();
        assertNoRawControls(shown.replace("\n", "").replace("\t", ""));
        assertTrue(shown.contains("PORT\\e[2J\\e]0;OWNED\\x07HAVEN\\u202E\\u0085 — Fares"), shown);
        assertEquals(body.lines().count(), shown.lines().count(), "newlines are kept on a terminal");
        assertEquals(VisibleText.terminalText(body) + System.lineSeparator(), shown);
        assertEquals(body, ExtractCommand.printable(body, false));

        CliRun json = CliRun.of("extract", "--format", "json", doc.toString());
        assertEquals(ExitCodes.OK, json.code(), json.toString());
        assertFalse(json.out().contains("\u001b") || json.out().contains("\u0007"), json.out());
        assertTrue(json.out().toLowerCase(java.util.Locale.ROOT).contains("port\\u001b[2j"), json.out());
    }

    @Test
    void extractNamesAnUnreadableFileVisibly(@TempDir Path tmp) {
        CliRun run = CliRun.of("extract", tmp.resolve("missing" + ATTACK + ".txt").toString());
        assertEquals(ExitCodes.UNREADABLE, run.code(), run.toString());
        assertNoRawControls(run.err());
        assertTrue(run.err().contains("missing\\e[2J\\e]0;OWNED\\x07.txt"), run.err());
    }

    @Test
    void readableReportsShowBidiControlsAsMarkers(@TempDir Path tmp) throws IOException {
        Path in = CliRun.write(tmp.resolve("in/ferry.txt"), STORY.formatted("Jane \u202eeoR\u202c")
                .replace("Harbour ferry", "Harbour \u2066ferry\u2069\u2028fares"));
        Path out = tmp.resolve("out");
        CliRun run = CliRun.of("check", "-q", "--now", "2025-01-01", "--out", out.toString(), "--format",
                "md,html", in.getParent().toString());
        assertNoRawControls(run.out());
        String md = Files.readString(out.resolve("ferry.txt.report.md"));
        String html = Files.readString(out.resolve("ferry.txt.report.html"));
        for (String report : new String[] {md, html}) {
            assertFalse(report.chars().anyMatch(c -> VisibleText.bidiOrSeparator((char) c)), report);
        }
        assertTrue(md.contains("Jane \\<U+202E\\>eoR\\<U+202C\\>"), md);
        assertTrue(md.contains("Harbour \\<U+2066\\>ferry\\<U+2069\\>\\<U+2028\\>fares"), md);
        assertTrue(html.contains("Jane &lt;U+202E&gt;eoR&lt;U+202C&gt;"), html);
        assertTrue(html.contains("Harbour &lt;U+2066&gt;ferry&lt;U+2069&gt;&lt;U+2028&gt;fares"), html);
    }

    private static void assertNoRawControls(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean control = c < 0x20 && c != '\n' || c >= 0x7f && c <= 0x9f || VisibleText.bidiOrSeparator(c);
            assertFalse(control, "raw U+" + String.format("%04X", (int) c) + " at " + i + " in: " + s);
        }
    }
}
