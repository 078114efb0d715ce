package org.copydesk.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.copydesk.core.Report;
import org.copydesk.render.ConfidenceTally;
import org.copydesk.rules.Profile;
import org.copydesk.rules.RuleSettings;
import org.copydesk.engine.ToolVersion;

/**
 * {@code OUT/summary.json}: the corpus in figures, gathered in one pass over all documents (each partition
 * tallies its own, the tallies are merged) and written by the driver after the reports and findings are
 * committed. Documents and verdicts; findings by rule and by severity; the distribution of the anonymous-source
 * share over documents with credited statements; the share of extracted text removed as boilerplate, by category
 * and by site (the {@value #TOP_SITES} sites with most documents); each field's confidence (documents estimated,
 * mean, below the minimum, histogram in tenths), the documents with a field the profile relies on below the minimum,
 * and the same figures per site; what the corpus pass found ({@code provenance}: documents compared and related,
 * stories, uncredited copies and changed quotes, the last three per site too).
 */
public final class CorpusSummary {

    static final String SCHEMA = "copydesk/spark-summary/v1";
    static final int TOP_SITES = 100;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final String NO_SITE = "(no url)";

    private final ObjectNode root;

    private CorpusSummary(ObjectNode root) {
        this.root = root;
    }

    public ObjectNode json() {
        return root;
    }

    public long documents() {
        return root.path("documents").asLong();
    }

    public long verdict(String id) {
        return root.path("verdicts").path(id).asLong();
    }

    public long unreadable() {
        return root.path("unreadable").asLong();
    }

    /** The tallies of some documents; merged pairwise. The anonymous share has three decimals: counted per value. */
    static final class Tally implements Serializable {
        private static final long serialVersionUID = 1L;

        long documents;
        long textChars;
        long boilerplateChars;
        final Map<String, Long> verdicts = new HashMap<>();
        final Map<String, Long> rules = new HashMap<>();
        final Map<String, Long> severities = new HashMap<>();
        final Map<String, Long> categories = new HashMap<>();
        final Map<String, long[]> sites = new HashMap<>(); // documents, text chars, boilerplate chars
        final long[] shares = new long[1001]; // documents by anonymous share in thousandths
        final ConfidenceTally confidence;
        final Map<String, ConfidenceTally> confidenceBySite = new HashMap<>();
        final Map<String, long[]> provenanceBySite = new HashMap<>(); // related, uncredited copies, altered quotes
        private final List<String> reliedOn;
        private final double minConfidence;

        /** A tally at the default profile's fields and the default minimum confidence. */
        Tally() {
            this(Profile.defaultProfile().reliesOn(), RuleSettings.DEFAULT_MIN_CONFIDENCE);
        }

        /** A tally judging confidence by the fields {@code reliedOn} against {@code minConfidence}. */
        Tally(List<String> reliedOn, double minConfidence) {
            this.reliedOn = List.copyOf(reliedOn);
            this.minConfidence = minConfidence;
            this.confidence = new ConfidenceTally(reliedOn, minConfidence);
        }

        Tally add(DocResult r) {
            documents++;
            textChars += r.getTextLength();
            boilerplateChars += r.getBoilerplateChars();
            verdicts.merge(r.getVerdict(), 1L, Long::sum);
            for (FindingRow f : r.getFindings()) {
                rules.merge(f.getRule(), 1L, Long::sum);
                severities.merge(f.getSeverity(), 1L, Long::sum);
            }
            r.getBoilerplate().forEach((k, v) -> categories.merge(k, v, Long::sum));
            long[] s = sites.computeIfAbsent(r.getSite() == null ? NO_SITE : r.getSite(), k -> new long[3]);
            s[0]++;
            s[1] += r.getTextLength();
            s[2] += r.getBoilerplateChars();
            if (r.getStatements() > 0) {
                shares[(int) Math.max(0, Math.min(1000, Math.round(r.getAnonymousShare() * 1000)))]++;
            }
            if (r.getRelated() > 0) {
                long[] p = provenanceBySite.computeIfAbsent(r.getSite() == null ? NO_SITE : r.getSite(),
                        k -> new long[3]);
                p[0]++;
                p[1] += r.isUncreditedCopy() ? 1 : 0;
                p[2] += r.getAlteredQuotes();
            }
            Map<String, Double> c = r.getConfidence() == null ? Map.of() : r.getConfidence();
            confidence.add(c);
            confidenceBySite.computeIfAbsent(r.getSite() == null ? NO_SITE : r.getSite(),
                    k -> new ConfidenceTally(reliedOn, minConfidence)).add(c);
            return this;
        }

        Tally merge(Tally o) {
            documents += o.documents;
            textChars += o.textChars;
            boilerplateChars += o.boilerplateChars;
            o.verdicts.forEach((k, v) -> verdicts.merge(k, v, Long::sum));
            o.rules.forEach((k, v) -> rules.merge(k, v, Long::sum));
            o.severities.forEach((k, v) -> severities.merge(k, v, Long::sum));
            o.categories.forEach((k, v) -> categories.merge(k, v, Long::sum));
            o.sites.forEach((k, v) -> {
                long[] s = sites.computeIfAbsent(k, x -> new long[3]);
                for (int i = 0; i < 3; i++) {
                    s[i] += v[i];
                }
            });
            for (int i = 0; i < shares.length; i++) {
                shares[i] += o.shares[i];
            }
            confidence.merge(o.confidence);
            o.confidenceBySite.forEach((k, v) -> confidenceBySite.merge(k, v, ConfidenceTally::merge));
            o.provenanceBySite.forEach((k, v) -> {
                long[] p = provenanceBySite.computeIfAbsent(k, x -> new long[3]);
                for (int i = 0; i < 3; i++) {
                    p[i] += v[i];
                }
            });
            return this;
        }
    }

    /** The summary of {@code results}, judging confidence by {@code reliedOn} against {@code minConfidence}. */
    static CorpusSummary of(Dataset<DocResult> results, List<String> reliedOn, double minConfidence) {
        return of(results.toJavaRDD().aggregate(new Tally(reliedOn, minConfidence), Tally::add, Tally::merge));
    }

    /**
     * As {@link #of(Dataset, List, double)}, with what the corpus pass found: {@code compared} documents and
     * {@code clusters} stories over the run; documents related to another, uncredited copies and changed quotes
     * over the run and per site (the sites with any, most related documents first).
     */
    static CorpusSummary of(Dataset<DocResult> results, List<String> reliedOn, double minConfidence, int compared,
            int clusters) {
        Tally t = results.toJavaRDD().aggregate(new Tally(reliedOn, minConfidence), Tally::add, Tally::merge);
        CorpusSummary summary = of(t);
        long[] all = new long[3];
        t.provenanceBySite.values().forEach(v -> {
            for (int i = 0; i < 3; i++) {
                all[i] += v[i];
            }
        });
        ObjectNode p = summary.root.putObject("provenance").put("compared", compared).put("related", all[0])
                .put("clusters", clusters).put("uncreditedCopies", all[1]).put("alteredQuotes", all[2]);
        List<Map.Entry<String, long[]>> sites = new ArrayList<>(t.provenanceBySite.entrySet());
        sites.sort(Comparator.comparingLong((Map.Entry<String, long[]> e) -> -e.getValue()[0])
                .thenComparing(Map.Entry::getKey));
        ArrayNode bySite = p.putArray("bySite");
        for (Map.Entry<String, long[]> e : sites.subList(0, Math.min(TOP_SITES, sites.size()))) {
            bySite.addObject().put("site", e.getKey()).put("related", e.getValue()[0])
                    .put("uncreditedCopies", e.getValue()[1]).put("alteredQuotes", e.getValue()[2]);
        }
        return summary;
    }

    static CorpusSummary of(Tally t) {
        ObjectNode root = JSON.createObjectNode();
        root.put("schema", SCHEMA);
        root.putObject("tool").put("name", "copydesk").put("version", ToolVersion.get());
        root.put("reportSchema", Report.SCHEMA);
        root.put("documents", t.documents);
        ObjectNode verdicts = root.putObject("verdicts");
        for (String v : List.of("pass", "warn", "fail")) {
            verdicts.put(v, t.verdicts.getOrDefault(v, 0L));
        }
        ObjectNode f = root.putObject("findings");
        f.put("total", t.rules.values().stream().mapToLong(Long::longValue).sum());
        new TreeMap<>(t.severities).forEach(f.putObject("bySeverity")::put);
        new TreeMap<>(t.rules).forEach(f.putObject("byRule")::put);
        root.put("unreadable", t.rules.getOrDefault("input.unreadable", 0L));
        root.set("anonymousShare", anonymousShare(t.shares));

        ObjectNode b = root.putObject("boilerplate");
        b.put("textChars", t.textChars);
        b.put("boilerplateChars", t.boilerplateChars);
        b.put("share", share(t.boilerplateChars, t.textChars));
        ObjectNode byCategory = b.putObject("byCategory");
        new TreeMap<>(t.categories).forEach((k, v) -> byCategory.putObject(k).put("chars", v)
                .put("share", share(v, t.textChars)));
        b.put("sites", t.sites.size());
        List<Map.Entry<String, long[]>> sites = new ArrayList<>(t.sites.entrySet());
        sites.sort(Comparator.comparingLong((Map.Entry<String, long[]> e) -> -e.getValue()[0])
                .thenComparing(Map.Entry::getKey));
        ArrayNode bySite = b.putArray("bySite");
        for (Map.Entry<String, long[]> e : sites.subList(0, Math.min(TOP_SITES, sites.size()))) {
            long[] s = e.getValue();
            bySite.addObject().put("site", e.getKey()).put("documents", s[0]).put("textChars", s[1])
                    .put("boilerplateChars", s[2]).put("share", share(s[2], s[1]));
        }
        root.set("confidence", confidence(t, sites));
        return new CorpusSummary(root);
    }

    /**
     * Every field's confidence over the run ({@link ConfidenceTally#json}) and, for the sites with most documents
     * (the same sites as the boilerplate's), the same per site without the histograms.
     */
    private static ObjectNode confidence(Tally t, List<Map.Entry<String, long[]>> sites) {
        ObjectNode n = t.confidence.json(false);
        ArrayNode bySite = n.putArray("bySite");
        for (Map.Entry<String, long[]> e : sites.subList(0, Math.min(TOP_SITES, sites.size()))) {
            ConfidenceTally site = t.confidenceBySite.get(e.getKey());
            if (site != null) {
                ObjectNode s = site.json(true);
                s.remove(List.of("minimum", "reliedOn"));
                bySite.addObject().put("site", e.getKey()).setAll(s);
            }
        }
        return n;
    }

    /**
     * Over documents with at least one credited statement (the {@code attribution.anonymousShare} of their
     * reports): how many, the mean, quartiles and 90th percentile, and a histogram in tenths ({@code 0} alone,
     * then {@code (0, 0.1]} … {@code (0.9, 1]}).
     */
    private static ObjectNode anonymousShare(long[] shares) {
        ObjectNode n = JSON.createObjectNode();
        long docs = 0;
        double sum = 0;
        for (int i = 0; i < shares.length; i++) {
            docs += shares[i];
            sum += shares[i] * (i / 1000.0);
        }
        n.put("documents", docs);
        n.put("mean", docs == 0 ? 0.0 : round(sum / docs));
        n.put("p25", quantile(shares, docs, 0.25)).put("median", quantile(shares, docs, 0.5))
                .put("p75", quantile(shares, docs, 0.75)).put("p90", quantile(shares, docs, 0.9));
        ArrayNode h = n.putArray("histogram");
        h.addObject().put("from", 0.0).put("to", 0.0).put("documents", shares[0]);
        for (int bin = 1; bin <= 10; bin++) {
            long c = 0;
            for (int i = (bin - 1) * 100 + 1; i <= bin * 100; i++) {
                c += shares[i];
            }
            h.addObject().put("from", (bin - 1) / 10.0).put("to", bin / 10.0).put("documents", c);
        }
        return n;
    }

    /** The smallest share with at least {@code q} of the documents at or below it (nearest rank). */
    private static double quantile(long[] shares, long docs, double q) {
        if (docs == 0) {
            return 0.0;
        }
        long rank = Math.max(1, (long) Math.ceil(q * docs));
        long seen = 0;
        for (int i = 0; i < shares.length; i++) {
            seen += shares[i];
            if (seen >= rank) {
                return i / 1000.0;
            }
        }
        return 1.0;
    }

    private static double share(long part, long whole) {
        return whole == 0 ? 0.0 : round((double) part / whole);
    }

    private static double round(double v) {
        return Math.round(v * 10000.0) / 10000.0;
    }

    void write(FileSystem fs, Path file) throws IOException {
        try (OutputStream o = fs.create(file, true)) {
            o.write((JSON.writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }
}
