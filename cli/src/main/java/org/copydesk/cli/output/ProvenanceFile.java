package org.copydesk.cli.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.copydesk.cli.files.AtomicFiles;
import org.copydesk.cli.run.CorpusStage;
import org.copydesk.core.Provenance;
import org.copydesk.render.ProvenanceJson;
import org.copydesk.rules.provenance.CorpusPass;

/** {@code DIR/provenance.json} ({@link ProvenanceJson}) from the CLI's corpus pass. */
public final class ProvenanceFile {

    public static final String FILE = ProvenanceJson.FILE;

    private ProvenanceFile() {
    }

    public static void write(Path out, CorpusStage corpus) throws IOException {
        AtomicFiles.writeUnder(out, FILE, json(corpus));
    }

    static String json(CorpusStage corpus) {
        Map<String, String> sources = corpus.sources();
        List<ProvenanceJson.Cluster> clusters = new ArrayList<>();
        for (CorpusPass.Cluster c : corpus.clusters()) {
            List<ProvenanceJson.Member> members = new ArrayList<>();
            for (String path : c.documents()) {
                Provenance p = corpus.of(path);
                String source = sources.get(path);
                Double share = source == null ? null : p.related().stream().filter(r -> r.path().equals(source))
                        .findFirst().map(Provenance.Relative::sharedText).orElse(null);
                members.add(new ProvenanceJson.Member(path, source, share, p.uncredited() != null,
                        p.altered().size()));
            }
            clusters.add(new ProvenanceJson.Cluster(c.origin(), members));
        }
        return ProvenanceJson.write(corpus.compared(), clusters);
    }
}
