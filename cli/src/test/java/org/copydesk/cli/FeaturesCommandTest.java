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
    void isLeftOutOfTheHelp() {
        assertFalse(CliRun.of("--help").out().contains("features"));
    }
}
