package org.copydesk.cli.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.copydesk.cli.CliRun;
import org.copydesk.cli.files.ReportNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance run of issue 6: a corpus of hostile inputs, generated here, checked by {@code copydesk check}
 * in its own JVM under {@code -Xmx512m}. Every input gets a report, the exit code is 3 (some inputs cannot be
 * read), nothing on the terminal is a stack trace, the good article is fully checked, and no report holds the
 * secret an external entity points at.
 */
class HostileInputTest {

    @Test
    void everyHostileInputGetsAReportAndTheGoodArticleIsChecked(@TempDir Path tmp) throws Exception {
        Path in = tmp.resolve("in");
        List<String> names = HostileCorpus.write(in, tmp.resolve("secret.txt"));
        Path dangling = in.resolve("dangling-link.html");
        Files.createSymbolicLink(dangling, tmp.resolve("gone.html"));
        Path out = tmp.resolve("out");
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx512m", "-cp",
                System.getProperty("java.class.path"), "org.copydesk.cli.Copydesk", "check", "--now", "2024-06-01",
                "--out", out.toString(), in.toString(), dangling.toString()));
        Process p = new ProcessBuilder(command).redirectOutput(tmp.resolve("stdout").toFile())
                .redirectError(tmp.resolve("stderr").toFile()).start();
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), "the run did not finish");
        String stdout = Files.readString(tmp.resolve("stdout"));
        String stderr = Files.readString(tmp.resolve("stderr"));
        String terminal = stdout + stderr;
        assertEquals(3, p.exitValue(), terminal);
        assertFalse(terminal.contains("Exception") || terminal.contains("at org.") || terminal.contains("Error:"),
                terminal);

        for (String name : names) {
            // a name that cannot be a file name as it is (a newline in it) is written encoded
            assertTrue(Files.exists(out.resolve(ReportNames.of(List.of(name)) + ".report.json")),
                    "no report for " + name + "\n" + terminal);
        }
        assertTrue(Files.exists(out.resolve("dangling-link.html.report.json")), terminal);
        try (Stream<Path> reports = Files.walk(out)) {
            for (Path r : reports.filter(Files::isRegularFile).toList()) {
                // bytes as Latin-1: the run's binary logs (.copydesk-entries, .copydesk-reports) are read too
                assertFalse(Files.readString(r, StandardCharsets.ISO_8859_1).contains(HostileCorpus.SECRET),
                        r + " leaks the external entity's content");
            }
        }

        ObjectMapper json = new ObjectMapper();
        JsonNode good = json.readTree(out.resolve(HostileCorpus.GOOD + ".report.json").toFile());
        assertEquals(HostileCorpus.HEADLINE, good.at("/article/headline").asText());
        assertEquals("Oona Petrov", good.at("/article/bylines/0/name").asText());
        assertTrue(good.get("findings").isArray(), good.toString());
        // its neighbours change nothing: the good article's report is the one it gets when checked alone
        Path alone = tmp.resolve("alone");
        CliRun.of("check", "-q", "--now", "2024-06-01", "--out", alone.toString(),
                in.resolve(HostileCorpus.GOOD).toString());
        assertEquals(json.readTree(alone.resolve(HostileCorpus.GOOD + ".report.json").toFile()), good);
        assertTrue(good.get("findings").size() > 0, "the good article has findings to compare: " + good);
        good.get("findings").forEach(f -> assertFalse(f.get("rule").asText().startsWith("input."), f.toString()));

        assertRule(json, out, "zip-bomb.zip", "input.limit");
        assertRule(json, out, "billion-laughs.xml", "input.limit");
        assertRule(json, out, "deep-nesting.html", "input.limit");
        assertRule(json, out, "one-line-20mb.txt", "input.limit");
        assertRule(json, out, "page-50mb.html", "input.limit");
        assertRule(json, out, "broken.pdf", "input.unreadable");
        assertRule(json, out, "broken.docx", "input.unreadable");
        assertRule(json, out, "dangling-link.html", "input.unreadable");
        if (!Files.isReadable(in.resolve("unreadable.txt"))) { // as root, chmod 000 does not stop reading
            assertRule(json, out, "unreadable.txt", "input.unreadable");
        }
        JsonNode deep = json.readTree(out.resolve("deep-nesting.html.report.json").toFile());
        assertTrue(deep.get("body").asText().contains("Text at the bottom of a very deep page."), deep.toString());
    }

    private static void assertRule(ObjectMapper json, Path out, String name, String rule) throws IOException {
        JsonNode r = json.readTree(out.resolve(name + ".report.json").toFile());
        boolean found = false;
        for (JsonNode f : r.get("findings")) {
            found |= f.get("rule").asText().equals(rule);
        }
        assertTrue(found, name + " should have " + rule + ": " + r.get("findings"));
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString() + (File.separatorChar == '\\'
                ? ".exe" : "");
    }
}
