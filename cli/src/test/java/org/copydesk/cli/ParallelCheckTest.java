package org.copydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --jobs}, {@code --resume} and compressed pages: the same files whatever the parallelism, nothing lost. */
class ParallelCheckTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EPOCH = "1717243200";

    private static Path corpus(Path dir) throws IOException {
        for (int i = 0; i < 24; i++) {
            String text = i % 3 == 0 ? ConfigCheckTest.FERRY
                    : "Council votes on budget " + i + "\n\nBy Ada Reyes\n\nThe council voted " + i
                    + " times on Tuesday, a spokesperson said. “We will not stop,” said Mayor Lin.\n";
            CliRun.write(dir.resolve("part" + (i % 4) + "/doc" + i + ".txt"), text);
        }
        return dir;
    }

    private static CliRun check(Path in, Path out, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("check", "-q", "--now", "2025-01-01",
                "--source-date-epoch", EPOCH, "--fail-on", "never", "--format", "json,sarif,junit,md", "--out",
                out.toString()));
        args.addAll(List.of(more));
        args.add(in.toString());
        return CliRun.of(args.toArray(String[]::new));
    }

    private static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            // the entry log (.copydesk-entries) is state for --resume, in the order documents finished
            for (Path p : walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                    .toList()) {
                out.put(root.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return out;
    }

    @Test
    void parallelRunWritesTheSameFilesAsOneJob(@TempDir Path tmp) throws IOException {
        Path in = corpus(tmp.resolve("in"));
        CliRun one = check(in, tmp.resolve("one"), "--jobs", "1");
        CliRun four = check(in, tmp.resolve("four"), "--jobs", "4");
        assertEquals(0, one.code(), one.toString());
        assertEquals(0, four.code(), four.toString());
        Map<String, byte[]> a = files(tmp.resolve("one"));
        Map<String, byte[]> b = files(tmp.resolve("four"));
        assertEquals(a.keySet(), b.keySet());
        assertEquals(24 * 2 + 4, a.size(), a.keySet().toString()); // and SARIF, JUnit, summary, provenance
        a.forEach((name, bytes) -> assertEquals(new String(bytes, StandardCharsets.UTF_8),
                new String(b.get(name), StandardCharsets.UTF_8), name));
        assertEquals(one.out().replace("one", "four"), four.out(), "the tally does not depend on the order documents finished in");
        assertFalse(four.err().contains("\r"), "no progress line when stderr is not a terminal: " + four.err());
    }

    @Test
    void resumeSkipsCompleteReportsAndStillCountsEveryInput(@TempDir Path tmp) throws IOException {
        Path in = corpus(tmp.resolve("in"));
        Path out = tmp.resolve("out");
        check(in, out);
        JsonNode full = JSON.readTree(out.resolve("summary.json").toFile());
        Path kept = out.resolve("part1/doc1.txt.report.json");
        Files.delete(out.resolve("part2/doc2.txt.report.json"));
        Files.writeString(out.resolve("part3/doc3.txt.report.json"), "{\"schema\": \"copy"); // killed mid-write
        Files.setLastModifiedTime(kept, java.nio.file.attribute.FileTime.fromMillis(0));
        CliRun again = check(in, out, "--resume");
        assertEquals(0, again.code(), again.toString());
        assertEquals(0, Files.getLastModifiedTime(kept).toMillis(), "a complete report is not written again");
        assertTrue(Files.exists(out.resolve("part2/doc2.txt.report.json")));
        JSON.readTree(out.resolve("part3/doc3.txt.report.json").toFile()); // rewritten whole
        JsonNode resumed = JSON.readTree(out.resolve("summary.json").toFile());
        assertEquals(22, resumed.get("resumed").asInt());
        assertEquals(24, resumed.get("inputs").asInt());
        assertEquals(24, resumed.get("reports").asInt());
        for (String field : List.of("documents", "findings")) {
            assertEquals(full.get(field), resumed.get(field), field);
        }
        assertTrue(again.out().contains("24 document(s) checked (22 resumed"), again.out());
        assertEquals(2, CliRun.of("check", "--resume", in.toString()).code(), "--resume needs --out");
        CliRun withBaseline = check(in, out, "--resume", "--write-baseline", tmp.resolve("b.json").toString());
        assertEquals(2, withBaseline.code(), "a baseline written now would miss the resumed documents' findings");
        assertTrue(withBaseline.err().contains("--resume cannot be combined with --write-baseline"),
                withBaseline.err());
        assertFalse(Files.exists(tmp.resolve("b.json")));
    }

    @Test
    void aResumedRunListsEveryDocumentInItsSarifAndJunitFiles(@TempDir Path tmp) throws IOException {
        Path in = corpus(tmp.resolve("in"));
        Path out = tmp.resolve("out");
        check(in, out); // JSON, SARIF, JUnit and Markdown
        byte[] sarif = Files.readAllBytes(out.resolve("copydesk.sarif"));
        byte[] junit = Files.readAllBytes(out.resolve("junit.xml"));
        // a run killed part-way: one report never written, one cut off, the entry log's last record cut short
        Files.delete(out.resolve("part2/doc2.txt.report.json"));
        Files.writeString(out.resolve("part3/doc3.txt.report.json"), "{\"schema\": \"copy");
        Path log = out.resolve(".copydesk-entries");
        byte[] entries = Files.readAllBytes(log);
        Files.write(log, java.util.Arrays.copyOf(entries, entries.length - 7));
        Files.delete(out.resolve("copydesk.sarif"));
        Files.delete(out.resolve("junit.xml"));
        CliRun again = check(in, out, "--resume");
        assertEquals(0, again.code(), again.toString());
        int resumed = JSON.readTree(out.resolve("summary.json").toFile()).get("resumed").asInt();
        // a finished run leaves its log sorted by report name, so the record cut short is part3/doc7.txt's
        assertEquals(21, resumed, "the two damaged reports and the entry cut short are checked again, the others "
                + "resumed");
        assertEquals(new String(sarif, StandardCharsets.UTF_8),
                Files.readString(out.resolve("copydesk.sarif")), "the same log as the uninterrupted run");
        assertEquals(new String(junit, StandardCharsets.UTF_8), Files.readString(out.resolve("junit.xml")));
        // and again, now that every report is complete: nothing is checked, both files are still whole
        Files.delete(out.resolve("copydesk.sarif"));
        check(in, out, "--resume");
        assertEquals(24, JSON.readTree(out.resolve("summary.json").toFile()).get("resumed").asInt());
        assertEquals(new String(sarif, StandardCharsets.UTF_8), Files.readString(out.resolve("copydesk.sarif")));
        // a run that rewrites the reports without logging entries drops the log, which would no longer match them
        assertEquals(0, CliRun.of("check", "-q", "--fail-on", "never", "--out", out.toString(), in.toString()).code());
        assertFalse(Files.exists(log));
    }

    @Test
    void readsAGzipPageAsItsContent(@TempDir Path tmp) throws IOException {
        Path page = tmp.resolve("in/ferry.txt.gz");
        Files.createDirectories(page.getParent());
        try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(page))) {
            gz.write(ConfigCheckTest.FERRY.getBytes(StandardCharsets.UTF_8));
        }
        Files.write(tmp.resolve("in/broken.html.gz"), new byte[] {1, 2, 3});
        Path out = tmp.resolve("out");
        CliRun r = check(tmp.resolve("in"), out);
        assertEquals(3, r.code(), "one input could not be read: " + r);
        JsonNode report = JSON.readTree(out.resolve("ferry.txt.gz.report.json").toFile());
        assertTrue(report.at("/body").asText().contains("ferry"), report.toString());
        assertEquals("text/plain", report.at("/source/mediaType").asText().split(";")[0]);
        JsonNode broken = JSON.readTree(out.resolve("broken.html.gz.report.json").toFile());
        assertEquals("input.unreadable", broken.at("/findings/0/rule").asText(), broken.toString());
    }
}
