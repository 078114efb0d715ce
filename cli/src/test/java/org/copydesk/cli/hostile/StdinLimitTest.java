package org.copydesk.cli.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Standard input is read no further than the byte limit: a stream far larger than {@code --max-bytes} is cut
 * off with {@code input.limit}, the part read is checked, and the JVM (under {@code -Xmx128m}, a quarter of what
 * is offered) never holds the rest.
 */
class StdinLimitTest {

    @Test
    void anEndlessLookingStreamIsReadUpToTheByteLimit(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("out");
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m", "-cp", System.getProperty("java.class.path"), "org.copydesk.cli.Copydesk", "check",
                "--now", "2024-06-01", "--max-bytes", "1M", "--fail-on", "never", "--out", out.toString(), "-");
        Process p = new ProcessBuilder(command).redirectOutput(tmp.resolve("stdout").toFile())
                .redirectError(tmp.resolve("stderr").toFile()).start();
        // Up to 512 MB, four times the child's heap, until the child stops listening (the pipe breaks).
        AtomicLong written = new AtomicLong();
        Thread feeder = new Thread(() -> {
            byte[] head = "Harbour works resume after the storm\n\nBy Ines Marlow\n\n".getBytes(StandardCharsets.UTF_8);
            byte[] paragraph = ("The harbour board said on Tuesday that repairs to the east wall would take another"
                    + " month, and that ferries would keep to the winter timetable until then.\n\n")
                    .getBytes(StandardCharsets.UTF_8);
            try (OutputStream stdin = p.getOutputStream()) {
                stdin.write(head);
                while (written.addAndGet(paragraph.length) < (512L << 20)) {
                    stdin.write(paragraph);
                }
            } catch (IOException e) {
                // the child has read what it wanted and gone
            }
        });
        feeder.setDaemon(true);
        feeder.start();
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
