package org.copydesk.cli.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.copydesk.cli.CliRun;
import org.copydesk.ingest.timing.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --timings}: summary.json gains each stage's time and the slowest documents, the terminal the five slowest;
 * without the option nothing of it appears, and with it every other file is the same.
 */
class TimingsOutputTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Rounding each figure to a tenth of a millisecond may make the stages' sum pass the total by this much. */
    private static final double SLACK = 0.1 * Stage.values().length;

    @Test
    void theSummaryGivesEachStageAndTheSlowestDocumentsSlowestFirst(@TempDir Path tmp) throws IOException {
        Path in = copies(tmp.resolve("in"), 12); // 15 documents: 1 % of them is fewer than the 10 listed
        Path out = tmp.resolve("out");
        OutputFixtures.check("--timings", "--jobs", "2", "--out", out.toString(), in.toString());
        JsonNode timings = JSON.readTree(out.resolve("summary.json").toFile()).get("timings");

        assertFalse(timings.get("reproducible").asBoolean(), "timed runs are never reproducible");
        assertTrue(timings.get("elapsedMillis").asLong() > 0, timings.toString());
        assertEquals(15, timings.get("timedDocuments").asInt());
        double whole = timings.get("documentMillis").asDouble();
        assertTrue(whole > 0, timings.toString());

        JsonNode stages = timings.get("stages");
        assertEquals(Stream.of(Stage.values()).map(Stage::id).toList(), names(stages), "every stage, in order");
        double stageSum = 0;
        double shareSum = 0;
        for (Stage s : Stage.values()) {
            JsonNode stage = stages.get(s.id());
            assertTrue(stage.get("millis").asDouble() >= 0 && stage.get("share").asDouble() >= 0, stage.toString());
            stageSum += stage.get("millis").asDouble();
            shareSum += stage.get("share").asDouble();
        }
        assertTrue(stageSum <= whole + SLACK, stageSum + " ms in stages of " + whole);
        assertTrue(shareSum <= 1.0 + 0.001 * Stage.values().length, "shares " + shareSum);
        for (String reached : List.of("read", "parse", "markup", "layout", "metadata", "rules", "output")) {
            assertTrue(stages.at("/" + reached + "/millis").asDouble() > 0, reached + ": " + stages);
        }

        JsonNode slowest = timings.get("slowest");
        assertEquals(10, slowest.size(), "at least ten listed");
        double previous = Double.MAX_VALUE;
        for (JsonNode d : slowest) {
            double millis = d.get("millis").asDouble();
            assertTrue(millis > 0 && millis <= previous, "slowest first: " + slowest);
            previous = millis;
            Path document = Path.of(d.get("document").asText());
            assertTrue(document.startsWith(in), d.toString());
            assertEquals(Files.size(document), d.get("bytes").asLong(), d.toString());
            assertEquals(names(stages), names(d.get("stages")));
            double own = 0;
            for (JsonNode stage : d.get("stages")) {
                assertTrue(stage.asDouble() >= 0, d.toString());
                own += stage.asDouble();
            }
            assertTrue(own <= millis + SLACK, own + " ms in stages of " + d);
        }
    }

    @Test
    void aSmallRunListsEveryDocument(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("out");
        OutputFixtures.check("--timings", "--out", out.toString(), OutputFixtures.articles(tmp.resolve("in")).toString());
        JsonNode timings = JSON.readTree(out.resolve("summary.json").toFile()).get("timings");
        assertEquals(3, timings.get("slowest").size());
        // the HTML page's markup is read, the text files have none
        for (JsonNode d : timings.get("slowest")) {
            boolean html = d.get("document").asText().endsWith(".html");
            assertEquals(html, d.at("/stages/markup").asDouble() > 0, d.toString());
        }
    }

    @Test
    void withoutTheOptionTheSummaryHasNoStageTimes(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("out");
        OutputFixtures.check("--out", out.toString(), OutputFixtures.articles(tmp.resolve("in")).toString());
        JsonNode timings = JSON.readTree(out.resolve("summary.json").toFile()).get("timings");
        assertEquals(List.of("reproducible", "elapsedMillis", "corpusPassMillis", "documentsPerSecond"),
                names(timings));
    }

    @Test
    void everyOtherFileIsTheSameWithAndWithoutTimings(@TempDir Path tmp) throws IOException {
        Path in = copies(tmp.resolve("in"), 4);
        Path plain = tmp.resolve("plain");
        Path timed = tmp.resolve("timed");
        String formats = String.join(",", Stream.of(OutputFormat.values()).map(OutputFormat::id).toList());
        OutputFixtures.check("--jobs", "1", "--format", formats, "--out", plain.toString(), in.toString());
        OutputFixtures.check("--timings", "--jobs", "2", "--format", formats, "--out", timed.toString(),
                in.toString());
        List<Path> files = files(plain);
        assertEquals(files, files(timed));
        assertTrue(files.contains(Path.of("harbour.txt.report.json")), files.toString());
        for (Path f : files) {
            if (!f.toString().equals(SummaryOutput.FILE)) {
                assertArrayEquals(Files.readAllBytes(plain.resolve(f)), Files.readAllBytes(timed.resolve(f)),
                        f.toString());
            }
        }
        // and the summary differs only in its timings
        JsonNode a = JSON.readTree(plain.resolve(SummaryOutput.FILE).toFile());
        JsonNode b = JSON.readTree(timed.resolve(SummaryOutput.FILE).toFile());
        ((com.fasterxml.jackson.databind.node.ObjectNode) a).remove("timings");
        ((com.fasterxml.jackson.databind.node.ObjectNode) b).remove("timings");
        assertEquals(a, b);
    }

    @Test
    void theTerminalShowsTheFiveSlowestWithTheirTwoCostliestStagesUnlessQuiet(@TempDir Path tmp) throws IOException {
        Path in = copies(tmp.resolve("in"), 4);
        CliRun timed = CliRun.of("check", "--timings", "--now", "2024-06-01", "--fail-on", "never", in.toString());
        assertEquals(0, timed.code(), timed.toString());
        assertTrue(timed.out().contains("Time by stage: "), timed.out());
        String[] lines = timed.out().split("\n");
        int header = List.of(lines).indexOf("Slowest documents:");
        assertTrue(header > 0, timed.out());
        for (int i = header + 1; i <= header + 5; i++) {
            // "  12.3 ms  in/x.txt  (parse 4.1 ms, layout 2.0 ms)"
            assertTrue(lines[i].matches("\\s+[0-9.]+ m?s  " + java.util.regex.Pattern.quote(in.toString())
                    + "/\\S+  \\(\\w+ [0-9.]+ m?s, \\w+ [0-9.]+ m?s\\)"), lines[i]);
        }
        assertTrue(lines[header + 6].contains("document(s) checked"), "five, then the closing line: " + timed.out());

        CliRun quiet = CliRun.of("check", "-q", "--timings", "--now", "2024-06-01", "--fail-on", "never",
                in.toString());
        assertFalse(quiet.out().contains("Slowest"), quiet.out());
        CliRun untimed = CliRun.of("check", "--now", "2024-06-01", "--fail-on", "never", in.toString());
        assertFalse(untimed.out().contains("Slowest") || untimed.out().contains("Time by stage"), untimed.out());
    }

    /** The fixture articles and {@code n} copies of one of them under {@code dir}. */
    private static Path copies(Path dir, int n) throws IOException {
        OutputFixtures.articles(dir);
        Files.createDirectories(dir.resolve("more"));
        for (int i = 0; i < n; i++) {
            Files.copy(dir.resolve("harbour.txt"), dir.resolve("more/harbour-" + i + ".txt"));
        }
        return dir;
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).map(dir::relativize).sorted().toList();
        }
    }
}
