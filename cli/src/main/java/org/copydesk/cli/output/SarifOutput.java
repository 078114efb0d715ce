package org.copydesk.cli.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
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
 * {@code --format sarif}: one {@code DIR/copydesk.sarif} per run, SARIF 2.1.0 for code-scanning tools. The
 * driver's rules are generated from the {@link RuleRegistry} (every rule, with the run's profile severity as its
 * default level and whether the run enabled it); each finding is a result located in its document.
 *
 * <p>Regions are in UTF-16 code units of the document's extracted text ({@code columnKind} says so), which for a
 * plain-text file is the file itself.
 */
final class SarifOutput implements ReportOutput {

    static final String FILE = "copydesk.sarif";
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final RunContext context;
    private final List<RuleDescriptor> rules = RuleRegistry.all();
    private final Map<String, Integer> ruleIndex = new HashMap<>(); // looked up, never iterated

    SarifOutput(RunContext context) {
        this.context = context;
        for (int i = 0; i < rules.size(); i++) {
            ruleIndex.put(rules.get(i).id(), i);
        }
    }

    @Override
    public void finish(RunSummary summary) throws IOException {
        AtomicFiles.write(context.out().resolve(FILE), write(summary));
    }

    /** The log of the run's documents in report-name order; with a baseline, results it did not accept are new. */
    String write(RunSummary summary) {
        boolean baselineApplied = summary.baselineApplied();
        ObjectNode root = MAPPER.createObjectNode();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "copydesk");
        driver.put("version", context.toolVersion());
        driver.set("rules", rules());
        ObjectNode invocation = run.putArray("invocations").addObject();
        invocation.put("executionSuccessful", true);
        invocation.put("startTimeUtc", DateTimeFormatter.ISO_INSTANT.format(
                context.timestamp().truncatedTo(ChronoUnit.SECONDS)));
        run.put("columnKind", "utf16CodeUnits");
        run.putObject("properties").put("profile", context.profile().id());
        List<DocumentEntry> ordered = summary.entries();
        ArrayNode artifacts = run.putArray("artifacts");
        Map<String, Integer> artifactIndex = new HashMap<>();
        for (DocumentEntry d : ordered) {
            if (artifactIndex.putIfAbsent(d.uri(), artifactIndex.size()) == null) {
                artifacts.add(artifact(d));
            }
        }
        ArrayNode results = run.putArray("results");
        for (DocumentEntry d : ordered) {
            for (DocumentEntry.Hit h : d.hits()) {
                ObjectNode r = SarifResults.result(h, d.uri(), ruleIndex.get(h.rule()));
                ObjectNode location = (ObjectNode) r.get("locations").get(0).get("physicalLocation")
                        .get("artifactLocation");
                location.put("index", artifactIndex.get(d.uri()));
                if (baselineApplied && !r.has("baselineState")) {
                    r.put("baselineState", "new");
                }
                results.add(r);
            }
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise the SARIF log", e);
        }
    }

    private ArrayNode rules() {
        Set<String> active = context.activeRules().stream().map(RuleDescriptor::id).collect(Collectors.toSet());
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
            config.put("level", SarifResults.level(r.severityIn(context.profile())));
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
