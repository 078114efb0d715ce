package org.copydesk.cli.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.copydesk.cli.run.RunSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With a fixed timestamp, two runs over the same inputs write byte-identical files in every format. The timestamp
 * is given with the hidden {@code --source-date-epoch} option, which stands in for {@code SOURCE_DATE_EPOCH} so the
 * test needs no environment variable.
 */
class ReproducibleOutputTest {

    @Test
    void twoRunsWriteTheSameBytesWhateverTheNumberOfWorkers(@TempDir Path tmp) throws IOException {
        Path in = OutputFixtures.articles(tmp.resolve("in"));
        Files.createDirectories(in.resolve("more"));
        for (int i = 0; i < 12; i++) { // enough documents for two workers to finish out of order
            Files.copy(in.resolve("harbour.txt"), in.resolve("more/harbour-" + i + ".txt"));
        }
        Path first = tmp.resolve("first");
        Path second = tmp.resolve("second");
        String formats = String.join(",", Stream.of(OutputFormat.values()).map(OutputFormat::id).toList());
        OutputFixtures.check("--jobs", "1", "--format", formats, "--out", first.toString(), in.toString());
        OutputFixtures.check("--jobs", "2", "--format", formats, "--out", second.toString(), in.toString());
        List<Path> files = files(first);
        assertEquals(files, files(second));
        for (String expected : List.of("summary.json", "copydesk.sarif", "junit.xml", "harbour.txt.prov.json",
                RunSummary.ENTRY_LOG)) {
            assertTrue(files.contains(Path.of(expected)), expected + " in " + files);
        }
        for (Path f : files) {
            assertArrayEquals(Files.readAllBytes(first.resolve(f)), Files.readAllBytes(second.resolve(f)), f.toString());
        }
    }

    @Test
    void summaryIsWrittenWhateverTheFormatsWithTimingsZeroedWhenReproducible(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("out");
        OutputFixtures.check("--out", out.toString(), OutputFixtures.articles(tmp.resolve("in")).toString());
        JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertEquals(3, summary.get("inputs").asInt());
        assertEquals(3, summary.get("reports").asInt());
        assertEquals(3, summary.at("/documents/pass").asInt() + summary.at("/documents/warn").asInt()
                + summary.at("/documents/fail").asInt());
        assertEquals(4, summary.at("/findings/byRule/attribution.anonymous-source").asInt());
        assertEquals("scrape-audit", summary.get("profile").asText());
        assertTrue(summary.at("/timings/reproducible").asBoolean());
        assertEquals(0, summary.at("/timings/elapsedMillis").asLong());
        assertEquals(0.0, summary.at("/timings/documentsPerSecond").asDouble());
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).map(dir::relativize).sorted().toList();
        }
    }
}
