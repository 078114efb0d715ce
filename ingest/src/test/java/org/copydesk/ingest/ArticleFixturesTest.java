package org.copydesk.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.copydesk.core.ExtractedDocument;
import org.copydesk.core.Segment;
import org.copydesk.core.SegmentRole;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every article fixture through the ingestor and checks the expectations written beside it in
 * {@code <name>.expect}: one expectation a line ({@code headline:}, {@code dateline:}, {@code byline: name | kind},
 * {@code published:}, {@code modified:}, {@code removed <category>:}, {@code metadata:}, {@code body:},
 * {@code quote: words of the quote | speaker} (or without the speaker), {@code language:}). Fixtures are plain text or HTML.
 */
class ArticleFixturesTest {

    private static final Ingestor INGESTOR = new Ingestor(TestReferenceTime.NOW);

    static Stream<Path> fixtures() throws IOException {
        return Fixtures.articles().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void meetsItsExpectations(Path article) throws IOException {
        String name = article.getFileName().toString();
        Path expect = article.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".expect");
        List<String> lines = Files.readAllLines(expect, StandardCharsets.UTF_8);
        assertFalse(lines.isEmpty(), "an article fixture needs expectations");
        ExtractedDocument doc = INGESTOR.ingest(article.getFileName().toString(), Files.readAllBytes(article));
        for (String line : lines) {
            if (!line.isBlank()) {
                check(doc, line);
            }
        }
    }

    private static void check(ExtractedDocument doc, String line) {
        int colon = line.indexOf(':');
        String key = line.substring(0, colon).strip();
        String value = line.substring(colon + 1).strip();
        switch (key.split(" ")[0]) {
            case "headline" -> assertEquals(value, doc.article().headline(), line);
            case "dateline" -> assertEquals(value, doc.article().dateline(), line);
            case "language" -> assertEquals(value, doc.article().language(), line);
            case "byline" -> {
                String[] nk = value.split("\\|");
                assertTrue(doc.article().bylines().stream().anyMatch(b -> b.name().equals(nk[0].strip())
                        && b.kind().id().equals(nk[1].strip())), line + " in " + doc.article().bylines());
            }
            case "published" -> date(line, value, doc.article().published() == null ? null
                    : doc.article().published().iso());
            case "modified" -> date(line, value, doc.article().modified() == null ? null
                    : doc.article().modified().iso());
            case "metadata" -> assertTrue(segmentWith(doc, SegmentRole.METADATA, null, value), line);
            case "body" -> assertTrue(doc.body().contains(value), line);
            case "quote" -> {
                String[] ts = value.split("\\|");
                assertTrue(doc.quotes().quotes().stream().anyMatch(q -> q.text().contains(ts[0].strip())
                        && (ts.length < 2 || ts[1].strip().equals(q.speaker()))), line + " in " + doc.quotes().quotes().stream()
                        .map(q -> q.text() + " | " + q.speaker()).toList());
            }
            case "removed" -> {
                String category = key.split(" ")[1];
                assertTrue(segmentWith(doc, SegmentRole.BOILERPLATE, category, value), line + " segments: "
                        + doc.segments().stream().filter(Segment::isRemoved).map(s -> s.category().id() + "="
                        + s.content()).toList());
                assertFalse(doc.body().contains(value), line + " (still in the body)");
            }
            default -> fail("unknown expectation: " + line);
        }
    }

    private static void date(String line, String want, String got) {
        if (want.equals("none")) {
            assertNull(got, line);
        } else {
            assertTrue(got != null && got.startsWith(want), line + " but got " + got);
        }
    }

    private static boolean segmentWith(ExtractedDocument doc, SegmentRole role, String category, String needle) {
        String n = needle.toLowerCase(Locale.ROOT);
        return doc.segments().stream().anyMatch(s -> s.role() == role
                && (category == null || s.category().id().equals(category))
                && s.text().toLowerCase(Locale.ROOT).contains(n));
    }
}
