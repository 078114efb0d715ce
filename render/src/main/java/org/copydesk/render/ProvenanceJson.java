package org.copydesk.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code provenance.json}, the run's stories as its corpus pass found them, as the CLI and the Spark job both
 * write it: how many documents were compared, and each cluster of documents carrying one story, largest first
 * (then by origin), with its origin (the document the others were copied from, directly or not), its documents
 * (paths, in report-name order) and each member: the document it was copied from, the share of its body found
 * there, whether it dropped the credit and how many quotes it changed.
 */
public final class ProvenanceJson {

    public static final String FILE = "provenance.json";
    public static final String SCHEMA = "copydesk/provenance/v1";

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Comparator<Cluster> LARGEST = Comparator
            .comparingInt((Cluster c) -> -c.members().size()).thenComparing(Cluster::origin);

    /**
     * A document of a story: its path, the document it was copied from and the share of its body found there
     * (both {@code null} for the origin), whether it owes that source a credit, how many quotes it changed.
     */
    public record Member(String path, String source, Double sharedText, boolean uncreditedCopy, int alteredQuotes) {
    }

    /** A story: its origin's path and its members in report-name order. */
    public record Cluster(String origin, List<Member> members) {
        public Cluster {
            members = List.copyOf(members);
        }
    }

    private ProvenanceJson() {
    }

    /** The file's text for {@code compared} documents and their {@code clusters} (in any order). */
    public static String write(int compared, List<Cluster> clusters) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schema", SCHEMA);
        root.put("compared", compared);
        ArrayNode out = root.putArray("clusters");
        List<Cluster> sorted = new ArrayList<>(clusters);
        sorted.sort(LARGEST);
        for (Cluster c : sorted) {
            ObjectNode n = out.addObject();
            n.put("origin", c.origin());
            ArrayNode documents = n.putArray("documents");
            c.members().forEach(m -> documents.add(m.path()));
            ArrayNode members = n.putArray("members");
            for (Member m : c.members()) {
                members.addObject().put("path", m.path()).put("source", m.source()).put("sharedText", m.sharedText())
                        .put("uncreditedCopy", m.uncreditedCopy()).put("alteredQuotes", m.alteredQuotes());
            }
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise the run's provenance", e);
        }
    }
}
