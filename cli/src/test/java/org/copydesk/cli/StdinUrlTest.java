package org.copydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check --url URL -}: the address standard input was fetched from is evidence of the publication date,
 * and the report says so ({@code publishedKind} {@code url}); without {@code -} the option is a usage error.
 */
class StdinUrlTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String STORY = """
            Night buses return to the river line

            The transit board will restore the night buses along the river line from the first weekend of \
            the month, after riders collected four thousand signatures in a fortnight.

            The service will run every half hour between midnight and five, the board said.
            """;

    private static JsonNode checkStdin(Path out, String... options) throws IOException {
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream(STORY.getBytes(StandardCharsets.UTF_8)));
            String[] args = new String[options.length + 9];
            System.arraycopy(new String[] {"check", "-q", "--fail-on", "never", "--now", "2025-06-01", "--out",
                out.toString()}, 0, args, 0, 8);
            System.arraycopy(options, 0, args, 8, options.length);
            args[args.length - 1] = "-";
            CliRun run = CliRun.of(args);
            assertEquals(0, run.code(), run.toString());
            return JSON.readTree(out.resolve("stdin.report.json").toFile()).get("article");
        } finally {
            System.setIn(stdin);
        }
    }

    @Test
    void theUrlOfStandardInputDatesIt(@TempDir Path tmp) throws IOException {
        JsonNode a = checkStdin(tmp.resolve("out"), "--url", "https://transit.example.net/news/2025/05/12/night-buses");
        assertEquals("2025-05-12", a.get("published").asText());
        assertEquals("url", a.get("publishedSource").asText());
        assertEquals("url", a.get("publishedKind").asText());
        assertTrue(a.get("publishedRejected").isArray());
    }

    @Test
    void withoutTheUrlStandardInputIsUndated(@TempDir Path tmp) throws IOException {
        JsonNode a = checkStdin(tmp.resolve("out"));
        assertTrue(a.get("published").isNull());
        assertTrue(a.get("publishedKind").isNull());
        assertEquals(0, a.get("publishedRejected").size());
    }

    @Test
    void theUrlNeedsStandardInput(@TempDir Path tmp) throws IOException {
        Path file = CliRun.write(tmp.resolve("story.txt"), STORY);
        CliRun run = CliRun.of("check", "-q", "--url", "https://transit.example.net/2025/05/12/x", file.toString());
        assertEquals(2, run.code(), run.toString());
        assertTrue(run.err().contains("--url"), run.err());
    }
}
