package org.copydesk.cli.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.copydesk.core.Hashes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --format prov}: per document, the chain raw file → text → body → report with its agents and plan. */
class ProvOutputTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void tracesTheReportBackToTheRawFile(@TempDir Path tmp) throws IOException {
        Path in = OutputFixtures.articles(tmp.resolve("in"));
        Path out = tmp.resolve("out");
        OutputFixtures.check("--format", "prov", "--out", out.toString(), in.toString());
        JsonNode prov = JSON.readTree(out.resolve("ferry.html.prov.json").toFile());
        assertTrue(prov.at("/prefix/cd").isTextual());

        String raw = "cd:sha256-" + Hashes.sha256(Files.readAllBytes(in.resolve("ferry.html")));
        JsonNode entities = prov.get("entity");
        assertEquals("copydesk:RawFile", entities.at("/" + raw.replace("/", "~1") + "/prov:type/$").asText());
        assertEquals(List.of("copydesk:RawFile", "copydesk:ExtractedText", "copydesk:CleanedText", "copydesk:Report",
                "prov:Plan"), types(entities));
        entities.fieldNames().forEachRemaining(id -> assertTrue(id.matches("cd:([a-z]+-)?sha256-[0-9a-f]{64}"), id));

        assertEquals(List.of("copydesk:Extraction", "copydesk:Cleaning", "copydesk:Validation"),
                types(prov.get("activity")));
        JsonNode agents = prov.get("agent");
        assertEquals(2, agents.size());
        agents.forEach(a -> assertEquals("prov:SoftwareAgent", a.at("/prov:type/$").asText()));
        assertTrue(agents.findValuesAsText("prov:label").containsAll(List.of("Copydesk", "Apache Tika")));
        agents.forEach(a -> assertTrue(!a.get("copydesk:version").asText().isEmpty()));

        String text = field(prov.get("wasDerivedFrom"), "prov:usedEntity", raw, "prov:generatedEntity");
        String body = field(prov.get("wasDerivedFrom"), "prov:usedEntity", text, "prov:generatedEntity");
        String report = field(prov.get("wasDerivedFrom"), "prov:usedEntity", body, "prov:generatedEntity");
        assertTrue(report.startsWith("cd:report-sha256-"));
        String validation = field(prov.get("wasGeneratedBy"), "prov:entity", report, "prov:activity");
        String plan = field(prov.get("wasAssociatedWith"), "prov:activity", validation, "prov:plan");
        assertEquals("prov:Plan", entities.at("/" + plan + "/prov:type/$").asText());
        assertEquals(raw, field(prov.get("used"), "prov:activity",
                field(prov.get("wasGeneratedBy"), "prov:entity", text, "prov:activity"), "prov:entity"));
        assertTrue(prov.get("wasAttributedTo").findValuesAsText("prov:entity").contains(report));
        assertEquals("2024-06-01T12:00:00Z", prov.at("/activity/" + validation + "/prov:startTime").asText());
    }

    private static List<String> types(JsonNode records) {
        List<String> types = new ArrayList<>();
        records.forEach(r -> types.add(r.at("/prov:type/$").asText()));
        return types;
    }

    /** In the relation whose {@code key} is {@code value}, the value of {@code wanted}. */
    private static String field(JsonNode relations, String key, String value, String wanted) {
        for (JsonNode r : relations) {
            if (r.path(key).asText().equals(value) && r.has(wanted)) {
                return r.get(wanted).asText();
            }
        }
        throw new AssertionError("no relation with " + key + " = " + value + " in " + relations);
    }
}
