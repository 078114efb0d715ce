package org.copydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code check} command end to end: report files, the report contract's fields, and exit codes. */
class CheckCommandTest {

    private static final String ARTICLE = """
            Tram line reopens after six-month rebuild


            By Oona Petrov

            Published: 2 May 2024

            CASTLEMERE — The eastern tram line reopened on Thursday after six months of track renewal, the transport \
            authority said, with journeys between the station and the university now four minutes shorter.

            Support the Castlemere Post

            “Passengers told us the old line felt like a fairground ride, and we listened,” said Ivo Brandt, who \
            managed the rebuild for the authority. He said the final cost was within the budget set two years ago.

            A spokesperson for the drivers’ union said staff had been consulted on the new timetable and welcomed \
            the longer turnaround at the terminus.

            Leave a Reply
            """;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void writesAReportPerInputFollowingTheContract(@TempDir Path tmp) throws IOException {
        Path in = tmp.resolve("in/sub");
        Files.createDirectories(in);
        Files.writeString(in.resolve("tram.txt"), ARTICLE, StandardCharsets.UTF_8);
        Path out = tmp.resolve("out");
        CliRun r = run("check", "--out", out.toString(), "--now", "2024-06-01", tmp.resolve("in").toString());
        Path report = out.resolve("sub/tram.txt.report.json");
        assertTrue(Files.exists(report), r.out() + r.err());
        JsonNode j = new ObjectMapper().readTree(report.toFile());
        assertEquals("copydesk/report/v1", j.get("schema").asText());
        assertEquals(64, j.at("/source/sha256").asText().length());
        assertEquals("text/plain", j.at("/source/mediaType").asText());
        assertEquals("Tram line reopens after six-month rebuild", j.at("/article/headline").asText());
        assertEquals("CASTLEMERE", j.at("/article/dateline").asText());
        assertEquals("Oona Petrov", j.at("/article/bylines/0/name").asText());
        assertEquals("person", j.at("/article/bylines/0/kind").asText());
        assertEquals("2024-05-02", j.at("/article/published").asText());
        int at = 0;
        for (JsonNode s : j.get("segments")) {
            assertEquals(at, s.get("start").asInt());
            at = s.get("end").asInt();
        }
        assertEquals(j.at("/text/length").asInt(), at);
        assertFalse(j.get("body").asText().contains("Support the Castlemere Post"));
        assertTrue(j.get("quotes").size() >= 1);
        for (JsonNode q : j.get("quotes")) {
            double p = q.path("confidence").asDouble(-1);
            assertTrue(p >= 0 && p <= 1, "quote confidence " + q);
        }
        for (String field : List.of("body", "headline", "published", "modified", "bylines", "language")) {
            double p = j.at("/confidence/" + field).asDouble(-1);
            assertTrue(p >= 0 && p <= 1, field + " confidence " + j.get("confidence"));
        }
        assertTrue(j.get("verdict").asText().matches("pass|warn|fail"));
        assertEquals(0, r.code(), "no error-level finding expected: " + r.out());
    }

    @Test
    void failOnWarningExitsOneWhenThereAreWarnings(@TempDir Path tmp) throws IOException {
        Path f = tmp.resolve("undated.txt");
        Files.writeString(f, "Short note\n\nThe committee met on Tuesday and agreed nothing.\n");
        assertEquals(ExitCodes.FINDINGS, run("check", "--fail-on", "warning", f.toString()).code());
        assertEquals(ExitCodes.OK, run("check", "--fail-on", "never", f.toString()).code());
    }

    @Test
    void unreadableInputsStillGetAReportAndExitThree(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("out");
        CliRun r = run("check", "--out", out.toString(), tmp.resolve("missing.txt").toString());
        assertEquals(ExitCodes.UNREADABLE, r.code());
        JsonNode j = new ObjectMapper().readTree(out.resolve("missing.txt.report.json").toFile());
        assertEquals("fail", j.get("verdict").asText());
        assertEquals("input.unreadable", j.at("/findings/0/rule").asText());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(ExitCodes.USAGE, run("check", "--profile", "nonsense", "x").code());
        assertEquals(ExitCodes.USAGE, run("check", "--fail-on", "sometimes", "x").code());
        assertEquals(ExitCodes.USAGE, run("check", "--no-such-option", "x").code());
        assertEquals(ExitCodes.USAGE, run("explain", "no.such-rule").code());
    }

    @Test
    void rulesListsTheCatalog() {
        CliRun r = run("rules");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("date.stale-update"));
        assertTrue(r.out().contains("attribution.unattributed-quote"));
        CliRun e = run("explain", "date.weekday-mismatch");
        assertEquals(0, e.code());
        assertTrue(e.out().contains("date.weekday-mismatch"));
    }
}
