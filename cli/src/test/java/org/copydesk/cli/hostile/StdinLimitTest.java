package org.copydesk.cli.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Standard input is read no further than the byte limit: a stream far larger than {@code --max-bytes} is cut
 * off with {@code input.limit}, the part read is checked, and the JVM (under {@code -Xmx64m}, less than the
 * stream) never holds the rest.
 */
class StdinLimitTest {

    @Test
    void anEndlessLookingStreamIsReadUpToTheByteLimit(@TempDir Path tmp) throws Exception {
        Path big = tmp.resolve("big.txt");
        try (BufferedWriter w = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
            w.write("Harbour works resume after the storm\n\nBy Ines Marlow\n\n");
            String paragraph = "The harbour board said on Tuesday that repairs to the east wall would take"
                    + " another month, and that ferries would keep to the winter timetable until then.\n\n";
            for (long n = 0; n < (96L << 20); n += paragraph.length()) {
                w.write(paragraph);
            }
        }
        Path out = tmp.resolve("out");
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m", "-cp", System.getProperty("java.class.path"), "org.copydesk.cli.Copydesk", "check",
                "--now", "2024-06-01", "--max-bytes", "1M", "--fail-on", "never", "--out", out.toString(), "-");
        Process p = new ProcessBuilder(command).redirectInput(big.toFile())
                .redirectOutput(tmp.resolve("stdout").toFile()).redirectError(tmp.resolve("stderr").toFile()).start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "the run did not finish");
        String terminal = Files.readString(tmp.resolve("stdout")) + Files.readString(tmp.resolve("stderr"));
        assertEquals(0, p.exitValue(), terminal);
        assertFalse(terminal.contains("Exception") || terminal.contains("OutOfMemory"), terminal);

        JsonNode report = new ObjectMapper().readTree(out.resolve("stdin.report.json").toFile());
        assertEquals(1 << 20, report.at("/source/bytes").asLong(), report.get("source").toString());
        assertTrue(report.get("findings").findValuesAsText("rule").contains("input.limit"), terminal);
        assertEquals("Harbour works resume after the storm", report.at("/article/headline").asText());
    }
}
