package org.copydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The corpus pass through {@code check}: a wire story, an uncredited copy that changed a quote, a credited copy
 * and another outlet's own story of the same event (our own words). Each report says what it shares with whom,
 * the rules fire on the copy alone, {@code provenance.json} holds the story, a baseline accepts the pass's
 * findings like any other, and {@code --resume} with new documents gives the files a fresh run gives.
 */
class ProvenanceCheckTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NOW = "2026-01-01T00:00:00Z";

    private static final String BODY = """
            The mountain rail line between Oskby and Tarn Pass will close for five months next year while engineers \
            rebuild two viaducts, the regional transport authority said on Monday.

            Trains will be replaced by coaches on the winding valley road, adding about forty minutes to a journey \
            that thousands of commuters and schoolchildren make every day.

            "We would rather close the line for one long season than patch it every winter for a decade," said \
            Ingrid Solheim, the authority's director of infrastructure.

            Shopkeepers in Tarn Pass said the closure would fall in the busiest months of the tourist season, and \
            the town council asked the authority to move the work to the autumn.
            """;

    private static final String INDEPENDENT = """
            Valley commuters face months of coaches as viaduct work looms


            By Rune Aasen

            Published: Mon 1 Dec 2025, 6:00 PM

            Commuters in the Oskby valley reacted with dismay on Monday to news that their railway will shut for \
            most of next year, with several saying the coach journey over the pass was already unreliable in snow.

            "We would rather close the line for one long season than patch it every winter for a decade," said \
            Ingrid Solheim, the authority's director of infrastructure.

            Parents at the Tarn Pass school said they would ask for a dedicated coach for pupils, and the local \
            hoteliers' association called a meeting for Thursday evening to discuss the timing of the work.
            """;

    private static String story(String byline, String published, String dateline, String body) {
        return "Mountain rail line to close for five months for viaduct rebuild\n\n\n"
                + (byline == null ? "" : "By " + byline + "\n\n") + "Published: " + published + "\n\n"
                + dateline + body;
    }

    private static Path corpus(Path in, boolean withCopies) throws IOException {
        CliRun.write(in.resolve("wire.txt"), story(null, "Mon 1 Dec 2025, 8:00 AM", "OSKBY (Reuters) — ", BODY));
        CliRun.write(in.resolve("other/independent.txt"), INDEPENDENT);
        if (withCopies) {
            CliRun.write(in.resolve("sites/credited.txt"), story("Maja Lunde", "Tue 2 Dec 2025, 4:00 PM",
                    "OSKBY (Reuters) — ", BODY));
            CliRun.write(in.resolve("sites/taken.txt"), story("Per Vik", "Wed 3 Dec 2025, 3:00 PM", "",
                    BODY.replace("one long season", "one short season")));
        }
        return in;
    }

    private static CliRun check(Path in, Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("check", "--color", "never", "--now", NOW,
                "--source-date-epoch", "1717243200", "--format", "json,sarif,md", "--out", out.toString()));
        args.addAll(List.of(more));
        args.add(in.toString());
        return CliRun.of(args.toArray(String[]::new));
    }

    private static JsonNode report(Path out, String name) throws IOException {
        return JSON.readTree(out.resolve(name + ".report.json").toFile());
    }

    private static List<String> rules(JsonNode report, String family) {
        List<String> out = new ArrayList<>();
        report.get("findings").forEach(f -> {
            if (f.get("rule").asText().startsWith(family)) {
                out.add(f.get("rule").asText());
            }
        });
        return out;
    }

    @Test
    void theCopyIsTiedToItsSourceAndOnlyItDropsTheCreditAndTheQuote(@TempDir Path tmp) throws IOException {
        Path in = corpus(tmp.resolve("in"), true);
        Path out = tmp.resolve("out");
        CliRun run = check(in, out, "--fail-on", "error");
        assertEquals(0, run.code(), run.toString());

        JsonNode taken = report(out, "sites/taken.txt");
        assertEquals(List.of("provenance.quote-altered", "provenance.uncredited-copy"),
                rules(taken, "provenance.").stream().sorted().toList(), taken.toString());
        JsonNode toWire = taken.get("related").findParents("path").stream()
                .filter(r -> r.get("path").asText().equals(in.resolve("wire.txt").toString())).findFirst()
                .orElseThrow(() -> new AssertionError(taken.get("related").toString()));
        assertEquals("copy-of", toWire.get("relation").asText());
        assertTrue(toWire.get("sharedText").asDouble() > 0.9, toWire.toString());
        JsonNode altered = taken.get("findings").findParents("rule").stream()
                .filter(f -> f.get("rule").asText().equals("provenance.quote-altered")).findFirst().orElseThrow();
        assertTrue(altered.get("message").asText().contains("one short season")
                && altered.get("message").asText().contains("one long season"), altered.toString());

        JsonNode credited = report(out, "sites/credited.txt");
        assertEquals(List.of(), rules(credited, "provenance."), credited.toString());
        assertEquals("copy-of", credited.at("/related/0/relation").asText());
        JsonNode wire = report(out, "wire.txt");
        assertEquals(List.of("copied-by", "copied-by"), List.of(wire.at("/related/0/relation").asText(),
                wire.at("/related/1/relation").asText()));
        JsonNode independent = report(out, "other/independent.txt");
        assertEquals(0, independent.get("related").size(), "one statement quoted alike is no copy: " + independent);

        JsonNode stories = JSON.readTree(out.resolve("provenance.json").toFile());
        assertEquals(1, stories.get("clusters").size(), stories.toString());
        assertEquals(in.resolve("wire.txt").toString(), stories.at("/clusters/0/origin").asText());
        assertEquals(3, stories.at("/clusters/0/documents").size());
        JsonNode counts = JSON.readTree(out.resolve("summary.json").toFile()).get("provenance");
        assertEquals(4, counts.get("compared").asInt());
        assertEquals(3, counts.get("related").asInt());
        assertEquals(1, counts.get("uncreditedCopies").asInt());
        assertEquals(1, counts.get("alteredQuotes").asInt());
        assertEquals("(site not given)", counts.at("/bySite/0/site").asText(), "text files name no site");
        assertEquals(3, counts.at("/bySite/0/related").asInt());
        assertEquals(1, counts.at("/bySite/0/clusters").asInt());
        assertTrue(run.out().contains("Stories shared by several documents: 1"), run.out());
        assertTrue(run.out().contains("After comparing the documents:") && run.out().contains("taken.txt"),
                run.out());

        CliRun strict = check(in, tmp.resolve("strict"), "--profile", "pre-publication", "--fail-on", "error");
        assertEquals(1, strict.code(), "both rules are errors before publication: " + strict);
    }

    @Test
    void withNoCompareEachDocumentIsCheckedAlone(@TempDir Path tmp) throws IOException {
        Path in = corpus(tmp.resolve("in"), true);
        Path out = tmp.resolve("out");
        assertEquals(0, check(in, out, "--fail-on", "never").code());
        assertTrue(Files.exists(out.resolve(".copydesk-reports")));
        CliRun alone = check(in, out, "--fail-on", "never", "--no-compare");
        assertEquals(0, alone.code(), alone.toString());
        JsonNode taken = report(out, "sites/taken.txt");
        assertEquals(0, taken.get("related").size(), taken.toString());
        assertEquals(List.of(), rules(taken, "provenance."));
        assertFalse(Files.exists(out.resolve("provenance.json")), "the earlier run's stories no longer match");
        assertFalse(Files.exists(out.resolve(".copydesk-reports")), "nor its log");
        assertEquals(0, JSON.readTree(out.resolve("summary.json").toFile()).at("/provenance/compared").asInt());
    }

    @Test
    void aBaselineAcceptsThePasssFindingsLikeAnyOther(@TempDir Path tmp) throws IOException {
        Path in = corpus(tmp.resolve("in"), true);
        Path baseline = tmp.resolve("baseline.json");
        assertEquals(0, check(in, tmp.resolve("first"), "--fail-on", "never", "--write-baseline",
                baseline.toString()).code());
        CliRun second = check(in, tmp.resolve("second"), "--fail-on", "warning", "--baseline", baseline.toString());
        assertEquals(0, second.code(), second.toString());
        JsonNode taken = report(tmp.resolve("second"), "sites/taken.txt");
        taken.get("findings").forEach(f -> assertTrue(f.path("baselined").asBoolean(), f.toString()));
        JsonNode summary = JSON.readTree(tmp.resolve("second/summary.json").toFile());
        assertEquals(0, summary.at("/baseline/new").asInt(), summary.toString());
        assertEquals(0, summary.at("/baseline/stale").asInt(), summary.toString());
    }

    @Test
    void resumingWithNewDocumentsWritesWhatAFreshRunWrites(@TempDir Path tmp) throws IOException {
        Path in = tmp.resolve("in");
        Path resumed = tmp.resolve("resumed");
        corpus(in, false);
        assertEquals(0, check(in, resumed, "--fail-on", "never").code());
        assertEquals(0, report(resumed, "wire.txt").get("related").size(), "alone, the wire story has no relative");
        corpus(in, true);
        CliRun again = check(in, resumed, "--fail-on", "never", "--resume");
        assertTrue(again.out().contains("2 resumed"), again.out());
        Path fresh = tmp.resolve("fresh");
        assertEquals(0, check(in, fresh, "--fail-on", "never").code());
        Map<String, String> a = files(fresh);
        Map<String, String> b = files(resumed);
        assertEquals(a.keySet(), b.keySet());
        a.forEach((name, text) -> {
            if (!name.equals("summary.json")) { // it counts the resumed documents
                assertEquals(text, b.get(name), name);
            }
        });
        assertFalse(report(resumed, "wire.txt").get("related").isEmpty(), "the resumed report was written again");
    }

    private static Map<String, String> files(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(p).toString(), Files.readString(p, StandardCharsets.ISO_8859_1));
            }
        }
        return out;
    }
}
