package org.copydesk.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.spark.api.java.function.CoGroupFunction;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.ReduceFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;
import org.copydesk.core.Provenance;
import org.copydesk.core.Report;
import org.copydesk.engine.CheckOptions;
import org.copydesk.engine.DocumentChecker;
import org.copydesk.engine.ReportBytes;
import org.copydesk.render.ProvenanceJson;
import org.copydesk.rules.provenance.BodyWords;
import org.copydesk.rules.provenance.CandidatePairs;
import org.copydesk.rules.provenance.CorpusPass;
import org.copydesk.rules.provenance.QuoteChanges;
import org.copydesk.rules.provenance.SharedText;
import scala.Tuple2;

/**
 * The corpus pass on Spark, with the same results as the CLI's ({@link CorpusPass}), built from Spark's own
 * operators rather than a loop on the driver: fingerprints are exploded and grouped by their high 40 bits (as
 * {@code CandidatePairs} keys them), each group of two to {@code maxPosting} documents yields its pairs, pairs
 * sharing {@code minShared} keys are measured in the tasks on the two kept reports ({@link CorpusPass#relate}),
 * each copy keeps its preferred source ({@link CorpusPass#prefer}, a reduction), stories are found by pointer
 * jumping up the copy-of edges, and the uncredited copies and changed quotes come from joining each copy with
 * its source. Only the stories' members (a row per related document, paths and counts) come to the driver. Documents the pass found something about are checked again in the tasks with what it found, as
 * the CLI does. Documents are told apart by report name, which orders them as the CLI's entries are ordered.
 */
final class SparkCorpusPass {

    static final CorpusPass.Settings SETTINGS = CorpusPass.Settings.DEFAULTS;
    /** The high 40 bits of a fingerprint, which {@code CandidatePairs} compares. */
    private static final long KEY_BITS = ~((1L << 24) - 1);
    /** Copy chains are short (a copy of a copy of a copy); this bounds the jumps if one were not. */
    private static final int MAX_JUMPS = 64;

    /** One side of a related pair (a Java bean for Spark's encoder): document {@code name} shares text with another. */
    public static class Linked implements Serializable {
        private static final long serialVersionUID = 1L;
        private String name;
        private String other;
        private String otherPath;
        private double share;
        private String relation;
        private long otherFrom;

        public Linked() {
        }

        Linked(String name, String other, CorpusPass.Link link, long otherFrom) {
            this.name = name;
            this.other = other;
            this.otherPath = link.path();
            this.share = link.sharedText();
            this.relation = link.relation().id();
            this.otherFrom = otherFrom;
        }

        CorpusPass.Link link() {
            for (Provenance.Relation r : Provenance.Relation.values()) {
                if (r.id().equals(relation)) {
                    return new CorpusPass.Link(otherPath, share, r);
                }
            }
            throw new IllegalStateException("no relation " + relation);
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getOther() {
            return other;
        }

        public void setOther(String other) {
            this.other = other;
        }

        public String getOtherPath() {
            return otherPath;
        }

        public void setOtherPath(String otherPath) {
            this.otherPath = otherPath;
        }

        public double getShare() {
            return share;
        }

        public void setShare(double share) {
            this.share = share;
        }

        public String getRelation() {
            return relation;
        }

        public void setRelation(String relation) {
            this.relation = relation;
        }

        public long getOtherFrom() {
            return otherFrom;
        }

        public void setOtherFrom(long otherFrom) {
            this.otherFrom = otherFrom;
        }
    }

    /** What the pass found about each document it found anything about, and the run's stories. */
    record Outcome(Dataset<DocResult> results, int compared, List<ProvenanceJson.Cluster> clusters) {
    }

    private SparkCorpusPass() {
    }

    /**
     * Compares the documents of {@code results} (kept in memory or on disk by the caller) and returns them
     * checked again where the pass found something, every result without the pass's own columns.
     */
    static Outcome run(Dataset<DocResult> results, CheckOptions check, Rendering rendering) {
        Dataset<Row> nodes = results.filter(col("fingerprints").isNotNull()).select(col("name"), col("path"),
                col("kept"), col("fingerprints"), col("publishedFrom"), col("publishedTo"), col("credits"));
        int compared = Math.toIntExact(nodes.count());

        Dataset<Row> groups = nodes.select(col("name"), col("publishedFrom"), explode(col("fingerprints")).as("fp"))
                .select(col("fp").bitwiseAND(lit(KEY_BITS)).as("key"), struct(col("publishedFrom"), col("name"))
                        .as("doc"))
                .groupBy(col("key")).agg(collect_list(col("doc")).as("docs"))
                .filter(size(col("docs")).gt(1).and(size(col("docs")).leq(SETTINGS.maxPosting())));
        Dataset<Row> pairs = groups.select(col("docs")).flatMap(
                (FlatMapFunction<Row, Tuple2<String, String>>) row -> pairsOf(row.getList(0)).iterator(),
                Encoders.tuple(Encoders.STRING(), Encoders.STRING())).toDF("a", "b")
                .groupBy(col("a"), col("b")).count().filter(col("count").geq(SETTINGS.minShared()));

        Dataset<Row> sideA = side(nodes, "a");
        Dataset<Row> sideB = side(nodes, "b");
        Dataset<Linked> links = pairs.join(sideA, col("a").equalTo(col("aName")))
                .join(sideB, col("b").equalTo(col("bName")))
                .flatMap((FlatMapFunction<Row, Linked>) SparkCorpusPass::measure, Encoders.bean(Linked.class))
                .persist(StorageLevel.MEMORY_AND_DISK());

        Dataset<Linked> parents = links.filter(col("relation").equalTo(Provenance.Relation.COPY_OF.id()))
                .groupByKey((MapFunction<Linked, String>) Linked::getName, Encoders.STRING())
                .reduceGroups((ReduceFunction<Linked>) (x, y) -> CorpusPass.prefer(y.getShare(), y.getOtherFrom(),
                        y.getOther(), x.getShare(), x.getOtherFrom(), x.getOther()) ? y : x)
                .map((MapFunction<Tuple2<String, Linked>, Linked>) Tuple2::_2, Encoders.bean(Linked.class))
                .persist(StorageLevel.MEMORY_AND_DISK());

        Dataset<Row> copies = parents.select(col("name"), col("other").as("source"),
                col("otherPath").as("sourcePath"), col("share"))
                .join(side(nodes, "c"), col("name").equalTo(col("cName")))
                .join(side(nodes, "s"), col("source").equalTo(col("sName")));
        Dataset<Tuple2<String, byte[]>> found = copies.map((MapFunction<Row, Tuple2<String, byte[]>>) r -> {
            List<String> mine = r.getList(r.fieldIndex("cCredits"));
            List<String> theirs = r.getList(r.fieldIndex("sCredits"));
            String sourcePath = r.getAs("sourcePath");
            CorpusPass.Link toSource = new CorpusPass.Link(sourcePath, r.getAs("share"),
                    Provenance.Relation.COPY_OF);
            Optional<CorpusPass.UncreditedCopy> owed = CorpusPass.uncredited(mine, toSource, theirs);
            List<Provenance.AlteredQuote> altered = CorpusPass.altered(quotes(r.getAs("cKept")), sourcePath,
                    quotes(r.getAs("sKept")));
            Provenance.Source source = owed.map(o -> new Provenance.Source(o.source(), o.share(),
                    o.sourceCredits())).orElse(null);
            return new Tuple2<>(r.<String>getAs("name"), bytes(new Provenance(List.of(), source, altered)));
        }, Encoders.tuple(Encoders.STRING(), Encoders.BINARY()));

        Dataset<Tuple2<String, byte[]>> provenance = links
                .groupByKey((MapFunction<Linked, String>) Linked::getName, Encoders.STRING())
                .cogroup(found.groupByKey((MapFunction<Tuple2<String, byte[]>, String>) Tuple2::_1,
                        Encoders.STRING()),
                        (CoGroupFunction<String, Linked, Tuple2<String, byte[]>, Tuple2<String, byte[]>>)
                        SparkCorpusPass::assemble, Encoders.tuple(Encoders.STRING(), Encoders.BINARY()))
                .persist(StorageLevel.MEMORY_AND_DISK());

        Dataset<Row> provenanceByName = provenance.toDF("pName", "provenance");
        Dataset<DocResult> amended = results.joinWith(provenanceByName,
                results.col("name").equalTo(provenanceByName.col("pName")), "left_outer")
                .map((MapFunction<Tuple2<DocResult, Row>, DocResult>) t -> amend(t._1(), t._2(), check, rendering),
                        Encoders.bean(DocResult.class));

        List<ProvenanceJson.Cluster> clusters = clusters(nodes, parents, provenance);
        return new Outcome(amended, compared, clusters);
    }

    /**
     * The pairs one fingerprint gives, as {@code CandidatePairs} gives them: every two of its documents when it is
     * found {@link CandidatePairs#CLIQUE} times or fewer, else each of its documents with its
     * {@link CandidatePairs#HUBS} earliest (by publication start, then name, which orders them as the CLI numbers
     * them). {@code docs}: (publication start, name) per occurrence.
     */
    private static List<Tuple2<String, String>> pairsOf(List<Row> docs) {
        List<Tuple2<String, String>> out = new ArrayList<>();
        if (docs.size() <= Math.min(CandidatePairs.CLIQUE, SETTINGS.maxPosting())) {
            for (int x = 0; x < docs.size(); x++) {
                for (int y = x + 1; y < docs.size(); y++) {
                    String a = docs.get(x).getString(1);
                    String b = docs.get(y).getString(1);
                    if (!a.equals(b)) { // a fingerprint twice in one document links it to nothing
                        out.add(a.compareTo(b) < 0 ? new Tuple2<>(a, b) : new Tuple2<>(b, a));
                    }
                }
            }
            return out;
        }
        TreeMap<String, Long> distinct = new TreeMap<>();
        docs.forEach(d -> distinct.put(d.getString(1), d.getLong(0)));
        List<String> hubs = distinct.keySet().stream()
                .sorted(Comparator.comparingLong((String n) -> distinct.get(n)).thenComparing(n -> n))
                .limit(CandidatePairs.HUBS).toList();
        for (int h = 0; h < hubs.size(); h++) {
            for (String d : distinct.keySet()) {
                if (!hubs.subList(0, h + 1).contains(d)) { // the hub itself, or a hub already paired with it
                    String hub = hubs.get(h);
                    out.add(hub.compareTo(d) < 0 ? new Tuple2<>(hub, d) : new Tuple2<>(d, hub));
                }
            }
        }
        return out;
    }

    /** The columns of the documents on one side of a pair, prefixed ({@code aName}, {@code aKept}, …). */
    private static Dataset<Row> side(Dataset<Row> nodes, String prefix) {
        return nodes.select(col("name").as(prefix + "Name"), col("path").as(prefix + "Path"),
                col("kept").as(prefix + "Kept"), col("publishedFrom").as(prefix + "From"),
                col("publishedTo").as(prefix + "To"), col("credits").as(prefix + "Credits"));
    }

    /** A candidate pair measured: both sides' links when the two are related, else nothing. */
    private static Iterator<Linked> measure(Row r) throws IOException {
        CorpusPass.Entry a = entry(r, "a");
        CorpusPass.Entry b = entry(r, "b");
        SharedText.Measured bodyA = measured(r.getAs("aKept"));
        SharedText.Measured bodyB = measured(r.getAs("bKept"));
        Optional<CorpusPass.Pair> pair = CorpusPass.relate(a, b, bodyA, bodyB, SETTINGS);
        if (pair.isEmpty()) {
            return Collections.emptyIterator();
        }
        return List.of(new Linked(a.name(), b.name(), pair.get().first(), b.published().from()),
                new Linked(b.name(), a.name(), pair.get().second(), a.published().from())).iterator();
    }

    private static CorpusPass.Entry entry(Row r, String prefix) {
        return new CorpusPass.Entry(r.getAs(prefix + "Name"), r.getAs(prefix + "Path"), new long[0],
                new CorpusPass.Published(r.<Long>getAs(prefix + "From"), r.<Long>getAs(prefix + "To")), List.of());
    }

    private static SharedText.Measured measured(byte[] kept) throws IOException {
        return new SharedText.Measured(BodyWords.of(ReportBytes.decode(kept).document().body()), SETTINGS.shingle());
    }

    private static List<QuoteChanges.Said> quotes(byte[] kept) throws IOException {
        return ReportBytes.decode(kept).document().quotes().quotes().stream().map(QuoteChanges.Said::of).toList();
    }

    /** A document's provenance from its links and, for a copy, what its source owes it (as the CLI makes it). */
    private static Iterator<Tuple2<String, byte[]>> assemble(String name, Iterator<Linked> linked,
            Iterator<Tuple2<String, byte[]>> asCopy) throws IOException {
        List<CorpusPass.Link> links = new ArrayList<>();
        linked.forEachRemaining(l -> links.add(l.link()));
        if (links.isEmpty()) {
            return Collections.emptyIterator();
        }
        links.sort(CorpusPass.STRONGEST);
        Provenance copy = asCopy.hasNext() ? provenance(asCopy.next()._2()) : Provenance.NONE;
        Provenance.Source s = copy.uncredited();
        CorpusPass.UncreditedCopy owed = s == null ? null : new CorpusPass.UncreditedCopy(s.path(), s.share(),
                s.credits());
        Provenance p = CorpusPass.of(links, owed, copy.altered());
        return List.of(new Tuple2<>(name, bytes(p))).iterator();
    }

    /** {@code r} as it is, or checked again with what the pass found about it; without the pass's columns. */
    private static DocResult amend(DocResult r, Row found, CheckOptions check, Rendering rendering)
            throws IOException {
        if (found == null) {
            return r.withoutPassData();
        }
        DocumentChecker checker = Engines.get(check);
        Report before = ReportBytes.decode(r.getKept());
        Report after = checker.report(before.document().withProvenance(provenance(found.getAs("provenance"))));
        DocResult again = DocResult.rendered(r.getName(), after, null, rendering, checker);
        again.setSite(r.getSite());
        return again;
    }

    /**
     * The stories: each copy's root found by following copy-of edges up (each jump doubles the distance
     * covered), then every document under a root, with what the pass found about it, collected to the driver
     * for {@code provenance.json}.
     */
    private static List<ProvenanceJson.Cluster> clusters(Dataset<Row> nodes, Dataset<Linked> parents,
            Dataset<Tuple2<String, byte[]>> provenance) {
        Dataset<Row> edges = parents.select(col("name").as("child"), col("other").as("parent"));
        Dataset<Row> up = edges.select(col("child").as("node"), col("parent").as("root"));
        for (int i = 0; i < MAX_JUMPS; i++) {
            Dataset<Row> step = edges.select(col("child").as("stepChild"), col("parent").as("stepParent"));
            Dataset<Row> further = up.join(step, col("root").equalTo(col("stepChild")), "left_outer");
            if (further.filter(col("stepParent").isNotNull()).isEmpty()) {
                break;
            }
            up = further.select(col("node"), coalesce(col("stepParent"), col("root")).as("root")).localCheckpoint();
        }
        Dataset<Row> members = up.union(up.select(col("root").as("node"), col("root")).distinct())
                .join(nodes.select(col("name"), col("path")), col("node").equalTo(col("name")))
                .join(provenance.toDF("pName", "provenance"), col("node").equalTo(col("pName")), "left_outer")
                .join(parents.select(col("name").as("copy"), col("otherPath").as("sourcePath")),
                        col("node").equalTo(col("copy")), "left_outer")
                .select(col("root"), col("node"), col("path"), col("sourcePath"), col("provenance"));
        Map<String, TreeMap<String, ProvenanceJson.Member>> byRoot = new TreeMap<>();
        Map<String, String> paths = new HashMap<>();
        for (Row r : members.collectAsList()) { // a row per related document, small beside the reports
            String path = r.getAs("path");
            String source = r.getAs("sourcePath");
            byte[] found = r.getAs("provenance");
            Provenance p;
            try {
                p = found == null ? Provenance.NONE : provenance(found);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Double share = source == null ? null : p.related().stream().filter(x -> x.path().equals(source))
                    .findFirst().map(Provenance.Relative::sharedText).orElse(null);
            byRoot.computeIfAbsent(r.getAs("root"), k -> new TreeMap<>()).put(r.getAs("node"),
                    new ProvenanceJson.Member(path, source, share, p.uncredited() != null, p.altered().size()));
            paths.put(r.getAs("node"), path);
        }
        List<ProvenanceJson.Cluster> out = new ArrayList<>();
        byRoot.forEach((root, m) -> out.add(new ProvenanceJson.Cluster(paths.get(root), List.copyOf(m.values()))));
        return out;
    }

    private static byte[] bytes(Provenance p) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(b)) {
            out.writeObject(p);
        }
        return b.toByteArray();
    }

    private static Provenance provenance(byte[] bytes) throws IOException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            return (Provenance) in.readObject();
        } catch (ClassNotFoundException e) {
            throw new IOException(e);
        }
    }
}
