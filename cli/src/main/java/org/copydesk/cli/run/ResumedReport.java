package org.copydesk.cli.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.copydesk.core.Severity;
import org.copydesk.core.Verdict;

/**
 * A JSON report an earlier run wrote completely, which {@code --resume} keeps instead of checking its input again:
 * its verdict, findings, path and fields' confidence, for the run's summary. Report files are written atomically (and the JSON report last
 * of a document's files), so a file that exists and parses as a report with a {@code schema} is complete. A
 * report of an input that could not be read is not kept: the input is tried again, and so is one whose content
 * changed since ({@code source.sha256} and {@code source.bytes} are given for the caller to compare). A report file
 * that is a symbolic link is not read: it was not written by Copydesk. {@code compared}: the earlier run's corpus
 * pass related it to another document or gave it a finding.
 */
public record ResumedReport(Verdict verdict, List<RunSummary.Tallied> findings, String sha256, long size, String path,
        Map<String, Double> confidence, boolean compared) {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String UNREADABLE_RULE = "input.unreadable";
    private static final String PROVENANCE = "provenance.";

    public ResumedReport {
        findings = List.copyOf(findings);
        confidence = Collections.unmodifiableMap(new LinkedHashMap<>(confidence));
    }

    /** The report at {@code file} when it exists and is complete and usable, else empty. */
    public static Optional<ResumedReport> read(Path file) {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
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
            JsonNode source = root.path("source");
            String sha256 = source.path("sha256").isTextual() ? source.path("sha256").asText() : null;
            long size = source.path("bytes").asLong(-1);
            String path = source.path("path").asText("");
            Map<String, Double> confidence = new LinkedHashMap<>();
            root.path("confidence").fields().forEachRemaining(e -> {
                if (e.getValue().isNumber()) {
                    confidence.put(e.getKey(), e.getValue().asDouble());
                }
            });
            // what the earlier run's corpus pass added to it: a resumed run must write it again if that changed
            boolean compared = root.path("related").size() > 0
                    || findings.stream().anyMatch(f -> f.rule().startsWith(PROVENANCE));
            return verdict.map(v -> new ResumedReport(v, findings, sha256, size, path, confidence, compared));
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
