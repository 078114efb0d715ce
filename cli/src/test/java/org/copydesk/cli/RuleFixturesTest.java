package org.copydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.copydesk.core.ExtractedDocument;
import org.copydesk.core.Finding;
import org.copydesk.core.Segment;
import org.copydesk.ingest.Ingestor;
import org.copydesk.rules.Profile;
import org.copydesk.rules.RuleDescriptor;
import org.copydesk.rules.RuleEngine;
import org.copydesk.rules.RuleRegistry;
import org.copydesk.rules.RuleSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rule catalog end to end: small article files written for the purpose are ingested and checked, and the
 * findings are compared with the expectations written beside each file.
 *
 * <p>Every file {@code rule-fixtures/NAME.EXT} (except {@code .expect} files) has a sibling {@code NAME.expect}
 * holding one directive a line; blank lines and lines starting with {@code #} are comments:
 * <ul>
 *   <li>{@code fires: RULE-ID} — the rule reports at least one finding. An optional severity after the id
 *       ({@code fires: date.stale-update info}) must be the severity of every finding of that rule.</li>
 *   <li>{@code quiet: RULE-ID} — the rule reports nothing.</li>
 *   <li>{@code quiet: *} — every catalog rule not listed under {@code fires:} or {@code ignore:} reports
 *       nothing.</li>
 *   <li>{@code ignore: RULE-ID} — the rule is not checked on this fixture either way; the comment above the
 *       line says why (a known ingest bug the fixture trips over, so that the rest of the file still counts).</li>
 *   <li>{@code profile: pre-publication} — check in that profile instead of {@code scrape-audit}.</li>
 * </ul>
 * The reference time is fixed at {@link #NOW}, so {@code date.future} does not depend on the clock. Across all
 * fixtures, every rule must fire somewhere and be held quiet somewhere
 * ({@link #everyRuleFiresSomewhereAndIsQuietSomewhere}), and the segments of every fixture must put its extracted
 * text back together.
 */
class RuleFixturesTest {

    /** The reference time for {@code date.future}: retrieval time of every fixture. */
    static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    /**
     * {@code input.limit} cannot be exercised end to end: ingest has no size, time or nesting limit yet, so no
     * file can trip one. Its validator has unit tests in the rules module.
     */
    private static final Set<String> NO_FIXTURE_POSSIBLE = Set.of("input.limit");

    private static final String DIR = "rule-fixtures";

    static Stream<Fixture> fixtures() {
        return Fixture.loadAll().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void findingsMatchTheExpectations(Fixture fixture) {
        ExtractedDocument doc = fixture.extract();
        List<Finding> findings = fixture.check(doc);
        Map<String, List<Finding>> byRule = findings.stream()
                .collect(Collectors.groupingBy(Finding::rule, TreeMap::new, Collectors.toList()));
        List<String> problems = new ArrayList<>();
        fixture.expect().fires().forEach((rule, severity) -> {
            List<Finding> hits = byRule.getOrDefault(rule, List.of());
            if (hits.isEmpty()) {
                problems.add("expected " + rule + " to fire");
            } else if (severity != null && hits.stream().anyMatch(f -> !f.severity().id().equals(severity))) {
                problems.add("expected " + rule + " at " + severity + ", got " + hits.stream()
                        .map(f -> f.severity().id()).distinct().toList());
            }
        });
        for (String rule : fixture.expect().quietRules()) {
            if (byRule.containsKey(rule)) {
                problems.add("expected " + rule + " to stay quiet");
            }
        }
        if (!problems.isEmpty()) {
            fail(fixture.name() + ": " + String.join("; ", problems) + "\nfindings:\n" + describe(findings, doc));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void segmentsConcatenateToTheExtractedText(Fixture fixture) {
        ExtractedDocument doc = fixture.extract();
        assertEquals(doc.text(), doc.segments().stream().map(Segment::text).collect(Collectors.joining()),
                fixture.name());
    }

    @Test
    void everyRuleFiresSomewhereAndIsQuietSomewhere() {
        List<Fixture> all = Fixture.loadAll();
        Map<String, Set<String>> firesIn = new TreeMap<>();
        Map<String, Set<String>> quietIn = new TreeMap<>();
        for (Fixture f : all) {
            f.expect().fires().keySet().forEach(r -> firesIn.computeIfAbsent(r, k -> new TreeSet<>()).add(f.name()));
            f.expect().quietRules().forEach(r -> quietIn.computeIfAbsent(r, k -> new TreeSet<>()).add(f.name()));
        }
        Set<String> known = RuleRegistry.all().stream().map(RuleDescriptor::id).collect(Collectors.toSet());
        List<String> gaps = new ArrayList<>();
        for (String id : known) {
            if (NO_FIXTURE_POSSIBLE.contains(id)) {
                continue;
            }
            if (!firesIn.containsKey(id)) {
                gaps.add(id + " fires in no fixture");
            }
            if (!quietIn.containsKey(id)) {
                gaps.add(id + " is held quiet in no fixture");
            }
        }
        Set<String> unknown = new TreeSet<>(firesIn.keySet());
        unknown.addAll(quietIn.keySet());
        all.forEach(f -> unknown.addAll(f.expect().ignored()));
        unknown.removeAll(known);
        assertTrue(unknown.isEmpty(), "expectations name rules that do not exist: " + unknown);
        assertTrue(gaps.isEmpty(), String.join("\n", gaps));
        assertFalse(all.isEmpty());
    }

    private static String describe(List<Finding> findings, ExtractedDocument doc) {
        StringBuilder b = new StringBuilder();
        for (Finding f : findings) {
            String evidence = f.span().end() <= doc.text().length()
                    ? doc.text().substring(f.span().start(), Math.min(f.span().end(), f.span().start() + 80))
                    : "";
            b.append("  ").append(f.rule()).append(' ').append(f.severity().id()).append(" @").append(f.line())
                    .append(':').append(f.column()).append(' ').append(f.message()).append(" «")
                    .append(evidence.replace('\n', ' ')).append("»\n");
        }
        return b.toString();
    }

    /** One fixture file, its bytes and its parsed expectations. */
    record Fixture(String name, byte[] bytes, Expectations expect) {

        @Override
        public String toString() {
            return name;
        }

        ExtractedDocument extract() {
            return new Ingestor(NOW).ingest(name, bytes);
        }

        List<Finding> check(ExtractedDocument doc) {
            return RuleEngine.create(expect.profile(), RuleSettings.defaults(NOW)).check(doc);
        }

        static List<Fixture> loadAll() {
            Path dir;
            try {
                dir = Path.of(RuleFixturesTest.class.getResource(DIR).toURI());
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
            try (Stream<Path> files = Files.list(dir)) {
                List<Fixture> out = new ArrayList<>();
                for (Path p : files.sorted().toList()) {
                    String file = p.getFileName().toString();
                    if (file.endsWith(".expect")) {
                        continue;
                    }
                    Path expect = dir.resolve(file.substring(0, file.lastIndexOf('.')) + ".expect");
                    if (!Files.exists(expect)) {
                        throw new IllegalStateException(file + " has no " + expect.getFileName());
                    }
                    out.add(new Fixture(file, Files.readAllBytes(p), Expectations.parse(file,
                            Files.readAllLines(expect))));
                }
                return out;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * The directives of one {@code .expect} file.
     *
     * @param fires      rule id → required severity id, or {@code null} for any severity
     * @param quietRules the rules that must report nothing, with {@code quiet: *} already expanded
     * @param ignored    the rules not checked on this fixture (known ingest bugs)
     */
    record Expectations(Profile profile, Map<String, String> fires, Set<String> quietRules, Set<String> ignored) {

        static Expectations parse(String fixture, List<String> lines) {
            Profile profile = Profile.SCRAPE_AUDIT;
            Map<String, String> fires = new LinkedHashMap<>();
            Set<String> quiet = new TreeSet<>();
            Set<String> ignored = new TreeSet<>();
            boolean quietRest = false;
            for (String raw : lines) {
                String line = raw.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int colon = line.indexOf(':');
                if (colon < 0) {
                    throw new IllegalArgumentException(fixture + ": not a directive: " + line);
                }
                String key = line.substring(0, colon).strip();
                String value = line.substring(colon + 1).strip();
                switch (key) {
                    case "fires" -> {
                        String[] parts = value.split("\\s+");
                        fires.put(parts[0], parts.length > 1 ? parts[1] : null);
                    }
                    case "quiet" -> {
                        if (value.equals("*")) {
                            quietRest = true;
                        } else {
                            quiet.add(value);
                        }
                    }
                    case "ignore" -> ignored.add(value);
                    case "profile" -> profile = Profile.fromId(value)
                            .orElseThrow(() -> new IllegalArgumentException(fixture + ": no profile " + value));
                    default -> throw new IllegalArgumentException(fixture + ": unknown directive " + key);
                }
            }
            if (quietRest) {
                RuleRegistry.all().stream().map(RuleDescriptor::id).filter(id -> !fires.containsKey(id))
                        .filter(id -> !ignored.contains(id)).forEach(quiet::add);
            }
            Set<String> both = new TreeSet<>(quiet);
            both.retainAll(fires.keySet());
            Set<String> ignoredToo = new TreeSet<>(ignored);
            ignoredToo.removeIf(id -> !quiet.contains(id) && !fires.containsKey(id));
            both.addAll(ignoredToo);
            if (!both.isEmpty()) {
                throw new IllegalArgumentException(fixture + ": listed under two directives: " + both);
            }
            return new Expectations(profile, fires, quiet, ignored);
        }
    }
}
