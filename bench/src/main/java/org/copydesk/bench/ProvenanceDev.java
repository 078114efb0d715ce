package org.copydesk.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.copydesk.core.ExtractedDocument;
import org.copydesk.core.WireAgencies;
import org.copydesk.engine.CheckOptions;
import org.copydesk.engine.DocumentChecker;
import org.copydesk.rules.provenance.CorpusPass;
import org.copydesk.rules.provenance.QuoteChanges;

/**
 * The provenance corpus pass over a folder of pages, for development until {@code check} runs it: each page is
 * checked with the defaults, the pass relates the bodies, and {@code OUT} gets what the provenance scorer reads
 * (a report per page with {@code source.path}, {@code related} and the provenance findings, and
 * {@code provenance.json}). Everything is kept in memory: a tool for the development set, not for a corpus.
 *
 * <p>Usage: {@code ProvenanceDev DIR OUT} ({@code scripts/provenance-dev.sh}).
 */
public final class ProvenanceDev {

    private ProvenanceDev() {
    }

    public static void main(String[] args) throws IOException {
        Path in = Path.of(args[0]);
        Path out = Path.of(args[1]);
        DocumentChecker checker = CheckOptions.defaults(Instant.parse("2026-01-01T00:00:00Z")).resolve().checker();
        CorpusPass.Settings settings = CorpusPass.Settings.DEFAULTS;
        WireAgencies agencies = WireAgencies.builtIn();
        List<Path> files;
        try (Stream<Path> s = Files.list(in)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        List<CorpusPass.Entry> entries = new ArrayList<>();
        List<String> bodies = new ArrayList<>();
        List<List<QuoteChanges.Said>> quotes = new ArrayList<>();
        for (Path f : files) {
            ExtractedDocument d = checker.checkFile(f, f.toString()).document();
            entries.add(CorpusPass.entry(f.getFileName().toString(), d, settings, agencies));
            bodies.add(d.body());
            quotes.add(d.quotes().quotes().stream().map(QuoteChanges.Said::of).toList());
        }
        CorpusPass.Result result = CorpusPass.run(entries, bodies::get, settings);
        List<Optional<CorpusPass.UncreditedCopy>> uncredited = CorpusPass.uncredited(entries, result);
        Map<String, Integer> byPath = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            byPath.putIfAbsent(entries.get(i).path(), i);
        }
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        Files.createDirectories(out);
        int copies = 0;
        int altered = 0;
        for (int i = 0; i < entries.size(); i++) {
            ObjectNode report = json.createObjectNode();
            report.putObject("source").put("path", entries.get(i).path());
            report.put("credits", String.join(", ", entries.get(i).credits()));
            ArrayNode related = report.putArray("related");
            for (CorpusPass.Link l : result.related().get(i)) {
                related.addObject().put("path", l.path()).put("sharedText", Math.round(l.sharedText() * 1000) / 1000.0)
                        .put("relation", l.relation().id());
            }
            ArrayNode findings = report.putArray("findings");
            if (uncredited.get(i).isPresent()) {
                CorpusPass.UncreditedCopy u = uncredited.get(i).get();
                findings.addObject().put("rule", "provenance.uncredited-copy").put("message",
                        String.format("%.0f%% of the body is from %s (credited to %s)", 100 * u.share(), u.source(),
                                u.sourceCredits().isEmpty() ? "no agency" : String.join(", ", u.sourceCredits())));
                copies++;
            }
            String source = result.sources().get(i);
            if (source != null) {
                for (QuoteChanges.Change c : QuoteChanges.between(quotes.get(i), quotes.get(byPath.get(source)))) {
                    findings.addObject().put("rule", "provenance.quote-altered").put("start", c.copy().start())
                            .put("end", c.copy().end()).put("message", c.kind() + ": \"" + c.copy().text() + "\" ("
                                    + c.copy().speaker() + ") was \"" + c.source().text() + "\" (" + c.source().speaker()
                                    + ") in " + source);
                    altered++;
                }
            }
            json.writeValue(out.resolve(Path.of(entries.get(i).path()).getFileName() + ".report.json").toFile(),
                    report);
        }
        ObjectNode provenance = json.createObjectNode();
        ArrayNode clusters = provenance.putArray("clusters");
        for (CorpusPass.Cluster c : result.clusters()) {
            ObjectNode n = clusters.addObject();
            c.documents().forEach(n.putArray("documents")::add);
            n.put("origin", c.origin());
        }
        json.writeValue(out.resolve("provenance.json").toFile(), provenance);
        System.out.printf("%d documents, %d stories, %d uncredited copies, %d changed quotes; reports in %s%n",
                entries.size(), result.clusters().size(), copies, altered, out);
    }
}
