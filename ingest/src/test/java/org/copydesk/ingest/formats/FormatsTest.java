package org.copydesk.ingest.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;
import org.copydesk.core.ExtractedDocument;
import org.copydesk.core.InputProblem;
import org.copydesk.core.SegmentRole;
import org.copydesk.ingest.Ingestor;
import org.copydesk.ingest.TestReferenceTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each office, e-book, PDF and mail format reaches the same article; a damaged file of each gets a report. */
class FormatsTest {

    private static final Ingestor INGESTOR = new Ingestor(TestReferenceTime.NOW);

    static Stream<Arguments> documents() throws IOException {
        return Stream.of(Arguments.of("draft.docx", FormatFixtures.docx()),
                Arguments.of("draft.pdf", FormatFixtures.pdf()), Arguments.of("draft.odt", FormatFixtures.odt()),
                Arguments.of("draft.epub", FormatFixtures.epub()), Arguments.of("draft.eml", FormatFixtures.eml()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void readsTheArticle(String name, byte[] bytes) {
        ExtractedDocument doc = INGESTOR.ingest(name, bytes);
        assertTrue(doc.problems().isEmpty(), doc.problems().toString());
        assertEquals(FormatFixtures.HEADLINE, doc.article().headline());
        assertEquals("Miriam Okafor", doc.article().bylines().get(0).name());
        assertEquals("en", doc.article().language());
        long bodyParagraphs = doc.segments().stream().filter(s -> s.role() == SegmentRole.BODY).count();
        assertEquals(FormatFixtures.PARAGRAPHS.size(), bodyParagraphs, "one body segment per paragraph");
        for (String p : FormatFixtures.PARAGRAPHS) {
            assertTrue(doc.text().contains(p), name + " keeps the paragraph whole: " + p);
        }
        assertTrue(doc.text().contains(FormatFixtures.LAST_WORDS));
    }

    static Stream<Arguments> damaged() throws IOException {
        byte[] noise = new byte[400];
        new Random(3).nextBytes(noise);
        return Stream.of(Arguments.of("cut.docx", half(FormatFixtures.docx())),
                Arguments.of("fake.docx", "PK\u0003\u0004 not a document".getBytes(StandardCharsets.ISO_8859_1)),
                Arguments.of("cut.pdf", half(FormatFixtures.pdf())),
                Arguments.of("fake.pdf", "%PDF-1.7\nnothing follows".getBytes(StandardCharsets.US_ASCII)),
                Arguments.of("cut.odt", half(FormatFixtures.odt())), Arguments.of("cut.epub", half(FormatFixtures.epub())),
                Arguments.of("noise.eml", noise));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("damaged")
    void aDamagedFileIsUnreadableNotAnException(String name, byte[] bytes) {
        ExtractedDocument doc = INGESTOR.ingest(name, bytes);
        assertTrue(doc.hasProblem(InputProblem.Kind.UNREADABLE), name + ": " + doc.problems());
        assertEquals(bytes.length, doc.source().bytes());
        assertFalse(doc.problems().get(0).message().isBlank());
    }

    private static byte[] half(byte[] bytes) {
        return Arrays.copyOf(bytes, bytes.length / 2);
    }
}
