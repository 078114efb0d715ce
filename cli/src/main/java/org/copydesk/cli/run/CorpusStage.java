package org.copydesk.cli.run;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.copydesk.core.ExtractedDocument;
import org.copydesk.core.Provenance;
import org.copydesk.core.Report;
import org.copydesk.core.WireAgencies;
import org.copydesk.rules.DocumentRule;
import org.copydesk.rules.provenance.CorpusPass;
import org.copydesk.rules.provenance.QuoteChanges;

/**
 * The run's corpus pass, as the CLI runs it: each checked report is {@linkplain #add added} as its worker
 * finishes it (its {@link CorpusPass.Entry} stays in memory, the report itself goes to a {@link ReportSpill}; a
 * document {@code --resume} keeps is {@linkplain #adopt adopted} from the earlier run's),
 * and once every document is checked, {@link #compare} relates them, reading back only the bodies and quotes of
 * candidate pairs. Entries are ordered by report name, so the result never depends on the order workers finished
 * in. Thread-safe.
 */
public final class CorpusStage implements Closeable {

    private final CorpusPass.Settings settings;
    private final WireAgencies agencies;
    private final ReportSpill spill;
    private final SortedMap<String, CorpusPass.Entry> entries = new TreeMap<>();
    private List<CorpusPass.Entry> ordered = List.of();
    private CorpusPass.Result result;
    private final Map<String, Provenance> byPath = new TreeMap<>();
    private final Map<String, String> sites = new HashMap<>(); // report name to site, for compared documents

    /** A stage keeping its reports in {@code spill}, which it closes. */
    public CorpusStage(CorpusPass.Settings settings, WireAgencies agencies, ReportSpill spill) {
        this.settings = settings;
        this.agencies = agencies;
        this.spill = spill;
    }

    /**
     * A checked document's report (the baseline applied). A document without an article, or with a body too
     * short to share a passage, is left out of the comparison.
     */
    public void add(String reportName, Report report) throws IOException {
        Optional<CorpusPass.Entry> e = entry(reportName, report);
        spill.put(reportName, e.isPresent() ? report : null);
        synchronized (this) {
            if (e.isPresent()) {
                entries.put(reportName, e.get());
                site(reportName, report);
            } else {
                entries.remove(reportName);
            }
        }
    }

    private void site(String reportName, Report report) {
        String site = report.document().article().site();
        if (site != null) {
            sites.put(reportName, site);
        }
    }

    private Optional<CorpusPass.Entry> entry(String reportName, Report report) {
        ExtractedDocument doc = report.document();
        if (DocumentRule.hasNoArticle(doc)) {
            return Optional.empty();
        }
        CorpusPass.Entry e = CorpusPass.entry(reportName, doc, settings, agencies);
        return e.fingerprints().length < settings.minShared() ? Optional.empty() : Optional.of(e);
    }

    /**
     * Takes into the comparison a document {@code --resume} keeps from an earlier run, with the report that run
     * logged for it; false when it logged none (the document must be checked again).
     */
    public boolean adopt(String reportName) throws IOException {
        Optional<Optional<Report>> earlier = spill.adopt(reportName);
        if (earlier.isEmpty()) {
            return false;
        }
        Optional<CorpusPass.Entry> e = earlier.get().flatMap(r -> entry(reportName, r));
        synchronized (this) {
            e.ifPresent(x -> {
                entries.put(reportName, x);
                site(reportName, earlier.get().get());
            });
        }
        return true;
    }

    /**
     * Compares the documents added: for each document the pass found anything about, by report name, what it
     * found. Call once, after the last {@link #add}.
     */
    public synchronized SortedMap<String, Provenance> compare() throws IOException {
        ordered = List.copyOf(entries.values());
        List<String> names = List.copyOf(entries.keySet());
        result = CorpusPass.run(ordered, i -> spill.get(names.get(i)).document().body(), settings);
        List<Provenance> found = CorpusPass.provenance(ordered, result, i -> quotes(spill.get(names.get(i))));
        SortedMap<String, Provenance> out = new TreeMap<>();
        for (int i = 0; i < found.size(); i++) {
            if (!found.get(i).isEmpty()) {
                out.put(names.get(i), found.get(i));
                byPath.putIfAbsent(ordered.get(i).path(), found.get(i));
            }
        }
        return out;
    }

    private static List<QuoteChanges.Said> quotes(Report r) {
        return r.document().quotes().quotes().stream().map(QuoteChanges.Said::of).toList();
    }

    /** The report added under {@code reportName}, read back. */
    public Report kept(String reportName) throws IOException {
        return spill.get(reportName);
    }

    /** Documents compared (those with an article long enough). */
    public synchronized int compared() {
        return ordered.size();
    }

    /** The stories the pass found: documents sharing one story, largest first, then by origin. */
    public synchronized List<CorpusPass.Cluster> clusters() {
        if (result == null) {
            return List.of();
        }
        List<CorpusPass.Cluster> out = new ArrayList<>(result.clusters());
        out.sort((a, b) -> a.documents().size() != b.documents().size()
                ? Integer.compare(b.documents().size(), a.documents().size()) : a.origin().compareTo(b.origin()));
        return Collections.unmodifiableList(out);
    }

    /** For each compared document's path, the path of the earlier document it was copied from (if any). */
    public synchronized Map<String, String> sources() {
        Map<String, String> out = new TreeMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            String s = result.sources().get(i);
            if (s != null) {
                out.put(ordered.get(i).path(), s);
            }
        }
        return out;
    }

    /** What the pass found on one site: documents related to another, stories they are in, credits, quotes. */
    public record SiteCounts(int related, int clusters, int uncreditedCopies, int alteredQuotes) {
    }

    /**
     * What the pass found per site ({@code null}: the pages whose site their markup does not give), for the
     * documents it found something about; call after {@link #compare}.
     */
    public synchronized Map<String, SiteCounts> bySite(Map<String, Provenance> found) {
        Map<String, int[]> counts = new TreeMap<>(Comparator.nullsFirst(Comparator.<String>naturalOrder()));
        Map<String, String> siteOfPath = new HashMap<>();
        found.forEach((name, p) -> {
            String site = sites.get(name);
            int[] c = counts.computeIfAbsent(site, k -> new int[4]);
            c[0] += p.related().isEmpty() ? 0 : 1;
            c[2] += p.uncredited() == null ? 0 : 1;
            c[3] += p.altered().size();
            CorpusPass.Entry e = entries.get(name);
            if (e != null && site != null) {
                siteOfPath.put(e.path(), site);
            }
        });
        for (CorpusPass.Cluster cluster : result == null ? List.<CorpusPass.Cluster>of() : result.clusters()) {
            cluster.documents().stream().map(siteOfPath::get).distinct()
                    .forEach(site -> counts.computeIfAbsent(site, k -> new int[4])[1]++);
        }
        Map<String, SiteCounts> out = new LinkedHashMap<>();
        counts.forEach((site, c) -> out.put(site, new SiteCounts(c[0], c[1], c[2], c[3])));
        return out;
    }

    /** What the pass found about the document at {@code path}; {@link Provenance#NONE} when nothing. */
    public synchronized Provenance of(String path) {
        return byPath.getOrDefault(path, Provenance.NONE);
    }

    @Override
    public void close() throws IOException {
        spill.close();
    }
}
