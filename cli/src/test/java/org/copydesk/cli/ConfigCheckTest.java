package org.copydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code copydesk.yml} and the options over it, end to end: findings change, mistakes exit 2 naming the key. */
class ConfigCheckTest {

    /** Updated 18 months after publication (date.stale-update), body under 80 words (text.too-short). */
    static final String FERRY = """
            Harbour ferry fares to rise in spring


            By Mirela Ostrander

            Published: 3 March 2023
            Updated: 9 September 2024

            PORTHAVEN — Fares on the harbour ferry will rise by ten percent from April, the council said, citing \
            fuel costs and a new crew agreement.

            “We held prices for three winters, and that cannot go on,” said Tobias Wren, who chairs the transport \
            committee.
            """;

    /** A byline and a closing line only configuration makes an agency and furniture. */
    static final String LIGHTHOUSE = """
            Lighthouse keepers return to Gullrock


            By Kestrel Newswire

            Published: 12 May 2024

            GULLROCK — Two keepers moved back into the lighthouse on Monday, the harbour trust said, ending a decade \
            in which the lamp ran unattended.

            “The light never needed us, but the island did,” said Hanne Voss, one of the keepers.

            Lantern readers keep this page lit.
            """;

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode report(Path out, String name) throws IOException {
        return JSON.readTree(out.resolve(name + ".report.json").toFile());
    }

    private static String severityOf(JsonNode report, String rule) {
        for (JsonNode f : report.get("findings")) {
            if (f.get("rule").asText().equals(rule)) {
                return f.get("severity").asText();
            }
        }
        return "absent";
    }

    @Test
    void aRuleIsDisabledOrRegradedByTheFileAndTheCommandLineWins(@TempDir Path tmp) throws IOException {
        Path doc = CliRun.write(tmp.resolve("in/ferry.txt"), FERRY);
        CliRun plain = CliRun.of("check", "--now", "2025-01-01", "--out", tmp.resolve("a").toString(), doc.toString());
        assertEquals("warning", severityOf(report(tmp.resolve("a"), "ferry.txt"), "date.stale-update"), plain.toString());

        Path cfg = CliRun.write(tmp.resolve("copydesk.yml"), """
                rules:
                  date.stale-update: off
                  text.too-short: error
                thresholds:
                  min-confidence: 0
                """);
        CliRun configured = CliRun.of("check", "--config", cfg.toString(), "--now", "2025-01-01", "--out",
                tmp.resolve("b").toString(), doc.toString());
        JsonNode b = report(tmp.resolve("b"), "ferry.txt");
        assertEquals("absent", severityOf(b, "date.stale-update"), configured.toString());
        assertEquals("error", severityOf(b, "text.too-short"));
        assertEquals("fail", b.get("verdict").asText());
        assertEquals(ExitCodes.FINDINGS, configured.code());

        CliRun overridden = CliRun.of("check", "--config", cfg.toString(), "--rule", "text.too-short=info",
                "--rule", "date.stale-update=on", "--now", "2025-01-01", "--out", tmp.resolve("c").toString(),
                doc.toString());
        JsonNode c = report(tmp.resolve("c"), "ferry.txt");
        assertEquals("info", severityOf(c, "text.too-short"), overridden.toString());
        assertEquals("warning", severityOf(c, "date.stale-update"));
        assertEquals(ExitCodes.OK, overridden.code());
    }

    @Test
    void thresholdsAndFailOnComeFromTheFileUnlessGivenAsOptions(@TempDir Path tmp) throws IOException {
        Path doc = CliRun.write(tmp.resolve("ferry.txt"), FERRY);
        Path failOn = CliRun.write(tmp.resolve("fail.yml"), "fail-on: warning\nprofile: scrape-audit\n");
        assertEquals(ExitCodes.FINDINGS, CliRun.of("check", "--config", failOn.toString(), "--now", "2025-01-01",
                doc.toString()).code(), "a warning fails under the file's fail-on");
        assertEquals(ExitCodes.OK, CliRun.of("check", "--config", failOn.toString(), "--fail-on", "error",
                "--now", "2025-01-01", doc.toString()).code(), "the option wins");

        Path cfg = CliRun.write(tmp.resolve("desk.yml"), """
                fail-on: warning
                thresholds:
                  stale-update-days: 1000
                  min-words: 10
                  min-confidence: 0
                """);
        CliRun r = CliRun.of("check", "--config", cfg.toString(), "--now", "2025-01-01", "--out",
                tmp.resolve("o").toString(), doc.toString());
        JsonNode j = report(tmp.resolve("o"), "ferry.txt");
        assertEquals("absent", severityOf(j, "date.stale-update"), r.toString());
        assertEquals("absent", severityOf(j, "text.too-short"));
        assertEquals(ExitCodes.OK, r.code(), r.toString());
    }

    @Test
    void theMinimumConfidenceComesFromTheFile(@TempDir Path tmp) throws IOException {
        Path doc = CliRun.write(tmp.resolve("ferry.txt"), FERRY);
        // no estimate reaches 1, so every field is low; at 0 none is
        Path strict = CliRun.write(tmp.resolve("strict.yml"), "thresholds:\n  min-confidence: 1\n");
        CliRun r = CliRun.of("check", "--config", strict.toString(), "--now", "2025-01-01", "--out",
                tmp.resolve("strict").toString(), doc.toString());
        JsonNode j = report(tmp.resolve("strict"), "ferry.txt");
        assertEquals("warning", severityOf(j, "input.low-confidence"), r.toString());
        assertTrue(r.out().contains("Low confidence: 1 document (body 1, published 1) below 1.00"), r.out());
        assertEquals("info", severityOf(j, "date.stale-update"), "graded down from warning");
        CliRun listed = CliRun.of("check", "--config", strict.toString(), "--now", "2025-01-01", doc.toString());
        assertTrue(listed.out().lines().anyMatch(l -> l.contains("info    date.stale-update")
                && l.matches(".* \\(graded down from warning: published, modified 0\\.\\d\\d\\)")), listed.out());
        CliRun off = CliRun.of("check", "--config", CliRun.noConfidenceGate(tmp).toString(), "--now", "2025-01-01",
                "--out", tmp.resolve("off").toString(), doc.toString());
        JsonNode o = report(tmp.resolve("off"), "ferry.txt");
        assertEquals("absent", severityOf(o, "input.low-confidence"), off.toString());
        assertEquals("warning", severityOf(o, "date.stale-update"));
    }

    @Test
    void extraAgenciesAndBoilerplatePhrasesTakeEffect(@TempDir Path tmp) throws IOException {
        Path doc = CliRun.write(tmp.resolve("lighthouse.txt"), LIGHTHOUSE);
        CliRun.of("check", "--now", "2025-01-01", "--out", tmp.resolve("a").toString(), doc.toString());
        JsonNode before = report(tmp.resolve("a"), "lighthouse.txt");
        assertEquals("person", before.at("/article/bylines/0/kind").asText());
        assertTrue(before.get("body").asText().contains("Lantern readers"));

        Path cfg = CliRun.write(tmp.resolve("copydesk.yml"), """
                agencies:
                  - Kestrel Newswire
                boilerplate:
                  donation-appeal:
                    - Lantern readers keep this page lit
                """);
        CliRun r = CliRun.of("check", "--config", cfg.toString(), "--now", "2025-01-01", "--out",
                tmp.resolve("b").toString(), doc.toString());
        JsonNode after = report(tmp.resolve("b"), "lighthouse.txt");
        assertEquals("agency", after.at("/article/bylines/0/kind").asText(), r.toString());
        assertFalse(after.get("body").asText().contains("Lantern readers"));
        boolean furniture = false;
        for (JsonNode s : after.get("segments")) {
            furniture |= "donation-appeal".equals(s.path("category").asText()) && s.get("text").asText()
                    .contains("Lantern readers");
        }
        assertTrue(furniture, "the phrase is a donation appeal now");
    }

    @Test
    void aConfigurationFileAmongTheInputsIsJustAnInput(@TempDir Path tmp) throws IOException {
        Path in = tmp.resolve("in");
        CliRun.write(in.resolve("ferry.txt"), FERRY);
        CliRun.write(in.resolve("copydesk.yml"), "rules:\n  date.stale-update: off\n  text.too-short: off\n");
        CliRun r = CliRun.of("check", "--now", "2025-01-01", "--out", tmp.resolve("o").toString(), in.toString());
        assertEquals("warning", severityOf(report(tmp.resolve("o"), "ferry.txt"), "date.stale-update"), r.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown key         | colour: always                       | copydesk.yml:1: colour: unknown key
            unknown rule        | rules:\\n  date.nonsense: error      | copydesk.yml:2: rules.date.nonsense: unknown rule id
            bad level           | rules:\\n  date.future: maybe        | copydesk.yml:2: rules.date.future: must be one of
            unknown category    | boilerplate:\\n  popups: [Close]     | copydesk.yml:2: boilerplate.popups: unknown category
            bad value           | thresholds:\\n  min-words: lots      | copydesk.yml:2: thresholds.min-words: must be a whole number
            broken YAML         | rules: {date.future: error          | copydesk.yml:
            """)
    void aBadConfigurationExitsTwoNamingTheKey(String what, String yaml, String expected, @TempDir Path tmp)
            throws IOException {
        Path doc = CliRun.write(tmp.resolve("ferry.txt"), FERRY);
        Path cfg = CliRun.write(tmp.resolve("copydesk.yml"), yaml.replace("\\n", "\n"));
        CliRun r = CliRun.of("check", "--config", cfg.toString(), doc.toString());
        assertEquals(ExitCodes.USAGE, r.code(), r.toString());
        assertTrue(r.err().startsWith("copydesk: " + cfg.toString().replace("copydesk.yml", "") + expected),
                what + ": " + r.err());
        assertEquals(1, r.err().lines().count(), "one line, no stack trace: " + r.err());
        assertEquals("", r.out());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            missing config file | --config,/nonexistent/copydesk.yml  | no such configuration file
            unknown option      | --no-such-option                     | Unknown option
            unknown format      | --format,pdf                         | unknown --format 'pdf'
            unknown profile     | --profile,strict                     | unknown profile 'strict'
            unknown fail-on     | --fail-on,sometimes                  | unknown --fail-on level
            unknown color       | --color,sometimes                    | unknown --color
            unknown rule option | --rule,date.nonsense=off             | --rule date.nonsense: unknown rule id
            bad rule level      | --rule,date.future=loud              | --rule date.future: must be one of
            missing baseline    | --baseline,/nonexistent/base.json    | no such baseline file
            """)
    void wrongOptionsExitTwo(String what, String options, String expected, @TempDir Path tmp) throws IOException {
        Path doc = CliRun.write(tmp.resolve("ferry.txt"), FERRY);
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("check"));
        args.addAll(java.util.List.of(options.split(",")));
        args.add(doc.toString());
        CliRun r = CliRun.of(args.toArray(String[]::new));
        assertEquals(ExitCodes.USAGE, r.code(), what + ": " + r);
        assertTrue(r.err().contains(expected), what + ": " + r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
    }
}
