package org.copydesk.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskStart;
import org.apache.spark.scheduler.TaskInfo;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.copydesk.cli.Copydesk;
import org.copydesk.engine.CheckOptions;
import org.copydesk.engine.DocumentChecker;
import org.copydesk.engine.ReportJson;
import org.copydesk.ingest.warc.WarcFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job in {@code local[2]} against the real command line over the same inputs (our own fixtures: a
 * text file, HTML pages, WARC files with HTML and non-HTML records, broken files): every report must be the
 * CLI's, whole (findings, metadata, body, segments, source, verdict; no field is left out of the comparison).
 * One Spark session for the class.
 */
class SparkJobMatchesCliTest {

    private static final String NOW = "2025-06-01T00:00:00Z";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Rendering NOTHING_MORE = new Rendering(Set.of(), Instant.parse(NOW), true);

    @TempDir
    static Path tmp;
    private static SparkSession spark;

    @BeforeAll
    static void start() throws IOException {
        spark = SparkSession.builder().master("local[2]").appName("copydesk-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2")
                .config("spark.default.parallelism", "2").getOrCreate();
        Fixtures.write(Files.createDirectories(tmp.resolve("in")));
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void everyReportIsTheClisReport() throws IOException {
        Path in = tmp.resolve("in");
        Path cliOut = tmp.resolve("cli-out");
        StringWriter cliErr = new StringWriter();
        int code = Copydesk.run(new String[] {"check", "-q", "--jobs", "2", "--now", NOW, "--out", cliOut.toString(),
            in.toString()}, new PrintWriter(new StringWriter(), true), new PrintWriter(cliErr, true));
        assertEquals(3, code, "the broken files make the CLI exit 3: " + cliErr);
        Map<String, JsonNode> cli = cliReports(cliOut);

        Path out = tmp.resolve("spark-out");
        CorpusSummary summary = CopydeskJob.run(spark, spec(List.of(in.toString()), out.toString()));
        Map<String, JsonNode> job = jobReports(out);

        assertEquals(cli.keySet(), job.keySet(), "the same documents, named the same");
        assertTrue(cli.size() >= 8, "text, HTML, four WARC pages, broken files: " + cli.keySet());
        for (Map.Entry<String, JsonNode> e : cli.entrySet()) {
            assertEquals(e.getValue(), job.get(e.getKey()), "report of " + e.getKey());
        }
        long unreadable = cli.values().stream().filter(r -> r.at("/findings/0/rule").asText()
                .equals("input.unreadable")).count();
        assertTrue(unreadable >= 2, "broken inputs give input.unreadable reports: " + unreadable);
        assertTrue(cli.keySet().stream().anyMatch(p -> p.contains("crawl.warc.gz#")), cli.keySet().toString());

        // the corpus pass: the same relations, findings and stories (and the fixtures give it something to find)
        JsonNode taken = cli.entrySet().stream().filter(e -> e.getKey().endsWith("taken.html")).findFirst()
                .orElseThrow().getValue();
        assertEquals(List.of("provenance.quote-altered", "provenance.uncredited-copy"),
                rulesOf(taken).stream().filter(r -> r.startsWith("provenance.")).sorted().toList(), taken.toString());
        assertEquals("copy-of", taken.at("/related/0/relation").asText(), taken.toString());
        JsonNode credited = cli.entrySet().stream().filter(e -> e.getKey().endsWith("credited.html")).findFirst()
                .orElseThrow().getValue();
        assertTrue(rulesOf(credited).stream().noneMatch(r -> r.startsWith("provenance.")), credited.toString());
        assertEquals(JSON.readTree(cliOut.resolve("provenance.json").toFile()),
                JSON.readTree(out.resolve("provenance.json").toFile()));
        JsonNode cliCounts = JSON.readTree(cliOut.resolve("summary.json").toFile()).at("/provenance");
        JsonNode jobCounts = JSON.readTree(out.resolve("summary.json").toFile()).at("/provenance");
        for (String count : List.of("compared", "related", "clusters", "uncreditedCopies", "alteredQuotes")) {
            assertEquals(cliCounts.get(count), jobCounts.get(count), count);
        }
        assertEquals(1, jobCounts.at("/uncreditedCopies").asInt(), jobCounts.toString());

        // the summary and the findings table agree with the reports
        assertEquals(cli.size(), summary.documents());
        assertEquals(unreadable, summary.unreadable());
        long findings = cli.values().stream().mapToLong(r -> r.get("findings").size()).sum();
        assertEquals(findings, spark.read().parquet(out.resolve("findings").toString()).count());
        assertEquals(findings, summary.json().at("/findings/total").asLong());
        JsonNode written = JSON.readTree(out.resolve("summary.json").toFile());
        assertEquals(JSON.readTree(JSON.writeValueAsString(summary.json())), written);
        assertEquals(cli.size(), written.at("/verdicts/pass").asLong() + written.at("/verdicts/warn").asLong()
                + written.at("/verdicts/fail").asLong());

        // the confidence figures: the CLI's for the run, and per site the same counts adding up to the run's
        JsonNode cliSummary = JSON.readTree(cliOut.resolve("summary.json").toFile());
        for (String field : List.of("body", "headline", "published", "modified", "bylines", "language")) {
            JsonNode run = written.at("/confidence/fields/" + field);
            assertEquals(cliSummary.at("/confidence/fields/" + field), run, field);
            assertEquals(cli.values().stream().filter(r -> r.at("/confidence/" + field).isNumber()).count(),
                    run.get("estimated").asLong(), field + " estimated in every readable report");
            long perSite = 0;
            for (JsonNode site : written.at("/confidence/bySite")) {
                perSite += site.at("/fields/" + field + "/estimated").asLong();
            }
            assertEquals(run.get("estimated").asLong(), perSite, field + " over the sites");
        }
        assertEquals(cliSummary.at("/confidence/lowDocuments"), written.at("/confidence/lowDocuments"));
        assertTrue(written.at("/confidence/bySite").size() >= 2, "the WARC pages' host and (no url)");
    }

    @Test
    void theSarifLogAndTheMarkdownReportsAreTheClis() throws IOException {
        Path in = tmp.resolve("in");
        Path cliOut = tmp.resolve("cli-formats");
        long epoch = Instant.parse(NOW).getEpochSecond();
        Copydesk.run(new String[] {"check", "-q", "--now", NOW, "--source-date-epoch", String.valueOf(epoch),
            "--format", "json,sarif,md", "--out", cliOut.toString(), in.toString()},
                new PrintWriter(new StringWriter(), true), new PrintWriter(new StringWriter(), true));
        Path out = tmp.resolve("spark-formats");
        CopydeskJob.run(spark, spec(List.of(in.toString()), out.toString(),
                new Rendering(Set.of("sarif", "md"), Instant.parse(NOW), true)));

        JsonNode cliLog = JSON.readTree(cliOut.resolve("copydesk.sarif").toFile());
        JsonNode jobLog = JSON.readTree(out.resolve("copydesk.sarif").toFile());
        assertTrue(cliLog.at("/runs/0/results").size() > 5, cliLog.toString());
        assertEquals(cliLog, jobLog, "the same log: rules, artifacts, results in the same order");

        List<org.apache.spark.sql.Row> md = spark.read().json(out.resolve("md").toString())
                .select("name", "report").collectAsList();
        assertEquals(cliReports(cliOut).size(), md.size());
        for (org.apache.spark.sql.Row row : md) {
            assertEquals(Files.readString(cliOut.resolve(row.getString(0) + ".report.md")), row.getString(1),
                    row.getString(0));
        }
    }

    @Test
    void aFileGivenByItselfAndAGlobAreNamedAsTheCliNamesThem() throws IOException {
        Path in = tmp.resolve("in");
        Path cliOut = tmp.resolve("cli-single");
        Copydesk.run(new String[] {"check", "-q", "--now", NOW, "--out", cliOut.toString(),
            in.resolve("story.txt").toString(), in.resolve("sub/harbour.html").toString()},
                new PrintWriter(new StringWriter(), true), new PrintWriter(new StringWriter(), true));
        Path out = tmp.resolve("spark-single");
        CopydeskJob.run(spark, spec(List.of(in.resolve("story.txt").toString(), in.resolve("sub") + "/h*.html"),
                out.toString()));
        Map<String, JsonNode> cli = cliReports(cliOut);
        Map<String, JsonNode> job = jobReports(out);
        assertEquals(cli.keySet(), job.keySet());
        assertEquals(2, cli.size());
        cli.forEach((path, report) -> assertEquals(report, job.get(path), "report of " + path));
    }

    @Test
    void aPathThatIsNotThereGetsTheClisReport() throws IOException {
        String gone = tmp.resolve("in/no-such-story.html").toString();
        Path cliOut = tmp.resolve("cli-missing");
        Copydesk.run(new String[] {"check", "-q", "--now", NOW, "--out", cliOut.toString(), gone},
                new PrintWriter(new StringWriter(), true), new PrintWriter(new StringWriter(), true));
        Path out = tmp.resolve("spark-missing");
        CorpusSummary summary = CopydeskJob.run(spark, spec(List.of(gone, tmp.resolve("in") + "/*.nothing"),
                out.toString()));
        assertEquals(2, summary.unreadable(), "the missing file and the glob that matches nothing");
        assertEquals(cliReports(cliOut).get(gone), jobReports(out).get(gone));
    }

    @Test
    void tableRowsAreCheckedAsTheEngineChecksAFetchedPage() throws IOException {
        Path tables = Files.createDirectories(tmp.resolve("tables"));
        String htmlUrl = "https://news.example.org/2025/05/20/harbour-dredging.html";
        String textUrl = "https://news.example.org/2025/05/21/library-hours.html";
        List<Row> rows = List.of(RowFactory.create(htmlUrl, Fixtures.HARBOUR_HTML, null),
                RowFactory.create(textUrl, null, Fixtures.STORY_TEXT));
        StructType schema = new StructType().add("page_url", DataTypes.StringType).add("body_html",
                DataTypes.StringType).add("body_text", DataTypes.StringType);
        spark.createDataFrame(rows, schema).coalesce(1).write().parquet(tables.resolve("pages.parquet").toString());
        Files.writeString(tables.resolve("pages.jsonl"), JSON.writeValueAsString(Map.of("page_url", htmlUrl,
                "body_html", Fixtures.HARBOUR_HTML)) + "\n", StandardCharsets.UTF_8);

        Path out = tmp.resolve("spark-tables");
        JobSpec spec = new JobSpec(options(), List.of(tables.resolve("pages.parquet").toString(),
                tables.resolve("pages.jsonl").toString()), List.of(), List.of(), out.toString(),
                new JobSpec.Columns("page_url", "body_html", "body_text", null), null, false, NOTHING_MORE);
        CopydeskJob.run(spark, spec);
        List<JsonNode> reports = jobLines(out);
        assertEquals(3, reports.size());

        DocumentChecker engine = options().resolve().checker();
        JsonNode html = JSON.readTree(ReportJson.write(engine.checkPage(htmlUrl,
                Fixtures.HARBOUR_HTML.getBytes(StandardCharsets.UTF_8), htmlUrl)));
        JsonNode text = JSON.readTree(ReportJson.write(engine.checkPage(textUrl + " (text)",
                Fixtures.STORY_TEXT.getBytes(StandardCharsets.UTF_8), textUrl)));
        assertEquals(2, reports.stream().filter(html::equals).count(), "the Parquet and the JSON-lines row");
        assertEquals(1, reports.stream().filter(text::equals).count());
        assertEquals("text/plain", text.at("/source/mediaType").asText(), "text, though the URL ends .html");
        assertEquals(htmlUrl, html.at("/source/path").asText());
    }

    @Test
    void aKilledAndRetriedTaskLeavesNoPartialOrDuplicateRows() throws IOException {
        Path in = tmp.resolve("in");
        CorpusSummary clean = CopydeskJob.run(spark, spec(List.of(in.toString()), tmp.resolve("clean").toString()));
        // Kill the first attempt of the first task as it starts; Spark reschedules a killed attempt, and its
        // output committer must keep only the files of the attempt that succeeds.
        AtomicLong killed = new AtomicLong(-1);
        List<String> retried = new CopyOnWriteArrayList<>();
        SparkListener killer = new SparkListener() {
            @Override
            public void onTaskStart(SparkListenerTaskStart start) {
                TaskInfo t = start.taskInfo();
                if (t.attemptNumber() == 0 && killed.compareAndSet(-1, t.taskId())) {
                    spark.sparkContext().killTaskAttempt(t.taskId(), true, "killed by the test");
                } else if (t.attemptNumber() > 0) {
                    retried.add(start.stageId() + "/" + t.index());
                }
            }
        };
        spark.sparkContext().addSparkListener(killer);
        Path out = tmp.resolve("retried");
        CorpusSummary summary;
        try {
            summary = CopydeskJob.run(spark, new JobSpec(options(), List.of(in.toString()), List.of(), List.of(),
                    out.toString(), new JobSpec.Columns("url", "html", "text", null), 3, false, NOTHING_MORE));
        } finally {
            spark.sparkContext().removeSparkListener(killer);
        }
        assertTrue(killed.get() >= 0, "a task was killed");
        assertEquals(1, retried.size(), "the killed task ran again, once: " + retried);
        Map<String, JsonNode> before = jobReports(tmp.resolve("clean"));
        Map<String, JsonNode> after = jobReports(out); // fails on a duplicate report
        assertEquals(before, after);
        assertEquals(before.size(), jobLines(out).size());
        assertEquals(spark.read().parquet(tmp.resolve("clean/findings").toString()).count(),
                spark.read().parquet(out.resolve("findings").toString()).count());
        assertEquals(clean.json(), summary.json());
        try (Stream<Path> left = Files.walk(out)) {
            assertEquals(List.of(), left.filter(p -> p.toString().contains("_temporary")).toList(),
                    "no attempt's files are left behind");
        }
    }

    private static JobSpec spec(List<String> inputs, String out) {
        return spec(inputs, out, NOTHING_MORE);
    }

    private static JobSpec spec(List<String> inputs, String out, Rendering rendering) {
        return new JobSpec(options(), inputs, List.of(), List.of(), out,
                new JobSpec.Columns("url", "html", "text", null), null, false, rendering);
    }

    private static CheckOptions options() {
        return CheckOptions.defaults(Instant.parse(NOW));
    }

    private static Map<String, JsonNode> cliReports(Path dir) throws IOException {
        Map<String, JsonNode> reports = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".report.json")).toList()) {
                JsonNode r = JSON.readTree(f.toFile());
                reports.put(r.at("/source/path").asText(), r);
            }
        }
        return reports;
    }

    private static Map<String, JsonNode> jobReports(Path out) throws IOException {
        Map<String, JsonNode> reports = new TreeMap<>();
        for (JsonNode r : jobLines(out)) {
            assertEquals(null, reports.put(r.at("/source/path").asText(), r), "one report per document");
        }
        return reports;
    }

    private static List<JsonNode> jobLines(Path out) throws IOException {
        List<JsonNode> lines = new ArrayList<>();
        assertTrue(Files.exists(out.resolve("reports/_SUCCESS")), "committed");
        try (Stream<Path> parts = Files.list(out.resolve("reports"))) {
            for (Path p : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
                for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
                    lines.add(JSON.readTree(line));
                }
            }
        }
        return lines;
    }

    private static List<String> rulesOf(JsonNode report) {
        List<String> out = new ArrayList<>();
        report.get("findings").forEach(f -> out.add(f.get("rule").asText()));
        return out;
    }

    /** Inputs written for these tests, in our own words. */
    static final class Fixtures {

        static final String STORY_TEXT = """
                Library extends weekend hours after petition

                By Marta Oyelaran

                RIVERTON — The town library will open on Sunday afternoons from next month, the council said on \
                Tuesday, after more than 900 residents signed a petition asking for longer weekend hours.

                "Students told us they had nowhere quiet to work on weekends," said Dana Whitfield, who chairs the \
                library board. The extra hours will be paid for by cutting the evening mobile service to two days.

                A council member, who asked not to be named, said the change had been planned for years.
                """;

        static final String HARBOUR_HTML = """
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
                <title>Harbour dredging to start in June | Coastal Ledger</title>
                <meta property="article:published_time" content="2025-05-20T07:30:00Z">
                <meta name="author" content="Tomasz Ferreira"></head>
                <body><nav><a href="/">Home</a> <a href="/local">Local</a> <a href="/sport">Sport</a></nav>
                <article><h1>Harbour dredging to start in June</h1><p class="byline">By Tomasz Ferreira</p>
                <p>Dredging of the inner harbour will begin on June 3 and last about six weeks, the port authority \
                said on Monday, ending a two-year dispute over who should pay for it.</p>
                <p>"The channel has silted up so badly that the ferry can only dock at high tide," the authority's \
                director, Ines Caldwell, told reporters.</p>
                <p>Fishing crews will be moved to the outer quay while the work goes on, officials said.</p>
                </article><footer><p>Subscribe to our newsletter for daily updates.</p>
                <p>© 2025 Coastal Ledger. All rights reserved.</p></footer></body></html>
                """;

        private static final String MARKET_HTML = """
                <html><head><title>Night market returns to the old square</title></head><body>
                <h1>Night market returns to the old square</h1><p>By Priya Anand, Staff Writer</p>
                <p>The night market will return to the old square on Friday for the first time since the \
                renovation, with forty stalls selling food and crafts until midnight.</p>
                <p>Traders said they expected large crowds if the weather held. "We have waited two summers for \
                this," said one stallholder.</p></body></html>
                """;

        /** An agency story (credited in its dateline) and two later pages carrying it, one of them changed. */
        private static final String WIRE_BODY = """
                <p>VELLMAR (AP) — The regional water board will build a second reservoir above Vellmar after two \
                dry summers left the town's taps running for only four hours a day, its chair announced on Friday.</p>
                <p>Work on the dam is to begin next spring and take about three years, at a cost the board put at \
                just under ninety million.</p>
                <p>"We cannot ask families to plan their lives around a water timetable again," said Noor Halvorsen, \
                the board's chair, at a packed meeting in the town hall.</p>
                <p>Farmers downstream have objected that the reservoir would cut the river's flow in late summer, \
                and the board said it would publish a study of the effect on irrigation before the final vote.</p>
                """;

        private static String page(String title, String published, String byline, String body) {
            return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title + "</title>"
                    + "<meta property=\"article:published_time\" content=\"" + published + "\"></head><body>"
                    + "<article><h1>" + title + "</h1><p class=\"byline\">By " + byline + "</p>" + body
                    + "</article></body></html>\n";
        }

        private static void write(Path in) throws IOException {
            Files.createDirectories(in.resolve("wire"));
            String title = "Vellmar to build a second reservoir after dry summers";
            Files.writeString(in.resolve("wire/agency.html"), page(title, "2025-05-09T08:00:00Z", "Ola Berg",
                    WIRE_BODY), StandardCharsets.UTF_8);
            Files.writeString(in.resolve("wire/credited.html"), page(title, "2025-05-10T09:00:00Z", "Kim Sato",
                    WIRE_BODY), StandardCharsets.UTF_8);
            Files.writeString(in.resolve("wire/taken.html"), page(title, "2025-05-11T10:00:00Z", "Lee Marsh",
                    WIRE_BODY.replace("VELLMAR (AP) — ", "").replace("cannot ask families", "can ask families")),
                    StandardCharsets.UTF_8);
            Files.writeString(in.resolve("story.txt"), STORY_TEXT, StandardCharsets.UTF_8);
            Files.createDirectories(in.resolve("sub"));
            Files.writeString(in.resolve("sub/harbour.html"), HARBOUR_HTML, StandardCharsets.UTF_8);
            Files.writeString(in.resolve("sub/market.html"), MARKET_HTML, StandardCharsets.UTF_8);
            // a compressed page, read through its .gz
            Files.write(in.resolve("sub/market-copy.html.gz"), gzip(MARKET_HTML.getBytes(StandardCharsets.UTF_8)));
            // broken: a gzip file cut off half-way, and a PDF that is only a header
            byte[] gz = gzip(HARBOUR_HTML.getBytes(StandardCharsets.UTF_8));
            Files.write(in.resolve("broken.html.gz"), java.util.Arrays.copyOf(gz, gz.length / 2));
            Files.writeString(in.resolve("broken.pdf"), "%PDF-1.7\n1 0 obj << /Type /Catalog", StandardCharsets.UTF_8);
            // a WARC file, uncompressed: info, request, two HTML responses, a stylesheet, an image, a 404, metadata
            String market = "https://ledger.example.com/2025/05/30/night-market";
            String harbour = "https://ledger.example.com/2025/05/20/harbour-dredging";
            List<byte[]> records = List.of(
                    WarcFixtures.record("warcinfo", null, "application/warc-fields",
                            utf8("software: copydesk-test\r\n")),
                    WarcFixtures.record("request", market, "application/http; msgtype=request",
                            utf8("GET /2025/05/30/night-market HTTP/1.1\r\nHost: ledger.example.com\r\n\r\n")),
                    WarcFixtures.response(market, 200, "text/html", MARKET_HTML),
                    WarcFixtures.response("https://ledger.example.com/site.css", 200, "text/css",
                            "article { margin: 0 auto }"),
                    WarcFixtures.response("https://ledger.example.com/logo.png", 200, "image/png",
                            "\u0089PNG not really"),
                    WarcFixtures.response("https://ledger.example.com/gone", 404, "text/html",
                            "<html><body>Not found</body></html>"),
                    WarcFixtures.response(harbour, 200, "text/html; charset=utf-8", HARBOUR_HTML),
                    WarcFixtures.record("metadata", harbour, "application/warc-fields",
                            utf8("fetchTimeMs: 120\r\n")));
            Files.write(in.resolve("crawl.warc"), WarcFixtures.warc(records));
            // the same records, gzip-compressed per record
            Files.createDirectories(in.resolve("archive"));
            Files.write(in.resolve("archive/crawl.warc.gz"), WarcFixtures.warcGz(records));
        }

        private static byte[] utf8(String s) {
            return s.getBytes(StandardCharsets.UTF_8);
        }

        private static byte[] gzip(byte[] bytes) throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
                gz.write(bytes);
            }
            return out.toByteArray();
        }
    }
}
