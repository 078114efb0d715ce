package org.copydesk.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.copydesk.core.ExtractedDocument;
import org.copydesk.core.Hashes;
import org.copydesk.core.Report;
import org.copydesk.core.SourceIdentity;
import org.copydesk.engine.ReportJson;
import org.copydesk.rules.RuleDescriptor;

/**
 * The W3C PROV-JSON document of one input ({@code --format prov}), telling how its
 * report came to be: raw file → extracted text (Tika) → cleaned body (segmentation) → report (the rules, run
 * under the profile's plan). Entities are content-addressed ({@code cd:sha256-<hex>} for the raw bytes,
 * {@code cd:<kind>-sha256-<hex>} for what was made from them), so equal content gets equal names across runs.
 */
public final class ProvReport {

    /** The suffix of a document's provenance file beside its report. */
    public static final String SUFFIX = ".prov.json";
    static final String NAMESPACE = "urn:copydesk:";
    static final String VOCABULARY = "urn:copydesk:vocabulary#";

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final RunInfo run;
    private final String planId;
    private final ProvPlan plan;

    public ProvReport(RunInfo run) {
        this.run = run;
        this.plan = new ProvPlan(run.profile(), run.activeRules());
        this.planId = "cd:plan-sha256-" + plan.sha256();
    }

    /** The document of {@code report}, whose JSON report is {@code reportName.report.json}. */
    public String render(String reportName, Report report) {
        ExtractedDocument doc = report.document();
        SourceIdentity source = doc.source();
        String raw = source.sha256() != null ? "cd:sha256-" + source.sha256()
                : "cd:unread-sha256-" + Hashes.sha256(source.path()); // never read: named by its path
        String key = raw.substring(raw.lastIndexOf('-') + 1);
        String text = "cd:text-sha256-" + Hashes.sha256(doc.text());
        String body = "cd:body-sha256-" + Hashes.sha256(doc.body());
        String reportJson = ReportJson.write(report);
        String reportId = "cd:report-sha256-" + Hashes.sha256(reportJson);
        String extraction = "cd:extraction-" + key;
        String cleaning = "cd:cleaning-" + key;
        String validation = "cd:validation-" + key;
        String copydesk = "cd:copydesk-" + run.toolVersion();
        String tika = "cd:tika-" + ProvAgents.tikaVersion();
        String time = DateTimeFormatter.ISO_INSTANT.format(run.timestamp().truncatedTo(ChronoUnit.SECONDS));

        ObjectNode root = MAPPER.createObjectNode();
        ObjectNode prefix = root.putObject("prefix");
        prefix.put("cd", NAMESPACE);
        prefix.put("copydesk", VOCABULARY);

        ObjectNode entity = root.putObject("entity");
        ObjectNode r = typed(entity.putObject(raw), "copydesk:RawFile");
        r.put("prov:label", source.path());
        putIfPresent(r, "copydesk:sha256", source.sha256());
        putIfPresent(r, "copydesk:mediaType", source.mediaType());
        r.put("copydesk:bytes", source.bytes());
        ObjectNode t = typed(entity.putObject(text), "copydesk:ExtractedText");
        t.put("copydesk:length", doc.text().length());
        t.put("copydesk:segments", doc.segments().size());
        ObjectNode b = typed(entity.putObject(body), "copydesk:CleanedText");
        b.put("copydesk:length", doc.body().length());
        ObjectNode rep = typed(entity.putObject(reportId), "copydesk:Report");
        rep.put("prov:label", reportName + ".report.json");
        rep.put("copydesk:schema", Report.SCHEMA);
        rep.put("copydesk:verdict", report.verdict().id());
        rep.put("copydesk:findings", report.findings().size());
        plan.describe(typed(entity.putObject(planId), "prov:Plan"));

        ObjectNode activity = root.putObject("activity");
        activity(activity, extraction, time, "copydesk:Extraction", "text extraction with Apache Tika");
        activity(activity, cleaning, time, "copydesk:Cleaning", "segmentation and boilerplate removal");
        activity(activity, validation, time, "copydesk:Validation", "rule checks");

        ObjectNode agent = root.putObject("agent");
        ProvAgents.software(agent.putObject(copydesk), "Copydesk", run.toolVersion());
        ProvAgents.software(agent.putObject(tika), "Apache Tika", ProvAgents.tikaVersion());

        ObjectNode used = root.putObject("used");
        relation(used, "_:used-raw", "prov:activity", extraction, "prov:entity", raw).put("prov:time", time);
        relation(used, "_:used-text", "prov:activity", cleaning, "prov:entity", text).put("prov:time", time);
        relation(used, "_:used-body", "prov:activity", validation, "prov:entity", body).put("prov:time", time);
        relation(used, "_:used-text-by-validation", "prov:activity", validation, "prov:entity", text)
                .put("prov:time", time); // rules also read the metadata and furniture around the body
        ObjectNode generated = root.putObject("wasGeneratedBy");
        relation(generated, "_:gen-text", "prov:entity", text, "prov:activity", extraction).put("prov:time", time);
        relation(generated, "_:gen-body", "prov:entity", body, "prov:activity", cleaning).put("prov:time", time);
        relation(generated, "_:gen-report", "prov:entity", reportId, "prov:activity", validation)
                .put("prov:time", time);
        ObjectNode derived = root.putObject("wasDerivedFrom");
        relation(derived, "_:der-text", "prov:generatedEntity", text, "prov:usedEntity", raw)
                .put("prov:activity", extraction);
        relation(derived, "_:der-body", "prov:generatedEntity", body, "prov:usedEntity", text)
                .put("prov:activity", cleaning);
        relation(derived, "_:der-report", "prov:generatedEntity", reportId, "prov:usedEntity", body)
                .put("prov:activity", validation);
        ObjectNode associated = root.putObject("wasAssociatedWith");
        relation(associated, "_:assoc-extraction", "prov:activity", extraction, "prov:agent", tika);
        relation(associated, "_:assoc-cleaning", "prov:activity", cleaning, "prov:agent", copydesk);
        relation(associated, "_:assoc-validation", "prov:activity", validation, "prov:agent", copydesk)
                .put("prov:plan", planId);
        ObjectNode attributed = root.putObject("wasAttributedTo");
        relation(attributed, "_:attr-text", "prov:entity", text, "prov:agent", tika);
        relation(attributed, "_:attr-report", "prov:entity", reportId, "prov:agent", copydesk);
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a provenance document", e);
        }
    }

    /** Gives {@code node} a {@code prov:type} written as a qualified name. */
    static ObjectNode typed(ObjectNode node, String type) {
        node.putObject("prov:type").put("$", type).put("type", "prov:QUALIFIED_NAME");
        return node;
    }

    private static void activity(ObjectNode activities, String id, String time, String type, String label) {
        ObjectNode a = activities.putObject(id);
        a.put("prov:startTime", time);
        a.put("prov:endTime", time);
        typed(a, type);
        a.put("prov:label", label);
    }

    private static ObjectNode relation(ObjectNode relations, String id, String k1, String v1, String k2, String v2) {
        ObjectNode n = relations.putObject(id);
        n.put(k1, v1);
        n.put(k2, v2);
        return n;
    }

    private static void putIfPresent(ObjectNode n, String field, String value) {
        if (value != null) {
            n.put(field, value);
        }
    }

    /** The rule set and profile the validation followed, as a content-addressed {@code prov:Plan}. */
    private record ProvPlan(org.copydesk.rules.Profile profile, java.util.List<RuleDescriptor> rules) {

        /** One {@code id=severity} per rule, in catalog order: what the plan's hash covers. */
        java.util.List<String> steps() {
            return rules.stream().map(r -> r.id() + "=" + r.severityIn(profile).id()).toList();
        }

        String sha256() {
            return Hashes.sha256("profile=" + profile.id() + "\n" + String.join("\n", steps()) + "\n");
        }

        void describe(ObjectNode n) {
            n.put("prov:label", "copydesk rules, profile " + profile.id());
            n.put("copydesk:profile", profile.id());
            steps().forEach(n.withArray("copydesk:rules")::add);
        }
    }
}
