package org.copydesk.cli.output;

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
import java.util.Map;
import java.util.TreeMap;
import org.copydesk.render.SarifResults;
import org.copydesk.rules.RuleDescriptor;
import org.copydesk.rules.RuleRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --format sarif}: rules from the registry, a located result per finding, fingerprints that survive line shifts. */
class SarifOutputTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode sarif(Path in, Path out) throws IOException {
        OutputFixtures.check("--format", "sarif", "--out", out.toString(), in.toString());
        return JSON.readTree(out.resolve("copydesk.sarif").toFile());
    }

    @Test
    void describesEveryRuleOfTheRegistry(@TempDir Path tmp) throws IOException {
        JsonNode run = sarif(OutputFixtures.articles(tmp.resolve("in")), tmp.resolve("out")).get("runs").get(0);
        assertEquals("2.1.0", JSON.readTree(tmp.resolve("out/copydesk.sarif").toFile()).get("version").asText());
        JsonNode rules = run.at("/tool/driver/rules");
        List<RuleDescriptor> registry = RuleRegistry.all();
        assertEquals(registry.size(), rules.size());
        for (int i = 0; i < registry.size(); i++) {
            RuleDescriptor r = registry.get(i);
            assertEquals(r.id(), rules.get(i).get("id").asText());
            assertEquals(r.summary(), rules.get(i).at("/shortDescription/text").asText());
            assertTrue(rules.get(i).at("/fullDescription/text").asText().contains(r.example()));
            assertEquals(SarifResults.level(r.scrapeAudit()), rules.get(i).at("/defaultConfiguration/level").asText());
        }
        assertEquals("copydesk", run.at("/tool/driver/name").asText());
    }

    @Test
    void locatesEveryResult(@TempDir Path tmp) throws IOException {
        JsonNode run = sarif(OutputFixtures.articles(tmp.resolve("in")), tmp.resolve("out")).get("runs").get(0);
        JsonNode results = run.get("results");
        assertTrue(results.size() >= 8, "the fixtures give findings: " + results.size());
        JsonNode rules = run.at("/tool/driver/rules");
        for (JsonNode r : results) {
            assertEquals(r.get("ruleId").asText(), rules.get(r.get("ruleIndex").asInt()).get("id").asText());
            JsonNode location = r.at("/locations/0/physicalLocation");
            assertFalse(location.isMissingNode(), "no location: " + r);
            assertTrue(location.at("/artifactLocation/uri").asText().endsWith(".txt")
                    || location.at("/artifactLocation/uri").asText().endsWith(".html"));
            assertTrue(location.at("/region/startLine").asInt() >= 1);
            assertFalse(r.at("/partialFingerprints/copydesk~1v1").asText().isEmpty());
        }
        JsonNode artifact = run.get("artifacts").get(0);
        assertEquals(64, artifact.at("/hashes/sha-256").asText().length());
    }

    @Test
    void fingerprintsSurviveABlankLineAboveTheFinding(@TempDir Path tmp) throws IOException {
        Path in = OutputFixtures.articles(tmp.resolve("in"));
        Map<String, Integer> before = fingerprintLines(sarif(in, tmp.resolve("before")));
        Path harbour = in.resolve("harbour.txt");
        String text = Files.readString(harbour);
        int at = text.indexOf("Sources close to");
        Files.writeString(harbour, text.substring(0, at) + "\n" + text.substring(at));
        Map<String, Integer> after = fingerprintLines(sarif(in, tmp.resolve("after")));
        assertEquals(before.keySet(), after.keySet());
        List<String> moved = new ArrayList<>();
        before.forEach((fp, line) -> {
            if (!after.get(fp).equals(line)) {
                moved.add(fp);
            }
        });
        assertFalse(moved.isEmpty(), "the blank line moved some finding down a line");
        moved.forEach(fp -> assertEquals(before.get(fp) + 1, after.get(fp)));
    }

    private static Map<String, Integer> fingerprintLines(JsonNode sarif) {
        Map<String, Integer> lines = new TreeMap<>();
        for (JsonNode r : sarif.at("/runs/0/results")) {
            String fp = r.at("/partialFingerprints/copydesk~1v1").asText();
            assertEquals(null, lines.put(fp, r.at("/locations/0/physicalLocation/region/startLine").asInt()),
                    "fingerprints are unique");
        }
        return lines;
    }
}
