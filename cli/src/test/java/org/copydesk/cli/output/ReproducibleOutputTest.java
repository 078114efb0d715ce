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

    @Test
    void theSummaryListsTheLowConfidenceDocumentsByNameWhateverTheWorkersAndAResumedRunCountsThemToo(@TempDir Path tmp)
            throws IOException {
        Path in = OutputFixtures.articles(tmp.resolve("in"));
        for (int i = 0; i < 6; i++) {
            Files.copy(in.resolve("harbour.txt"), in.resolve("harbour-" + i + ".txt"));
        }
        // no estimate reaches 1: every estimated field of every document is low
        Path strict = Files.writeString(tmp.resolve("strict.yml"), "thresholds:\n  min-confidence: 1\n");
        Path one = tmp.resolve("one");
        Path two = tmp.resolve("two");
        OutputFixtures.check("--config", strict.toString(), "--jobs", "1", "--out", one.toString(), in.toString());
        OutputFixtures.check("--config", strict.toString(), "--jobs", "2", "--out", two.toString(), in.toString());
        byte[] written = Files.readAllBytes(one.resolve("summary.json"));
        assertArrayEquals(written, Files.readAllBytes(two.resolve("summary.json")));

        JsonNode c = new ObjectMapper().readTree(written).get("confidence");
        assertEquals(1.0, c.get("minimum").asDouble());
        assertEquals("[\"body\",\"published\"]", c.get("reliedOn").toString());
        assertEquals(9, c.get("documents").asInt());
        assertEquals(9, c.get("lowDocuments").asInt());
        assertEquals(0, c.get("lowNotListed").asInt());
        List<String> listed = new java.util.ArrayList<>();
        for (JsonNode d : c.get("low")) {
            listed.add(Path.of(d.get("document").asText()).getFileName().toString());
            assertEquals(List.of("body", "published"), fieldNames(d.get("fields")), d.toString());
        }
        assertEquals(List.of("council.txt", "ferry.html", "harbour-0.txt", "harbour-1.txt", "harbour-2.txt",
                "harbour-3.txt", "harbour-4.txt", "harbour-5.txt", "harbour.txt"), listed, "by report name");
        JsonNode body = c.at("/fields/body");
        assertEquals(9, body.get("estimated").asInt());
        assertEquals(9, body.get("below").asInt());
        assertEquals(1.0, body.get("belowShare").asDouble());
        int counted = 0;
        for (JsonNode bin : body.get("histogram")) {
            counted += bin.asInt();
        }
        assertEquals(9, counted, "every estimate in one tenth");
        assertTrue(body.get("mean").asDouble() > 0 && body.get("mean").asDouble() < 1, body.toString());

        // resumed reports are read back, confidence included: the same summary
        OutputFixtures.check("--config", strict.toString(), "--resume", "--out", one.toString(), in.toString());
        JsonNode resumed = new ObjectMapper().readTree(one.resolve("summary.json").toFile());
        assertEquals(9, resumed.get("resumed").asInt());
        assertEquals(c, resumed.get("confidence"));
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new java.util.ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).map(dir::relativize).sorted().toList();
        }
    }
}
