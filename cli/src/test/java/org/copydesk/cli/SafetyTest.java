package org.copydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.copydesk.ingest.warc.WarcFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Safe on a shared disk: no input, by its name or its content, can steer where or what {@code copydesk check}
 * writes, abort a run, or reach the terminal as raw control sequences. Each case runs through the command line.
 */
class SafetyTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String STORY = """
            Quarry expansion put to a vote

            By Lena Okafor

            The district council will vote in May on whether the limestone quarry north of the town may grow by a \
            third, the planning office said on Monday.

            “We have heard every objection and we will weigh each one,” said Ilse Marten, who chairs the committee.
            """;

    private static CliRun check(Path out, String... inputs) {
        List<String> args = new ArrayList<>(List.of("check", "-q", "--fail-on", "never", "--now", "2025-06-01",
                "--out", out.toString()));
        args.addAll(List.of(inputs));
        return CliRun.of(args.toArray(String[]::new));
    }

    /** Every regular file under {@code root}, by its path relative to it, with its report's source.path. */
    private static Map<String, String> reports(Path root) throws IOException {
        Map<String, String> found = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(f -> f.toString().endsWith(".report.json")).toList()) {
                found.put(root.relativize(p).toString(), JSON.readTree(p.toFile()).at("/source/path").asText());
            }
        }
        return found;
    }

    private static List<Path> filesUnder(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
        }
    }

    // 1. A name cannot lead outside --out: backslashes are name characters, never separators.

    @Test
    void aBackslashNameIsOneFileNameUnderOut(@TempDir Path tmp) throws IOException {
        Path in = tmp.resolve("in");
        Path target = tmp.resolve("x");
        String absolute = target.toString().replace('/', '\\') + "\\pwned\\a.txt"; // \tmp\…\x\pwned\a.txt
        CliRun.write(in.resolve(absolute), STORY);
        Files.createDirectories(in.resolve("a"));
        CliRun.write(in.resolve("a\\..\\..\\..\\b.txt"), STORY);
        CliRun.write(in.resolve("z.txt"), STORY);
        Path out = tmp.resolve("out");
        CliRun run = check(out, in.toString());
        assertEquals(0, run.code(), run.toString());
        assertFalse(Files.exists(target), "nothing at the path the backslashes spell");
        assertFalse(Files.exists(tmp.resolve("b.txt.report.json")));
        Map<String, String> reports = reports(out);
        assertEquals(3, reports.size(), reports.toString());
        assertTrue(reports.containsKey("a%5C..%5C..%5C..%5Cb.txt.report.json"), reports.toString());
        assertTrue(reports.containsKey("z.txt.report.json"), reports.toString());
        assertTrue(reports.values().contains(in.resolve(absolute).toString()), "source.path keeps the name as it is");
        for (Path p : filesUnder(tmp)) {
            assertTrue(p.startsWith(in) || p.startsWith(out), "written outside --out: " + p);
        }
        assertTrue(run.err().contains("its reports are named"), "the renaming is said: " + run.err());
    }

    // 2. A name too long for a file system with a suffix is shortened with a hash; the run goes on.

    @Test
    void aLongNameIsShortenedAndTheRunGoesOn(@TempDir Path tmp) throws IOException {
        Path in = tmp.resolve("in");
        String longName = "q".repeat(246) + ".txt"; // 250 characters: with .report.json over 255
        String other = "q".repeat(240) + "-other.txt";
        CliRun.write(in.resolve(longName), STORY);
        CliRun.write(in.resolve(other), STORY.replace("Lena", "Lina"));
        CliRun.write(in.resolve("zz.txt"), STORY);
        Path out = tmp.resolve("out");
        CliRun run = check(out, in.toString());
        assertEquals(0, run.code(), run.toString());
        Map<String, String> reports = reports(out);
        assertEquals(3, reports.size(), reports.toString());
        for (String name : reports.keySet()) {
            assertTrue(name.getBytes(StandardCharsets.UTF_8).length <= 255, name);
        }
        assertTrue(reports.containsValue(in.resolve(longName).toString()), "the report says the original name");
        String shortened = reports.keySet().stream().filter(n -> n.startsWith("qqq") && !n.contains("other"))
                .findFirst().orElseThrow();
        assertTrue(shortened.matches("q+~[0-9a-f]{16}\\.txt\\.report\\.json"), shortened);
        assertTrue(Files.exists(out.resolve("summary.json")));
        assertEquals(3, JSON.readTree(out.resolve("summary.json").toFile()).get("reports").asInt());
    }

    // 3. Two inputs with one report name get distinct names, whatever the number of workers.

    @ParameterizedTest
    @ValueSource(strings = {"1", "2"})
    void sameNamedInputsGetDistinctReports(String jobs, @TempDir Path tmp) throws IOException {
        Path c1 = CliRun.write(tmp.resolve("c1/x.txt"), STORY);
        Path c2 = CliRun.write(tmp.resolve("c2/x.txt"), STORY.replace("Lena Okafor", "Piet Lanser"));
        Path c3 = CliRun.write(tmp.resolve("c3/X.txt"), STORY.replace("Lena Okafor", "Ros Achebe"));
        Path out = tmp.resolve("out");
        CliRun run = CliRun.of("check", "-q", "--fail-on", "never", "--jobs", jobs, "--out", out.toString(),
                c1.toString(), c2.toString(), c3.toString());
        assertEquals(0, run.code(), run.toString());
        Map<String, String> reports = reports(out);
        assertEquals(Map.of("x.txt.report.json", c1.toString(), "x.txt~2.report.json", c2.toString(),
                "X.txt~3.report.json", c3.toString()), reports, "names equal but for case are distinct too");
        assertEquals(3, JSON.readTree(out.resolve("summary.json").toFile()).get("reports").asInt());
        assertTrue(run.err().contains("report name x.txt is taken in this run"), run.err());
    }

    @Test
    void standardInputTwiceGivesTwoReports(@TempDir Path tmp) throws IOException {
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream(STORY.getBytes(StandardCharsets.UTF_8)));
            Path out = tmp.resolve("out");
            CliRun run = check(out, "-", "-");
            assertEquals(0, run.code(), run.toString());
            assertEquals(List.of("stdin.report.json", "stdin~2.report.json"), List.copyOf(reports(out).keySet()));
        } finally {
            System.setIn(stdin);
        }
    }

    // 4. The output folder is never read as input; hidden folders are skipped like hidden files.

    @Test
    void anOutputFolderInsideTheInputsIsNotWalked(@TempDir Path tmp) throws IOException {
        Path in = tmp.resolve("in");
        CliRun.write(in.resolve("a.txt"), STORY);
        CliRun.write(in.resolve("sub/b.txt"), STORY);
        CliRun.write(in.resolve(".git/objects/c.txt"), STORY);
        Path out = in.resolve("reports");
        CliRun first = check(out, in.toString());
        List<Path> before = filesUnder(out);
        CliRun second = check(out, in.toString());
        assertEquals(0, first.code(), first.toString());
        assertEquals(0, second.code(), second.toString());
        assertEquals(Map.of("a.txt.report.json", in.resolve("a.txt").toString(), "sub/b.txt.report.json",
                in.resolve("sub/b.txt").toString()), reports(out), "no report of a report, none of .git");
        assertEquals(before, filesUnder(out), "the second run writes the same files");
        assertFalse(Files.exists(out.resolve("reports")));
        // the same folder by another name (a link to it) is recognised too
        Files.createSymbolicLink(tmp.resolve("alias"), out);
        assertEquals(0, check(tmp.resolve("alias"), in.toString()).code());
        assertEquals(2, reports(out).size());
    }

    @Test
    void anInputInsideTheOutputFolderIsAUsageError(@TempDir Path tmp) throws IOException {
        Path in = tmp.resolve("in");
        CliRun.write(in.resolve("a.txt"), STORY);
        CliRun same = check(in, in.toString());
        assertEquals(2, same.code(), same.toString());
        assertTrue(same.err().contains("lies inside the output folder"), same.err());
        CliRun inner = check(tmp, in.resolve("a.txt").toString());
        assertEquals(2, inner.code(), inner.toString());
        assertEquals(List.of(in.resolve("a.txt")), filesUnder(tmp), "nothing read, nothing written");
    }

    // 5. Nothing planted in the output folder redirects a write.

    @Test
    void plantedLinksAreReplacedNeverWrittenThrough(@TempDir Path tmp) throws IOException {
        Path in = tmp.resolve("in");
        CliRun.write(in.resolve("x.txt"), STORY);
        CliRun.write(in.resolve("y.txt"), STORY);
        CliRun.write(in.resolve("sub/z.txt"), STORY);
        Path victim = CliRun.write(tmp.resolve("victim"), "precious");
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        Path out = Files.createDirectories(tmp.resolve("out"));
        Files.createSymbolicLink(out.resolve("x.txt.report.json.tmp"), Path.of("../victim"));
        Files.createSymbolicLink(out.resolve("y.txt.report.json"), Path.of("../victim"));
        Files.createSymbolicLink(out.resolve(".copydesk-entries"), Path.of("../victim"));
        Files.createSymbolicLink(out.resolve("sub"), elsewhere);
        CliRun run = CliRun.of("check", "-q", "--fail-on", "never", "--format", "json,sarif", "--out",
                out.toString(), in.toString());
        assertEquals("precious", Files.readString(victim), "no write through a link");
        assertEquals(List.of(), filesUnder(elsewhere), "no write through a linked folder");
        assertTrue(Files.isRegularFile(out.resolve("y.txt.report.json"), LinkOption.NOFOLLOW_LINKS),
                "a link at the final name is replaced by the report");
        assertTrue(Files.isRegularFile(out.resolve("x.txt.report.json"), LinkOption.NOFOLLOW_LINKS));
        assertEquals(3, run.code(), "the document whose folder leads outside is not written: " + run);
        assertTrue(run.err().contains("sub/z.txt") && run.err().contains("outside"), run.err());
        JsonNode summary = JSON.readTree(out.resolve("summary.json").toFile());
        assertEquals(1, summary.get("unwritten").asInt());
        assertEquals(3, summary.get("reports").asInt());
        try (Stream<Path> left = Files.list(out)) {
            assertEquals(List.of(), left.filter(p -> p.getFileName().toString().startsWith(".copydesk-")
                    && p.getFileName().toString().endsWith(".tmp")).toList(), "no temporary file left");
        }
    }

    // One document's write failure is its own; an unusable output folder stops the run before any input.

    @Test
    void aReportThatCannotBeWrittenFailsOnlyItsDocument(@TempDir Path tmp) throws IOException {
        Path in = tmp.resolve("in");
        CliRun.write(in.resolve("a.txt"), STORY);
        CliRun.write(in.resolve("b.txt"), STORY);
        CliRun.write(in.resolve("c.txt"), STORY);
        Path out = tmp.resolve("out");
        Files.createDirectories(out.resolve("b.txt.report.json")); // a folder where the report should go
        CliRun run = check(out, in.toString());
        assertEquals(3, run.code(), run.toString());
        assertTrue(Files.isRegularFile(out.resolve("a.txt.report.json")));
        assertTrue(Files.isRegularFile(out.resolve("c.txt.report.json")), "the run went on");
        assertTrue(run.err().contains("b.txt: cannot write its reports"), run.err());
        assertEquals(1, JSON.readTree(out.resolve("summary.json").toFile()).get("unwritten").asInt());

        Path blocked = CliRun.write(tmp.resolve("a-file"), "not a folder");
        CliRun unusable = check(blocked, in.toString());
        assertEquals(2, unusable.code(), unusable.toString());
        assertTrue(unusable.err().contains("cannot use the output folder"), unusable.err());
    }

    // 6. Names and text from documents reach the terminal escaped.

    @Test
    void namesAndDocumentTextReachTheTerminalEscaped(@TempDir Path tmp) throws IOException {
        Path in = tmp.resolve("in");
        CliRun.write(in.resolve("forged\nPASS  fake.txt\u001b[2J.txt"), STORY.replace("By Lena Okafor",
                "By A \u001b[2J\u001b]0;OWNED\u0007 Roe"));
        CliRun.write(in.resolve("plain.txt"), STORY);
        CliRun run = CliRun.of("check", "--color", "never", "--fail-on", "never", "--now", "2025-06-01",
                in.toString());
        assertEquals(0, run.code(), run.toString());
        assertFalse(run.out().contains("\u001b") || run.out().contains("\u0007"), run.out());
        assertFalse(run.err().contains("\u001b"), run.err());
        assertTrue(run.out().contains("forged\\nPASS  fake.txt\\e[2J.txt"), run.out());
        long verdictLines = run.out().lines().filter(l -> l.matches("(FAIL|WARN|PASS)\\s.*")).count();
        assertEquals(2, verdictLines, "a newline in a name forges no line: " + run.out());
        Path out = tmp.resolve("out");
        CliRun written = check(out, in.toString());
        assertFalse(written.err().contains("\u001b") || written.err().contains("\n" + "PASS"), written.err());
        assertTrue(reports(out).containsKey("forged%0APASS  fake.txt%1B[2J.txt.report.json"),
                reports(out).toString());
    }

    // 7. YAML aliases and tags in copydesk.yml are refused with file:line.

    @Test
    void yamlAliasesAndTagsAreRefused(@TempDir Path tmp) throws IOException {
        Path in = CliRun.write(tmp.resolve("in/a.txt"), STORY);
        Path alias = CliRun.write(tmp.resolve("alias.yml"), "agencies: &p [Wire]\nboilerplate:\n  navigation: [*p]\n");
        Path undefined = CliRun.write(tmp.resolve("undefined.yml"), "boilerplate:\n  navigation: [*nowhere]\n");
        Path tagged = CliRun.write(tmp.resolve("tagged.yml"), "thresholds: !!java.util.HashMap\n  min-words: 3\n");
        for (Path config : List.of(alias, undefined, tagged)) {
            CliRun run = CliRun.of("check", "-q", "--config", config.toString(), in.toString());
            assertEquals(2, run.code(), run.toString());
            assertTrue(run.err().matches("(?s)copydesk: " + java.util.regex.Pattern.quote(config.toString())
                    + ":\\d+: .*"), run.err());
            assertFalse(run.out().contains("checked"), "no input was read: " + run.out());
        }
    }

    // 8. --resume checks an input again when its content changed.

    @Test
    void resumeChecksChangedInputsAgain(@TempDir Path tmp) throws IOException {
        Path in = tmp.resolve("in");
        Path changed = CliRun.write(in.resolve("changed.txt"), STORY);
        Path sameSize = CliRun.write(in.resolve("same-size.txt"), STORY);
        CliRun.write(in.resolve("kept.txt"), STORY);
        Path out = tmp.resolve("out");
        assertEquals(0, check(out, in.toString()).code());
        Files.writeString(changed, STORY.replace("Lena Okafor", "Lena Okafor-Brandt"));
        Files.writeString(sameSize, STORY.replace("Lena", "Lina")); // same size, other bytes
        CliRun again = check(out, "--resume", in.toString());
        assertEquals(0, again.code(), again.toString());
        JsonNode summary = JSON.readTree(out.resolve("summary.json").toFile());
        assertEquals(1, summary.get("resumed").asInt(), "only the unchanged input is resumed");
        JsonNode bylines = JSON.readTree(out.resolve("changed.txt.report.json").toFile()).at("/article/bylines");
        assertEquals("Lena Okafor-Brandt", bylines.get(0).get("name").asText());
        JsonNode second = JSON.readTree(out.resolve("same-size.txt.report.json").toFile());
        assertEquals("Lina Okafor", second.at("/article/bylines").get(0).get("name").asText());
    }

    // 9. Every input gets a report: a WARC file without an HTML page too.

    @Test
    void aWarcWithoutHtmlGetsAReportSayingSo(@TempDir Path tmp) throws IOException {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        Files.write(in.resolve("empty.warc"), new byte[0]);
        Files.write(in.resolve("requests.warc.gz"), WarcFixtures.warcGz(List.of(WarcFixtures.record("request",
                WarcFixtures.FERRY_URI, "application/http; msgtype=request",
                "GET / HTTP/1.1\r\nHost: news.example.org\r\n\r\n".getBytes(StandardCharsets.UTF_8)))));
        Files.write(in.resolve("crawl.warc"), WarcFixtures.warc(WarcFixtures.crawlRecords()));
        Path out = tmp.resolve("out");
        CliRun run = check(out, in.toString());
        assertNotEquals(2, run.code(), run.toString());
        JsonNode summary = JSON.readTree(out.resolve("summary.json").toFile());
        assertEquals(3, summary.get("inputs").asInt());
        assertEquals(4, summary.get("reports").asInt(), "two pages of the crawl and one report per empty file");
        for (String name : List.of("empty.warc", "requests.warc.gz")) {
            JsonNode r = JSON.readTree(out.resolve(name + ".report.json").toFile());
            JsonNode f = r.get("findings").get(0);
            assertEquals("input.unsupported", f.get("rule").asText(), r.toString());
            assertTrue(f.get("message").asText().contains("no"), f.toString());
        }
    }
}
