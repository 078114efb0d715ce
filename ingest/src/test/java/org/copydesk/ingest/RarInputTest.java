package org.copydesk.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.copydesk.core.ExtractedDocument;
import org.copydesk.core.InputProblem;
import org.copydesk.ingest.parse.TikaReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * RAR archives without junrar (left out of the build for its UnRAR licence, issue 13): Tika still detects them,
 * no RAR parser can run, and ingest reports the input rather than failing on it.
 */
class RarInputTest {

    private static final Ingestor INGESTOR = new Ingestor(java.time.Instant.parse("2026-01-01T00:00:00Z"));
    private static final String RAR = "application/x-rar-compressed";

    /** RAR 1.5-4.x: the marker block, an empty main archive header and the end-of-archive block. */
    static byte[] rar4() {
        return bytes(0x52, 0x61, 0x72, 0x21, 0x1A, 0x07, 0x00,
                0xCF, 0x90, 0x73, 0x00, 0x00, 0x0D, 0x00, 0, 0, 0, 0, 0, 0,
                0xC4, 0x3D, 0x7B, 0x00, 0x40, 0x07, 0x00);
    }

    /** RAR 5: the signature, a main archive header and an end-of-archive header. */
    static byte[] rar5() {
        return bytes(0x52, 0x61, 0x72, 0x21, 0x1A, 0x07, 0x01, 0x00,
                0x33, 0x92, 0xB5, 0xE5, 0x0A, 0x01, 0x05, 0x06, 0x00, 0x05, 0x01, 0x01, 0x80, 0x80, 0x00,
                0x1D, 0x77, 0x56, 0x51, 0x03, 0x05, 0x04, 0x00);
    }

    /** Only the seven signature bytes {@code Rar!\u001A\u0007\u0000}. */
    static byte[] signatureOnly() {
        return bytes(0x52, 0x61, 0x72, 0x21, 0x1A, 0x07, 0x00);
    }

    static Stream<Arguments> archives() {
        return Stream.of(Arguments.of("archive.rar", rar4()), Arguments.of("archive5.rar", rar5()),
                Arguments.of("signature.rar", signatureOnly()),
                // the bytes decide, not the name: a RAR archive named like a text file or page is still one
                Arguments.of("story.txt", rar4()), Arguments.of("page.html", rar5()), Arguments.of("no-extension", rar4()));
    }

    @Test
    void junrarIsNotOnTheClasspath() {
        assertThrows(ClassNotFoundException.class, () -> Class.forName("com.github.junrar.Archive"),
                "junrar (UnRAR licence) must stay excluded from tika-parsers-standard-package");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("archives")
    void tikaDetectsRar(String name, byte[] bytes) throws IOException {
        assertEquals(RAR, new TikaReader().detect(bytes, name));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("archives")
    void aRarArchiveIsReportedNotACrash(String name, byte[] bytes) {
        ExtractedDocument doc = INGESTOR.ingest(name, bytes);
        assertEquals(RAR, doc.source().mediaType());
        assertEquals(bytes.length, doc.source().bytes());
        assertTrue(doc.text().isBlank(), "no RAR parser, so no text: " + doc.text());
        assertTrue(doc.segments().isEmpty(), doc.segments().toString());
        assertFalse(doc.hasProblem(InputProblem.Kind.UNREADABLE), doc.problems().toString());
        assertFalse(doc.hasProblem(InputProblem.Kind.LIMIT), doc.problems().toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("archives")
    void aRarArchiveIsUnsupported(String name, byte[] bytes) {
        ExtractedDocument doc = INGESTOR.ingest(name, bytes);
        assertEquals(List.of(new InputProblem(InputProblem.Kind.UNSUPPORTED,
                "media type " + RAR + " carries no article text")), doc.problems());
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }
}
