package org.copydesk.render;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.copydesk.core.SourceIdentity;
import org.copydesk.rules.RuleDescriptor;
import org.copydesk.rules.RuleRegistry;

/**
 * The SARIF 2.1.0 log of a run ({@code --format sarif}), for code-scanning tools. The
 * driver's rules are generated from the {@link RuleRegistry} (every rule, with the run's profile severity as its
 * default level and whether the run enabled it); each finding is a result located in its document.
 *
 * <p>Regions are in UTF-16 code units of the document's extracted text ({@code columnKind} says so), which for a
 * plain-text file is the file itself.
 */
public final class SarifLog {

    /** The log's name in an output folder. */
    public static final String FILE = "copydesk.sarif";
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final RunInfo run;
    private final List<RuleDescriptor> rules = RuleRegistry.all();
    private final Map<String, Integer> ruleIndex = new HashMap<>(); // looked up, never iterated

    public SarifLog(RunInfo run) {
        this.run = run;
        for (int i = 0; i < rules.size(); i++) {
            ruleIndex.put(rules.get(i).id(), i);
        }
    }

    /**
     * The log of the run's documents, {@code ordered} by report name; with a baseline applied, results it did not
     * accept are new. Streamed: the artifacts and results are written as the entries are read (two passes), never
     * held as one tree.
     */
    public void write(Iterable<DocumentEntry> ordered, boolean baselineApplied, Writer out) throws IOException {
        try (JsonGenerator g = MAPPER.getFactory().createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("$schema", SCHEMA);
            g.writeStringField("version", "2.1.0");
            g.writeArrayFieldStart("runs");
            g.writeStartObject();
            ObjectNode head = MAPPER.createObjectNode();
            ObjectNode driver = head.putObject("tool").putObject("driver");
            driver.put("name", "copydesk");
            driver.put("version", run.toolVersion());
            driver.set("rules", rules());
            ObjectNode invocation = head.putArray("invocations").addObject();
            invocation.put("executionSuccessful", true);
            invocation.put("startTimeUtc", DateTimeFormatter.ISO_INSTANT.format(
                    run.timestamp().truncatedTo(ChronoUnit.SECONDS)));
            head.put("columnKind", "utf16CodeUnits");
            head.putObject("properties").put("profile", run.profile().id());
            for (Map.Entry<String, JsonNode> field : head.properties()) {
                g.writeFieldName(field.getKey());
                MAPPER.writeTree(g, field.getValue());
            }
            Map<String, Integer> artifactIndex = new HashMap<>(); // looked up, never iterated
            g.writeArrayFieldStart("artifacts");
            for (DocumentEntry d : ordered) {
                if (artifactIndex.putIfAbsent(d.uri(), artifactIndex.size()) == null) {
                    MAPPER.writeTree(g, artifact(d));
                }
            }
            g.writeEndArray();
            g.writeArrayFieldStart("results");
            for (DocumentEntry d : ordered) {
                for (DocumentEntry.Hit h : d.hits()) {
                    ObjectNode r = SarifResults.result(h, d.uri(), ruleIndex.get(h.rule()));
                    ObjectNode location = (ObjectNode) r.get("locations").get(0).get("physicalLocation")
                            .get("artifactLocation");
                    location.put("index", artifactIndex.get(d.uri()));
                    if (baselineApplied && !r.has("baselineState")) {
                        r.put("baselineState", "new");
                    }
                    MAPPER.writeTree(g, r);
                }
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write("\n");
    }

    private ArrayNode rules() {
        Set<String> active = run.activeRules().stream().map(RuleDescriptor::id).collect(Collectors.toSet());
        ArrayNode out = MAPPER.createArrayNode();
        for (RuleDescriptor r : rules) {
            ObjectNode n = out.addObject();
            n.put("id", r.id());
            n.putObject("shortDescription").put("text", r.summary());
            String full = r.rationale() + "\n\nExample: " + r.example();
            n.putObject("fullDescription").put("text", full);
            n.putObject("help").put("text", full);
            ObjectNode config = n.putObject("defaultConfiguration");
            config.put("enabled", active.contains(r.id()));
            config.put("level", SarifResults.level(r.severityIn(run.profile())));
            ObjectNode props = n.putObject("properties");
            props.putArray("tags").add(r.family());
            props.put("scrape-audit", r.scrapeAudit().id());
            props.put("pre-publication", r.prePublication().id());
        }
        return out;
    }

    private static ObjectNode artifact(DocumentEntry d) {
        ObjectNode a = MAPPER.createObjectNode();
        a.putObject("location").put("uri", d.uri());
        SourceIdentity s = d.source();
        if (s.sha256() != null) {
            a.put("length", s.bytes());
            a.putObject("hashes").put("sha-256", s.sha256());
        }
        if (s.mediaType() != null && s.mediaType().matches("[^/]+/.+")) {
            a.put("mimeType", s.mediaType());
        }
        return a;
    }
}
