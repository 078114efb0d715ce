package org.copydesk.ingest.markup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.copydesk.core.DateValue;
import org.copydesk.core.WireAgencies;
import org.copydesk.ingest.markup.MarkupMetadata;
import org.copydesk.ingest.meta.BylineParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every HTML fixture beside this class through the markup reader. Each fixture opens with a comment of
 * {@code expect.<what>: <value>} lines: {@code published} / {@code modified} ({@code ISO @source}),
 * {@code authors} ({@code Name (kind); …}), {@code title} ({@code text @source}) and {@code candidates}
 * (every publication candidate, {@code day @source; …}). What a fixture does not state is not checked.
 */
class MarkupFixturesTest {

    private static final Pattern EXPECT = Pattern.compile("(?m)^expect\\.(\\w+):\\s*(.*)$");

    private final MarkupCredits credits = new MarkupCredits(new BylineParser(WireAgencies.builtIn()));

    static Stream<String> fixtures() throws IOException, URISyntaxException {
        Path dir = Path.of(MarkupFixturesTest.class.getResource("jsonld-single.html").toURI()).getParent();
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".html")).sorted().toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void readsWhatTheFixtureExpects(String name) throws IOException, URISyntaxException {
        String html = Files.readString(Path.of(MarkupFixturesTest.class.getResource(name).toURI()),
                StandardCharsets.UTF_8);
        Map<String, String> expect = new LinkedHashMap<>();
        Matcher m = EXPECT.matcher(html.substring(0, html.indexOf("-->")));
        while (m.find()) {
            expect.put(m.group(1), m.group(2).strip());
        }
        assertFalse(expect.isEmpty(), "fixture states no expectation");
        MarkupMetadata hints = MarkupMetadataReader.read(html, null);
        for (Map.Entry<String, String> e : expect.entrySet()) {
            assertEquals(e.getValue(), actual(e.getKey(), hints), name + " " + e.getKey());
        }
    }

    private String actual(String what, MarkupMetadata hints) {
        switch (what) {
            case "published":
                return describe(DateChoice.choose(hints.publishedCandidates(), List.of()));
            case "modified":
                return describe(DateChoice.choose(hints.modifiedCandidates(), List.of()));
            case "title":
                return hints.title() + " @" + hints.titleSource();
            case "authors":
                List<String> names = new ArrayList<>();
                credits.combine(List.of(), List.of(), hints)
                        .forEach(b -> names.add(b.name() + " (" + b.kind().id() + ")"));
                return String.join("; ", names);
            case "candidates":
                List<String> days = new ArrayList<>();
                hints.publishedCandidates().forEach(d -> days.add(d.date() + " @" + d.source()));
                return String.join("; ", days);
            default:
                throw new IllegalArgumentException("unknown expectation " + what);
        }
    }

    private static String describe(DateValue d) {
        return d == null ? "none" : d.iso() + " @" + d.source();
    }
}
