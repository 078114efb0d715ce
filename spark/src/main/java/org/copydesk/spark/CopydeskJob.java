package org.copydesk.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.monotonically_increasing_id;

import com.google.common.collect.Iterators;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.copydesk.engine.CheckSettings;
import org.copydesk.engine.SettingsException;
import org.copydesk.engine.ToolVersion;
import org.copydesk.render.DocumentEntry;
import org.copydesk.render.DocumentEntryCodec;
import org.copydesk.render.ProvenanceJson;
import org.copydesk.render.SarifLog;

/**
 * The job itself: inputs to {@link DocResult}s, then {@code OUT/reports/} (JSON lines, one report per line,
 * exactly the CLI's report), {@code OUT/findings/} (Parquet), with {@code --format md} or {@code html}
 * {@code OUT/md/} and {@code OUT/html/} (JSON lines: document, name, report), and from the driver once those are
 * committed, with {@code --format sarif} {@code OUT/copydesk.sarif} (the run's SARIF log, streamed from the sorted
 * entries partition by partition, never collected whole) and last {@code OUT/summary.json}. Reports and findings are written by Spark's file writers, whose output committer
 * keeps only the files of each task's one successful attempt: a failed or retried task leaves no partial or
 * duplicate rows.
 */
public final class CopydeskJob {

    private CopydeskJob() {
    }

    /** Runs {@code spec} on {@code spark}; returns the summary written to {@code OUT/summary.json}. */
    public static CorpusSummary run(SparkSession spark, JobSpec spec) throws IOException {
        CheckSettings settings = spec.check().resolve(); // settings errors surface here, on the driver, not in a task
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        Path out = new Path(spec.output());
        FileSystem outFs = out.getFileSystem(conf);
        if (outFs.exists(out)) {
            if (!spec.overwrite()) {
                throw new SettingsException("--output " + spec.output() + " exists (give --overwrite to replace it)");
            }
            outFs.delete(out, true);
        }
        Dataset<DocResult> checked = results(spark, spec, conf).persist(StorageLevel.MEMORY_AND_DISK());
        SparkCorpusPass.Outcome pass = SparkCorpusPass.run(checked, spec.check(), spec.rendering());
        Dataset<DocResult> results = pass.results().persist(StorageLevel.MEMORY_AND_DISK());
        try {
            try (Writer w = new OutputStreamWriter(outFs.create(new Path(out, ProvenanceJson.FILE), false),
                    StandardCharsets.UTF_8)) {
                w.write(ProvenanceJson.write(pass.compared(), pass.clusters()));
            }
            results.select(col("report")).write().mode(SaveMode.ErrorIfExists)
                    .text(new Path(out, "reports").toString());
            results.select(col("path").as("document"), explode(col("findings")).as("f"))
                    .select(col("document"), col("f.rule").as("rule"), col("f.severity").as("severity"),
                            col("f.start").as("start"), col("f.end").as("end"), col("f.line").as("line"),
                            col("f.column").as("column"), col("f.message").as("message"))
                    .write().mode(SaveMode.ErrorIfExists).parquet(new Path(out, "findings").toString());
            for (String format : List.of("md", "html")) {
                if (spec.rendering().wants(format)) {
                    String column = format.equals("md") ? "markdown" : "html";
                    results.filter(col(column).isNotNull())
                            .select(col("path").as("document"), col("name"), col(column).as("report"))
                            .write().mode(SaveMode.ErrorIfExists).json(new Path(out, format).toString());
                }
            }
            if (spec.rendering().wants("sarif")) {
                writeSarif(results, spec, outFs, new Path(out, SarifLog.FILE));
            }
            CorpusSummary summary = CorpusSummary.of(results, settings.profile().reliesOn(),
                    settings.rules().minConfidence(), pass.compared(), pass.clusters().size());
            summary.write(outFs, new Path(out, "summary.json"));
            return summary;
        } finally {
            results.unpersist();
            checked.unpersist();
        }
    }

    /**
     * The run's SARIF log, as the CLI writes it: the documents' entries in report-name order, read back to the
     * driver one partition at a time (twice: artifacts, then results) and streamed into the file.
     */
    private static void writeSarif(Dataset<DocResult> results, JobSpec spec, FileSystem fs, Path file)
            throws IOException {
        Dataset<Row> ordered = results.select(col("name"), col("path"), col("entry")).orderBy(col("name"),
                col("path"));
        Iterable<DocumentEntry> entries = () -> Iterators.transform(ordered.toLocalIterator(), row -> {
            try {
                return DocumentEntryCodec.decode(row.getAs("entry"));
            } catch (IOException e) {
                throw new UncheckedIOException("a damaged SARIF entry for " + row.getAs("path"), e);
            }
        });
        SarifLog sarif = new SarifLog(spec.rendering().run(Engines.get(spec.check()), ToolVersion.get()));
        try (Writer w = new OutputStreamWriter(fs.create(file, false), StandardCharsets.UTF_8)) {
            sarif.write(entries, false, w);
        }
    }

    private static Dataset<DocResult> results(SparkSession spark, JobSpec spec, Configuration conf)
            throws IOException {
        Encoder<DocResult> encoder = Encoders.bean(DocResult.class);
        Broadcast<HadoopConf> hadoop = JavaSparkContext.fromSparkContext(spark.sparkContext())
                .broadcast(new HadoopConf(conf));
        List<Dataset<DocResult>> parts = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String arg : spec.inputs()) {
            String lower = arg.toLowerCase(Locale.ROOT);
            if (lower.endsWith(".parquet")) {
                parts.add(table(spark, spec, spark.read().parquet(arg), arg));
                continue;
            }
            if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson") || lower.endsWith(".json")
                    || lower.endsWith(".jsonl.gz") || lower.endsWith(".ndjson.gz")) {
                parts.add(table(spark, spec, spark.read().json(arg), arg));
                continue;
            }
            InputRoot root = InputRoot.of(arg, conf);
            if (!root.exists()) {
                missing.add(arg);
                continue;
            }
            // Only the paths are read from binaryFile (its content column is pruned): contents are read in the
            // tasks, so that a WARC file is streamed rather than loaded whole.
            Dataset<Row> files;
            try {
                files = spark.read().format("binaryFile").option("recursiveFileLookup", "true").load(arg)
                        .select(col("path"));
            } catch (Exception e) { // Scala's AnalysisException is checked in Java but not declared
                if (!(e instanceof org.apache.spark.sql.AnalysisException)) {
                    throw e;
                }
                missing.add(arg); // a glob that matches nothing: reported as the CLI reports a missing path
                continue;
            }
            if (spec.partitions() != null) {
                files = files.repartition(spec.partitions());
            }
            parts.add(files.flatMap(new CheckFiles(spec.check(), spec.rendering(), root, hadoop), encoder));
        }
        for (String p : spec.parquet()) {
            parts.add(table(spark, spec, spark.read().parquet(p), p));
        }
        for (String j : spec.json()) {
            parts.add(table(spark, spec, spark.read().json(j), j));
        }
        if (!missing.isEmpty()) {
            // as the CLI does for a path that is not there: a report saying so
            parts.add(spark.createDataset(missing, Encoders.STRING()).map(
                    (org.apache.spark.api.java.function.MapFunction<String, DocResult>) a -> DocResult.of(
                            InputRoot.fileName(a), Engines.get(spec.check()).unreadable(a, "no such file"), null,
                            spec.rendering(), Engines.get(spec.check())),
                    encoder));
        }
        Dataset<DocResult> all = parts.get(0);
        for (int i = 1; i < parts.size(); i++) {
            all = all.union(parts.get(i));
        }
        return all;
    }

    private static Dataset<DocResult> table(SparkSession spark, JobSpec spec, Dataset<Row> table, String name) {
        JobSpec.Columns c = spec.columns();
        StructType schema = table.schema();
        List<String> fields = List.of(schema.fieldNames());
        if (!fields.contains(c.html()) && !fields.contains(c.text())) {
            throw new SettingsException(name + ": no column '" + c.html() + "' (--html-column) or '" + c.text()
                    + "' (--text-column); its columns are " + fields);
        }
        if (c.id() != null && !fields.contains(c.id())) {
            throw new SettingsException(name + ": no column '" + c.id() + "' (--id-column); its columns are " + fields);
        }
        Column none = lit(null).cast("string");
        Dataset<Row> rows = table.select(
                c.id() == null ? none : col(c.id()).cast("string"),
                fields.contains(c.url()) ? col(c.url()).cast("string") : none,
                fields.contains(c.html()) ? col(c.html()) : none,
                fields.contains(c.text()) ? col(c.text()).cast("string") : none,
                monotonically_increasing_id());
        if (spec.partitions() != null) {
            rows = rows.repartition(spec.partitions());
        }
        return rows.flatMap(new CheckRows(spec.check(), spec.rendering(), InputRoot.fileName(name)), Encoders.bean(DocResult.class));
    }
}
