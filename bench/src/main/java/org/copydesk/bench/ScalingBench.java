package org.copydesk.bench;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.copydesk.core.DateValue;
import org.copydesk.core.ExtractedDocument;
import org.copydesk.core.InputProblem;
import org.copydesk.core.Report;
import org.copydesk.core.Span;
import org.copydesk.engine.CheckOptions;
import org.copydesk.engine.DocumentChecker;
import org.copydesk.engine.ReportJson;
import org.copydesk.ingest.boilerplate.PhraseFamilies;
import org.copydesk.ingest.dates.DateMentionFinder;
import org.copydesk.ingest.html.HtmlArticleFinder;
import org.copydesk.ingest.html.HtmlPage;
import org.copydesk.ingest.html.HtmlPageReader;
import org.copydesk.ingest.lang.Languages;
import org.copydesk.ingest.parse.TikaReader;
import org.copydesk.ingest.quotes.QuoteReader;

/**
 * Whether the check's cost grows in step with the page: for each {@link ScalingPages.Shape}, times the whole check
 * (bytes to JSON report, as {@code copydesk check} does a page) of a small and a large page (by default 1,000 and
 * 10,000 units) in one warm JVM, the median of several alternating runs each, and prints the large page's time over
 * the small one's. A linear check gives about the ratio of the sizes (10); a quadratic scan over blocks or
 * candidates gives far more. The stages are timed on their own too, on inputs the earlier stages prepared:
 * {@code parse} (Tika into page blocks, plus markup metadata), {@code layout} (article containers and furniture),
 * {@code dates}, {@code quotes}, {@code rest} (the ingest left over: text layout, headline, bylines, language,
 * confidence), {@code rules} and {@code json}.
 *
 * <p>A benchmark, not a test: run it through {@code scripts/bench-scaling.sh}. Options: {@code --sizes 1000,10000},
 * {@code --shapes prose,links,...} (default all), {@code --repeats 5}, {@code --warmup 3} (rounds over the small
 * pages before timing), {@code --max-ratio R} (exit 1 when a shape's whole-check ratio is above R). The time
 * limit per page is lifted (10 minutes) so that a slow stage shows as time, not as a cut-off page.
 */
public final class ScalingBench {

    private static final Instant NOW = Instant.parse("2024-12-01T00:00:00Z");
    private static final List<String> STAGES = List.of("parse", "layout", "dates", "quotes", "rest", "rules", "json");

    private final DocumentChecker checker;
    private final HtmlPageReader pages = new HtmlPageReader(new TikaReader());
    /** The pages are English: the stages get English word lists, as the check does for them. */
    private final HtmlArticleFinder articles = new HtmlArticleFinder(PhraseFamilies.builtIn()
            .forLanguages(Languages.detected("en")));
    private final DateMentionFinder dates = DateMentionFinder.of(Languages.detected("en"));
    private final QuoteReader quotes = new QuoteReader();

    private ScalingBench() {
        checker = new CheckOptions(null, null, null, Map.of(), null, null, null, "10m", NOW).resolve().checker();
    }

    /** One timed pass over a page: the whole check's time and each stage's, in nanoseconds. */
    private record Pass(long check, Map<String, Long> stages, Report report) {
    }

    private Pass pass(String name, byte[] bytes) throws Exception {
        long t0 = System.nanoTime();
        Report report = checker.checkPage(name, bytes, null);
        String json = ReportJson.write(report);
        long check = System.nanoTime() - t0;
        if (json.isEmpty()) {
            throw new IllegalStateException("empty report");
        }
        Map<String, Long> stages = new LinkedHashMap<>();
        ExtractedDocument doc = report.document();
        long t = System.nanoTime();
        HtmlPage page = pages.read(bytes, name, null, "text/html");
        stages.put("parse", System.nanoTime() - t);
        t = System.nanoTime();
        articles.find(page);
        stages.put("layout", System.nanoTime() - t);
        List<Span> body = doc.bodySegments().stream().map(s -> s.contentSpan()).toList();
        DateValue published = doc.article().statedPublished();
        LocalDate day = published == null ? null : published.date();
        t = System.nanoTime();
        dates.find(doc.text(), body, day);
        stages.put("dates", System.nanoTime() - t);
        t = System.nanoTime();
        quotes.read(doc.text(), body);
        stages.put("quotes", System.nanoTime() - t);
        t = System.nanoTime();
        ExtractedDocument again = checker.ingestor().ingest(name, bytes);
        long ingest = System.nanoTime() - t;
        stages.put("rest", Math.max(0, ingest - stages.get("parse") - stages.get("layout") - stages.get("dates")
                - stages.get("quotes")));
        t = System.nanoTime();
        Report checked = checker.report(again);
        stages.put("rules", System.nanoTime() - t);
        t = System.nanoTime();
        ReportJson.write(checked);
        stages.put("json", System.nanoTime() - t);
        return new Pass(check, stages, report);
    }

    private static long median(List<Long> values) {
        long[] v = values.stream().mapToLong(Long::longValue).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    public static void main(String[] args) throws Exception {
        int[] sizes = {1000, 10000};
        List<ScalingPages.Shape> shapes = new ArrayList<>(Arrays.asList(ScalingPages.Shape.values()));
        int repeats = 5;
        int warmup = 3;
        double maxRatio = Double.NaN;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : "";
            switch (args[i]) {
                case "--sizes" -> sizes = Arrays.stream(value.split(",")).mapToInt(Integer::parseInt).toArray();
                case "--shapes" -> shapes = Arrays.stream(value.split(","))
                        .map(s -> ScalingPages.Shape.valueOf(s.trim().toUpperCase(Locale.ROOT))).toList();
                case "--repeats" -> repeats = Integer.parseInt(value);
                case "--warmup" -> warmup = Integer.parseInt(value);
                case "--max-ratio" -> maxRatio = value.isEmpty() ? Double.NaN : Double.parseDouble(value);
                default -> {
                    System.err.println("unknown option " + args[i] + "; usage: ScalingBench [--sizes 1000,10000] "
                            + "[--shapes prose,links,dates,quotes,divs,comments,table,transcript] [--repeats 5] [--warmup 3] "
                            + "[--max-ratio 13]");
                    System.exit(2);
                }
            }
            i++;
        }
        if (sizes.length != 2 || sizes[0] <= 0 || sizes[1] <= sizes[0]) {
            throw new IllegalArgumentException("--sizes takes two sizes, small then large");
        }
        int small = sizes[0];
        int large = sizes[1];
        double expected = (double) large / small;
        ScalingBench bench = new ScalingBench();
        Map<ScalingPages.Shape, byte[][]> input = new EnumMap<>(ScalingPages.Shape.class);
        for (ScalingPages.Shape s : shapes) {
            input.put(s, new byte[][] {ScalingPages.html(s, small, 1).getBytes(StandardCharsets.UTF_8),
                ScalingPages.html(s, large, 1).getBytes(StandardCharsets.UTF_8)});
        }
        long started = System.nanoTime();
        // Warm-up: every shape's small page a few times, so that the JIT has compiled the common paths.
        for (int w = 0; w < warmup; w++) {
            for (ScalingPages.Shape s : shapes) {
                bench.pass(s.id() + ".html", input.get(s)[0]);
            }
        }
        System.out.printf(Locale.ROOT, "sizes %d and %d units (expected ratio %.0f), median of %d alternating runs "
                + "after %d warm-up rounds (%.1f s)%n", small, large, expected, repeats, warmup,
                (System.nanoTime() - started) / 1e9);
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-10s %7s %8s %9s %9s %6s |", "shape",
                "KB", "chars", "small ms", "large ms", "ratio"));
        STAGES.forEach(st -> head.append(String.format(Locale.ROOT, " %7s", st)));
        System.out.println(head.append("   (stage: large/small ratio, large ms)"));
        List<String> over = new ArrayList<>();
        for (ScalingPages.Shape s : shapes) {
            byte[][] pair = input.get(s);
            List<List<Long>> checks = List.of(new ArrayList<>(), new ArrayList<>());
            List<Map<String, List<Long>>> stageTimes = List.of(new LinkedHashMap<>(), new LinkedHashMap<>());
            Report[] reports = new Report[2];
            for (int r = 0; r < repeats; r++) {
                for (int k = 0; k < 2; k++) {
                    Pass p = bench.pass(s.id() + "-" + (k == 0 ? small : large) + ".html", pair[k]);
                    checks.get(k).add(p.check());
                    int kk = k;
                    p.stages().forEach((st, ns) -> stageTimes.get(kk).computeIfAbsent(st, x -> new ArrayList<>()).add(ns));
                    reports[k] = p.report();
                }
            }
            double smallMs = median(checks.get(0)) / 1e6;
            double largeMs = median(checks.get(1)) / 1e6;
            double ratio = largeMs / smallMs;
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-10s %7d %8d %9.1f %9.1f %6.1f |",
                    s.id(), pair[1].length / 1024, reports[1].document().text().length(), smallMs, largeMs, ratio));
            StringBuilder detail = new StringBuilder(String.format(Locale.ROOT, "%-10s %35s |", "", "large ms:"));
            for (String st : STAGES) {
                double a = median(stageTimes.get(0).get(st)) / 1e6;
                double b = median(stageTimes.get(1).get(st)) / 1e6;
                line.append(String.format(Locale.ROOT, " %7s", a < 0.05 ? "-" : String.format(Locale.ROOT, "%.1f", b / a)));
                detail.append(String.format(Locale.ROOT, " %7.1f", b));
            }
            boolean superlinear = ratio > (Double.isNaN(maxRatio) ? expected * 1.3 : maxRatio);
            System.out.println(line.append(superlinear ? "   SUPERLINEAR" : ""));
            System.out.println(detail);
            for (int k = 0; k < 2; k++) {
                for (InputProblem problem : reports[k].document().problems()) {
                    System.out.println("          " + (k == 0 ? small : large) + " units: " + problem.kind() + ": "
                            + problem.message());
                }
            }
            if (superlinear) {
                over.add(s.id());
            }
        }
        System.out.printf(Locale.ROOT, "total %.1f s%n", (System.nanoTime() - started) / 1e9);
        if (!over.isEmpty()) {
            System.out.println("grows faster than the page (ratio above "
                    + String.format(Locale.ROOT, "%.1f", Double.isNaN(maxRatio) ? expected * 1.3 : maxRatio) + "): "
                    + String.join(", ", over));
            if (!Double.isNaN(maxRatio)) {
                System.exit(1);
            }
        }
    }
}
