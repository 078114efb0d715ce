package org.copydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeaturesCommandTest {

    @Test
    void printsOneLineOfSignalsPerFileInPathOrder(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("b.txt"), "Pier reopens\n\nThe pier reopened on Monday after the storm, the "
                + "council said, and the cafe at its end served its first customers by noon.\n");
        Files.writeString(tmp.resolve("a.txt"), "Home\n\nNews\n\nContact\n");
        CliRun r = CliRun.of("features", tmp.toString());
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().strip().split("\n");
        assertEquals(2, lines.length, r.out());
        JsonNode first = new ObjectMapper().readTree(lines[0]);
        JsonNode second = new ObjectMapper().readTree(lines[1]);
        assertEquals("a.txt", first.get("file").asText());
        assertEquals("b.txt", second.get("file").asText());
        assertTrue(second.at("/features/body/logWords").asDouble() > first.at("/features/body/logWords").asDouble());
        assertTrue(second.at("/features/published").isObject());
    }

    @Test
    void withQuotesPrintsEachQuotesSpeakerSignalsAndConfidence(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("a.txt"), "Pier reopens after the winter storms\n\nThe old pier at Harrowby "
                + "reopened on Monday, four months after the December storms tore away a third of its deck and left "
                + "the cafe at its end cut off from the shore.\n\n“We fixed every plank twice over, and some of them "
                + "three times,” harbour master Edith Quarles said as the first walkers crossed.\n\nThe council paid "
                + "for most of the work from its reserve, and a local trust raised the rest with a summer fair and a "
                + "sponsored swim across the bay.\n");
        CliRun r = CliRun.of("features", "--quotes", tmp.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode line = new ObjectMapper().readTree(r.out().strip());
        assertEquals("a.txt", line.get("file").asText());
        JsonNode quote = line.get("quotes").get(0);
        assertEquals("Edith Quarles", quote.get("speaker").asText());
        assertEquals(1.0, quote.at("/signals/route.cueAdjacent").asDouble());
        double p = quote.get("confidence").asDouble();
        assertTrue(p > 0.5 && p <= 1, r.out());
        assertTrue(line.get("features") == null, "page signals are left out");
    }

    @Test
    void isLeftOutOfTheHelp() {
        assertFalse(CliRun.of("--help").out().contains("features"));
    }
}
