package org.copydesk.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.copydesk.core.ExtractedDocument;
import org.copydesk.core.Segment;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The lossless partition as a property: for every fixture, and for texts derived from the fixtures with
 * altered line endings, stray whitespace and cut-off ends, the segments are contiguous and their texts
 * concatenate back to the extracted text exactly.
 */
class SegmentPartitionTest {

    private static final Ingestor INGESTOR = new Ingestor(TestReferenceTime.NOW);

    static Stream<String> texts() throws IOException {
        List<String> out = new ArrayList<>(List.of("", " ", "\n\n\n", "\ufeffOne line", "A\r\nB\r\n\r\nC",
                "\t  indented only  \n", "No newline at the end", "\u00a0\u00a0• bullet\n• bullet two\n"));
        Random random = new Random(42);
        for (Path p : Fixtures.articles()) {
            String t = Files.readString(p, StandardCharsets.UTF_8);
            out.add(t);
            out.add(t.replace("\n", "\r\n"));
            out.add(t.replace("\n\n", "\n \t\n"));
            out.add(t.substring(0, random.nextInt(t.length())));
            out.add("   \n" + t + "\n\n   ");
        }
        return out.stream();
    }

    @ParameterizedTest
    @MethodSource("texts")
    void segmentsConcatenateToTheText(String text) {
        ExtractedDocument doc = INGESTOR.ingest("case.txt", text.getBytes(StandardCharsets.UTF_8));
        StringBuilder joined = new StringBuilder();
        int at = 0;
        for (Segment s : doc.segments()) {
            assertEquals(at, s.start(), "segments must be contiguous");
            joined.append(s.text());
            at = s.end();
        }
        assertEquals(doc.text(), joined.toString());
        assertEquals(doc.text().length(), at);
    }
}
