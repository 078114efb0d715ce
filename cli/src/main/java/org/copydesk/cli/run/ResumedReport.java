package org.copydesk.cli.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.copydesk.cli.output.RunSummary;
import org.copydesk.core.Severity;
import org.copydesk.core.Verdict;

/**
 * A JSON report an earlier run wrote completely, which {@code --resume} keeps instead of checking its input again:
 * its verdict and findings, for the run's summary. Report files are written atomically (and the JSON report last
 * of a document's files), so a file that exists and parses as a report with a {@code schema} is complete. A
 * report of an input that could not be read is not kept: the input is tried again.
 */
public record ResumedReport(Verdict verdict, List<RunSummary.Tallied> findings) {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String UNREADABLE_RULE = "input.unreadable";

    public ResumedReport {
        findings = List.copyOf(findings);
    }

    /** The report at {@code file} when it exists and is complete and usable, else empty. */
    public static Optional<ResumedReport> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JsonNode root = MAPPER.readTree(file.toFile());
            if (root == null || !root.path("schema").isTextual()) {
                return Optional.empty();
            }
            Optional<Verdict> verdict = verdict(root.path("verdict").asText());
            List<RunSummary.Tallied> findings = new ArrayList<>();
            for (JsonNode f : root.path("findings")) {
                String rule = f.path("rule").asText();
                Optional<Severity> severity = Severity.fromId(f.path("severity").asText());
                if (rule.equals(UNREADABLE_RULE) || severity.isEmpty()) {
                    return Optional.empty();
                }
                findings.add(new RunSummary.Tallied(rule, severity.get(), f.path("baselined").asBoolean(false)));
            }
            return verdict.map(v -> new ResumedReport(v, findings));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // damaged or foreign: checked again and overwritten
        }
    }

    private static Optional<Verdict> verdict(String id) {
        for (Verdict v : Verdict.values()) {
            if (v.id().equals(id)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }
}
