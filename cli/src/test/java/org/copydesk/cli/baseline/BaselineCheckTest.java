package org.copydesk.cli.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.copydesk.cli.CliRun;
import org.copydesk.cli.ExitCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --write-baseline} then {@code --baseline}: accepted findings stay marked, new and stale ones are told. */
class BaselineCheckTest {

    /** A stale update (warning), a short body (warning) and an anonymous source (info). */
    private static final String FERRY = """
            Harbour ferry fares to rise in spring


            By Mirela Ostrander

            Published: 3 March 2023
            Updated: 9 September 2024

            PORTHAVEN — Fares on the harbour ferry will rise by ten percent from April, the council said, citing \
            fuel costs and a new crew agreement.

            “We held prices for three winters, and that cannot go on,” said Tobias Wren, who chairs the transport \
            committee.

            Officials said privately that the rise could be larger next year.
            """;

    /** The same paragraph twice: text.duplicate-paragraph, a warning. */
    private static final String REPEATED = "The crossing takes forty minutes and runs six times a day in summer.\n\n"
            + "The crossing takes forty minutes and runs six times a day in summer.\n";

    private static CliRun check(Path tmp, String... extra) throws IOException {
        String[] base = {"check", "--now", "2025-01-01", "--fail-on", "warning", "--color", "never", "--config",
            CliRun.noConfidenceGate(tmp).toString()};
        String[] args = java.util.Arrays.copyOf(base, base.length + extra.length + 1);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        args[args.length - 1] = tmp.resolve("in").toString();
        return CliRun.of(args);
    }

    private static void article(Path tmp, String text) throws IOException {
        Files.createDirectories(tmp.resolve("in"));
        Files.writeString(tmp.resolve("in/ferry.txt"), text, StandardCharsets.UTF_8);
    }

    @Test
    void aRunWithItsOwnBaselinePassesAndNewFindingsFailAgain(@TempDir Path tmp) throws IOException {
        article(tmp, FERRY);
        Path baseline = tmp.resolve("baseline.json");
        CliRun first = check(tmp, "--write-baseline", baseline.toString());
        assertEquals(ExitCodes.FINDINGS, first.code(), first.toString());
        String written = Files.readString(baseline);
        assertTrue(written.startsWith("{\n  \"schema\" : \"copydesk/baseline/v1\""), written);
        assertTrue(written.contains("\"rule\" : \"date.stale-update\""), written);
        check(tmp, "--write-baseline", tmp.resolve("again.json").toString());
        assertEquals(written, Files.readString(tmp.resolve("again.json")), "same findings, same bytes");

        Path out = tmp.resolve("out");
        CliRun accepted = check(tmp, "--baseline", baseline.toString(), "--out", out.toString());
        assertEquals(ExitCodes.OK, accepted.code(), accepted.toString());
        assertTrue(accepted.out().contains("Baseline: 0 new, 3 baselined, 0 stale"), accepted.out());
        JsonNode report = new ObjectMapper().readTree(out.resolve("ferry.txt.report.json").toFile());
        assertEquals("pass", report.get("verdict").asText());
        assertEquals(3, report.get("findings").size(), "accepted findings stay in the report");
        for (JsonNode f : report.get("findings")) {
            assertTrue(f.path("baselined").asBoolean(), f.toString());
        }
        JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertEquals(0, summary.at("/baseline/new").asInt(), summary.toString());
        assertEquals(3, summary.at("/baseline/baselined").asInt(), summary.toString());

        // blank lines inserted above every finding: nothing is new
        String shifted = FERRY.replace("By Mirela", "\n\n\nBy Mirela").replace("PORTHAVEN", "\n\nPORTHAVEN");
        article(tmp, shifted);
        CliRun moved = check(tmp, "--baseline", baseline.toString());
        assertEquals(ExitCodes.OK, moved.code(), moved.toString());
        assertTrue(moved.out().contains("Baseline: 0 new, 3 baselined, 0 stale"), moved.out());

        // a new paragraph with a fresh warning: only that one is new (and the body is no longer too short)
        article(tmp, shifted.replace("Officials said", REPEATED + "\nOfficials said"));
        CliRun grown = check(tmp, "--baseline", baseline.toString());
        assertEquals(ExitCodes.FINDINGS, grown.code(), grown.toString());
        assertTrue(grown.out().contains("Baseline: 1 new, 2 baselined, 1 stale"), grown.out());
        assertTrue(grown.out().contains("warning text.duplicate-paragraph"), grown.out());
        assertTrue(grown.out().contains("stale text.too-short"), grown.out());
        assertTrue(!grown.out().contains("date.stale-update"), "accepted findings are not listed: " + grown.out());
    }

    @Test
    void removedTextLeavesStaleEntries(@TempDir Path tmp) throws IOException {
        article(tmp, FERRY);
        Path baseline = tmp.resolve("baseline.json");
        check(tmp, "--write-baseline", baseline.toString());
        article(tmp, FERRY.replace("Updated: 9 September 2024\n", "").replace(
                "Officials said privately that the rise could be larger next year.\n", ""));
        Path out = tmp.resolve("out");
        CliRun r = check(tmp, "--baseline", baseline.toString(), "--out", out.toString());
        assertEquals(ExitCodes.OK, r.code(), r.toString());
        assertTrue(r.out().contains("Baseline: 0 new, 1 baselined, 2 stale"), r.out());
        assertTrue(r.out().contains("stale date.stale-update"), r.out());
        assertTrue(r.out().contains("stale attribution.anonymous-source"), r.out());
    }

    @Test
    void aBaselineThatIsNotOneIsAUsageError(@TempDir Path tmp) throws IOException {
        article(tmp, FERRY);
        Path bad = Files.writeString(tmp.resolve("b.json"), "{\"findings\": []}");
        CliRun r = check(tmp, "--baseline", bad.toString());
        assertEquals(ExitCodes.USAGE, r.code(), r.toString());
        assertTrue(r.err().contains("not a Copydesk baseline"), r.err());
    }
}
