package org.copydesk.render;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.tika.Tika;

/** The software agents of the provenance documents, with their versions. */
final class ProvAgents {

    private static final String TIKA_VERSION = readTikaVersion();

    private ProvAgents() {
    }

    /** Apache Tika's version as the library reports it ({@code Apache Tika 3.2.3} → {@code 3.2.3}). */
    static String tikaVersion() {
        return TIKA_VERSION;
    }

    static void software(ObjectNode agent, String name, String version) {
        ProvReport.typed(agent, "prov:SoftwareAgent");
        agent.put("prov:label", name);
        agent.put("copydesk:version", version);
    }

    private static String readTikaVersion() {
        String s = Tika.getString();
        String v = s == null ? null : s.replaceFirst("^Apache Tika\\s*", "").strip();
        if (v == null || v.isEmpty()) {
            v = Tika.class.getPackage().getImplementationVersion();
        }
        return v == null || v.isEmpty() ? "unknown" : v;
    }
}
