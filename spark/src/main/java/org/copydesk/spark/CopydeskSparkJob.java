package org.copydesk.spark;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.copydesk.engine.CheckFlags;
import org.copydesk.engine.CheckOptions;
import org.copydesk.engine.SettingsException;
import org.copydesk.engine.SourceDateEpoch;
import org.copydesk.engine.ToolVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * {@code java -jar copydesk-spark.jar --input PATH… --output OUT}: the check as a Spark job, in local mode
 * ({@code local[*]}) unless {@code --master} or {@code spark-submit} says otherwise. Reports are the CLI's.
 */
@Command(name = "copydesk-spark", mixinStandardHelpOptions = true, versionProvider = CopydeskSparkJob.Version.class,
        description = "Check documents as an Apache Spark job: one report per document (the CLI's) as JSON lines "
                + "in OUT/reports/, findings as Parquet in OUT/findings/, OUT/summary.json, and with --format the "
                + "run's SARIF log and Markdown or HTML reports.",
        footer = "%nExit codes: 0 done (whatever the findings), 2 usage or configuration error, 3 some input could "
                + "not be read (its report says why), 4 the job failed.")
public final class CopydeskSparkJob implements Callable<Integer> {

    static final int USAGE = 2;
    static final int UNREADABLE = 3;
    static final int FAILED = 4;

    @Option(names = "--input", arity = "1..*", paramLabel = "PATH", description = "Files, directories (read "
            + "recursively) and globs, on any Hadoop file system (file:, hdfs:, s3a:, …); .warc and .warc.gz files "
            + "give one document per HTML response record; a path ending .parquet or .jsonl/.ndjson/.json is a "
            + "table of fetched pages.")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--parquet", paramLabel = "PATH", description = "A Parquet table of fetched pages (a file or "
            + "a directory); repeatable.")
    List<String> parquet = new ArrayList<>();

    @Option(names = "--jsonl", paramLabel = "PATH", description = "A JSON-lines table of fetched pages; repeatable.")
    List<String> json = new ArrayList<>();

    @Option(names = "--output", required = true, paramLabel = "OUT", description = "Output directory: reports/, "
            + "findings/, summary.json. Must not exist, unless --overwrite.")
    String output;

    @Option(names = "--overwrite", description = "Replace OUT if it exists.")
    boolean overwrite;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master; default: spark-submit's, else "
            + "local[*].")
    String master;

    @Option(names = "--url-column", paramLabel = "NAME", defaultValue = "url",
            description = "Tables: the page's URL (default: url).")
    String urlColumn;

    @Option(names = "--html-column", paramLabel = "NAME", defaultValue = "html",
            description = "Tables: the page's HTML, string or binary (default: html).")
    String htmlColumn;

    @Option(names = "--text-column", paramLabel = "NAME", defaultValue = "text",
            description = "Tables: plain text, used when the row has no HTML (default: text).")
    String textColumn;

    @Option(names = "--id-column", paramLabel = "NAME",
            description = "Tables: the name a report shows as source.path (default: the URL).")
    String idColumn;

    @Option(names = "--partitions", paramLabel = "N",
            description = "Spread the inputs over N partitions (default: Spark's split of the listed files).")
    Integer partitions;

    @Mixin
    CheckFlags check;

    @Option(names = "--format", paramLabel = "F", split = ",", description = "Also write: sarif (OUT/copydesk.sarif, "
            + "the run's SARIF log), md and html (OUT/md/, OUT/html/: JSON lines of document, name and its report).")
    List<String> formats = new ArrayList<>();

    @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors.")
    boolean quiet;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        // Netty (Spark's RPC) reaches into direct buffers on Java 17; the jar's manifest opens the packages.
        System.setProperty("io.netty.tryReflectionSetAccessible", "true");
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line and returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new CopydeskSparkJob());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, line, parse) -> {
            if (ex instanceof SettingsException) {
                err.println("copydesk-spark: " + ex.getMessage());
                return USAGE;
            }
            err.println("copydesk-spark: the job failed: " + ex);
            return FAILED;
        });
        return cl.execute(args);
    }

    @Override
    public Integer call() throws Exception {
        if (inputs.isEmpty() && parquet.isEmpty() && json.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give --input, --parquet or --jsonl");
        }
        Set<String> chosen = new TreeSet<>();
        for (String f : formats) {
            String id = f.strip().toLowerCase(Locale.ROOT);
            if (!Rendering.FORMATS.contains(id)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "unknown --format '" + f + "' (sarif, md, "
                        + "html; the reports are always written)");
            }
            chosen.add(id);
        }
        CheckOptions options = check.options(Path.of(System.getProperty("user.dir")), null);
        options.resolve(); // a wrong setting is a usage error before Spark starts
        Optional<Instant> fixed = SourceDateEpoch.fixed(null);
        JobSpec job = new JobSpec(options, inputs, parquet, json, output,
                new JobSpec.Columns(urlColumn, htmlColumn, textColumn, idColumn), partitions, overwrite,
                new Rendering(chosen, fixed.orElseGet(Instant::now), fixed.isPresent()));
        long started = System.nanoTime();
        SparkSession spark = session();
        CorpusSummary summary;
        try {
            summary = CopydeskJob.run(spark, job);
        } finally {
            spark.stop();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        if (!quiet) {
            spec.commandLine().getOut().printf("%d document(s) checked in %.1f s (%.1f/s): %d pass, %d warn, %d fail"
                    + "%s; reports in %s%n", summary.documents(), seconds, summary.documents() / seconds,
                    summary.verdict("pass"), summary.verdict("warn"), summary.verdict("fail"),
                    summary.unreadable() == 0 ? "" : " (" + summary.unreadable() + " unreadable)", output);
        }
        return summary.unreadable() > 0 ? UNREADABLE : 0;
    }

    /** Shuffle partitions of a local run unless configured: a few per core of a large machine. */
    private static final int LOCAL_SHUFFLE_PARTITIONS = 16;

    private SparkSession session() {
        SparkConf conf = new SparkConf(); // spark-submit's settings (spark.master …) arrive as system properties
        SparkSession.Builder b = SparkSession.builder().appName("copydesk");
        String m = master != null ? master : conf.contains("spark.master") ? null : "local[*]";
        if (m != null) {
            b.master(m);
        }
        String effective = m != null ? m : conf.get("spark.master");
        if (effective.startsWith("local") && !conf.contains("spark.ui.enabled")) {
            b.config("spark.ui.enabled", "false"); // a laptop run needs no web UI
        }
        if (effective.startsWith("local") && !conf.contains("spark.sql.shuffle.partitions")) {
            // the corpus pass shuffles several times; 200 partitions per shuffle on one machine is mostly overhead
            b.config("spark.sql.shuffle.partitions", String.valueOf(LOCAL_SHUFFLE_PARTITIONS));
        }
        b.config("spark.ui.showConsoleProgress", conf.get("spark.ui.showConsoleProgress", "false"));
        return b.getOrCreate();
    }

    /** The version for {@code --version}. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"copydesk-spark " + ToolVersion.get() + " (Spark " + org.apache.spark.package$.MODULE$
                    .SPARK_VERSION() + ")"};
        }
    }
}
