package org.copydesk.cli.baseline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.copydesk.cli.files.AtomicFiles;


/**
 * Findings accepted as they are, so that a run reports only what is new. Stored as JSON
 * ({@code copydesk/baseline/v1}): one entry per distinct {@link Fingerprint} with how many times it occurs,
 * sorted by document, rule and fingerprint, with no timestamp, so the same findings always give the same file.
 */
public final class Baseline {

    public static final String SCHEMA = "copydesk/baseline/v1";

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Comparator<Entry> ORDER = Comparator.comparing(Entry::document).thenComparing(Entry::rule)
            .thenComparing(Entry::fingerprint);

    /**
     * One accepted finding.
     *
     * @param evidence the normalised evidence, kept so that a reviewer can read what was accepted
     * @param count    how many findings in the document share this fingerprint
     */
    public record Entry(String document, String rule, String fingerprint, String evidence, int count) {
    }

    private final List<Entry> entries;

    private Baseline(List<Entry> entries) {
        this.entries = ImmutableList.sortedCopyOf(ORDER, entries);
    }

    /** The baseline that accepts exactly {@code fingerprints} (repeats counted). */
    public static Baseline of(Collection<Fingerprint> fingerprints) {
        Map<String, Entry> byHash = new TreeMap<>();
        for (Fingerprint f : fingerprints) {
            byHash.merge(f.hash(), new Entry(f.document(), f.rule(), f.hash(), f.evidence(), 1),
                    (a, b) -> new Entry(a.document(), a.rule(), a.fingerprint(), a.evidence(), a.count() + 1));
        }
        return new Baseline(List.copyOf(byHash.values()));
    }

    public List<Entry> entries() {
        return entries;
    }

    /** Reads a baseline written by {@link #write}. */
    public static Baseline read(Path file) {
        JsonNode root;
        try {
            root = MAPPER.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new BaselineException(file + (e.getLocation() == null ? "" : ":" + e.getLocation().getLineNr())
                    + ": not a Copydesk baseline (invalid JSON)");
        } catch (IOException e) {
            throw new BaselineException(file + ": " + (e instanceof NoSuchFileException
                    || !file.toFile().exists() ? "no such baseline file" : "cannot read: " + e.getMessage()));
        }
        if (root == null || !SCHEMA.equals(root.path("schema").asText())) {
            throw new BaselineException(file + ": not a Copydesk baseline (schema is not " + SCHEMA + ")");
        }
        ImmutableList.Builder<Entry> out = ImmutableList.builder();
        JsonNode findings = root.path("findings");
        if (!findings.isArray()) {
            throw new BaselineException(file + ": findings: expected a list");
        }
        for (JsonNode n : findings) {
            String hash = n.path("fingerprint").asText("");
            int count = n.path("count").asInt(1);
            if (!hash.matches("[0-9a-f]{64}") || count < 1) {
                throw new BaselineException(file + ": findings: an entry without a valid fingerprint and count");
            }
            out.add(new Entry(n.path("document").asText(""), n.path("rule").asText(""), hash,
                    n.path("evidence").asText(""), count));
        }
        return new Baseline(out.build());
    }

    /** Writes this baseline to {@code file}, atomically. */
    public void write(Path file) throws IOException {
        AtomicFiles.write(file, toJson());
    }

    /** The file's contents: sorted, indented, one trailing newline. */
    public String toJson() {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schema", SCHEMA);
        ArrayNode list = root.putArray("findings");
        for (Entry e : entries) {
            list.addObject().put("document", e.document()).put("rule", e.rule()).put("fingerprint", e.fingerprint())
                    .put("count", e.count()).put("evidence", e.evidence());
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a baseline", e);
        }
    }
}
