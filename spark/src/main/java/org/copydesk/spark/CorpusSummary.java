package org.copydesk.spark;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.ceil;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.percentile_approx;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.copydesk.core.Report;
import org.copydesk.engine.ToolVersion;

/**
 * {@code OUT/summary.json}: the corpus in figures, aggregated by Spark over all reports and written by the
 * driver after the reports and findings are committed. Documents and verdicts; findings by rule and by
 * severity; the distribution of the anonymous-source share over documents with credited statements; the share
 * of extracted text removed as boilerplate, by category and by site (the 100 sites with most documents).
 */
public final class CorpusSummary {

    static final String SCHEMA = "copydesk/spark-summary/v1";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final int TOP_SITES = 100;

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

    static CorpusSummary of(Dataset<DocResult> results) {
        ObjectNode root = JSON.createObjectNode();
        root.put("schema", SCHEMA);
        root.putObject("tool").put("name", "copydesk").put("version", ToolVersion.get());
        root.put("reportSchema", Report.SCHEMA);

        Row totals = results.agg(count(lit(1)), sum("textLength"), sum("boilerplateChars")).first();
        long documents = totals.getLong(0);
        long textChars = totals.isNullAt(1) ? 0 : totals.getLong(1);
        long boilerplateChars = totals.isNullAt(2) ? 0 : totals.getLong(2);
        root.put("documents", documents);

        ObjectNode verdicts = root.putObject("verdicts");
        verdicts.put("pass", 0).put("warn", 0).put("fail", 0);
        for (Row r : results.groupBy("verdict").count().collectAsList()) {
            verdicts.put(r.getString(0), r.getLong(1));
        }

        Dataset<Row> findings = results.select(explode(col("findings")).as("f"));
        Map<String, Long> byRule = new TreeMap<>();
        findings.groupBy(col("f.rule")).count().collectAsList().forEach(r -> byRule.put(r.getString(0), r.getLong(1)));
        Map<String, Long> bySeverity = new TreeMap<>();
        findings.groupBy(col("f.severity")).count().collectAsList()
                .forEach(r -> bySeverity.put(r.getString(0), r.getLong(1)));
        ObjectNode f = root.putObject("findings");
        f.put("total", byRule.values().stream().mapToLong(Long::longValue).sum());
        bySeverity.forEach(f.putObject("bySeverity")::put);
        byRule.forEach(f.putObject("byRule")::put);
        root.put("unreadable", byRule.getOrDefault("input.unreadable", 0L));

        root.set("anonymousShare", anonymousShare(results));

        ObjectNode b = root.putObject("boilerplate");
        b.put("textChars", textChars);
        b.put("boilerplateChars", boilerplateChars);
        b.put("share", share(boilerplateChars, textChars));
        ObjectNode byCategory = b.putObject("byCategory");
        Map<String, Long> categories = new TreeMap<>();
        results.select(explode(col("boilerplate")).as(new String[] {"category", "chars"})).groupBy("category")
                .agg(sum("chars")).collectAsList().forEach(r -> categories.put(r.getString(0), r.getLong(1)));
        categories.forEach((k, v) -> byCategory.putObject(k).put("chars", v).put("share", share(v, textChars)));
        Dataset<Row> sites = results.withColumn("site", when(col("site").isNull(), lit("(no url)"))
                .otherwise(col("site"))).groupBy("site")
                .agg(count(lit(1)).as("documents"), sum("textLength").as("text"), sum("boilerplateChars").as("bp"));
        b.put("sites", sites.count());
        ArrayNode bySite = b.putArray("bySite");
        for (Row r : sites.orderBy(col("documents").desc(), col("site")).limit(TOP_SITES).collectAsList()) {
            bySite.addObject().put("site", r.getString(0)).put("documents", r.getLong(1))
                    .put("textChars", r.getLong(2)).put("boilerplateChars", r.getLong(3))
                    .put("share", share(r.getLong(3), r.getLong(2)));
        }
        return new CorpusSummary(root);
    }

    /**
     * Over documents with at least one credited statement (the {@code attribution.anonymousShare} of their
     * reports): how many, mean, quartiles and 90th percentile, and a histogram in tenths ({@code 0} alone,
     * then {@code (0, 0.1]} … {@code (0.9, 1]}).
     */
    private static ObjectNode anonymousShare(Dataset<DocResult> results) {
        ObjectNode n = JSON.createObjectNode();
        Dataset<Row> credited = results.filter(col("statements").gt(0)).select(col("anonymousShare").as("s"));
        Row stats = credited.agg(count(lit(1)), avg("s"),
                percentile_approx(col("s"), lit(new double[] {0.25, 0.5, 0.75, 0.9}), lit(10000))).first();
        long docs = stats.getLong(0);
        n.put("documents", docs);
        n.put("mean", docs == 0 ? 0.0 : round(stats.getDouble(1)));
        List<Double> q = docs == 0 ? List.of(0.0, 0.0, 0.0, 0.0) : stats.getList(2);
        n.put("p25", q.get(0)).put("median", q.get(1)).put("p75", q.get(2)).put("p90", q.get(3));
        long[] bins = new long[11];
        credited.groupBy(when(col("s").leq(0), lit(0)).otherwise(ceil(col("s").multiply(10)).cast("int")).as("bin"))
                .count().collectAsList().forEach(r -> bins[Math.max(0, Math.min(10, r.getInt(0)))] += r.getLong(1));
        ArrayNode h = n.putArray("histogram");
        h.addObject().put("from", 0.0).put("to", 0.0).put("documents", bins[0]);
        for (int i = 1; i <= 10; i++) {
            h.addObject().put("from", (i - 1) / 10.0).put("to", i / 10.0).put("documents", bins[i]);
        }
        return n;
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
