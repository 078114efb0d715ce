package org.copydesk.ingest.charset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.copydesk.core.ExtractedDocument;
import org.copydesk.ingest.Ingestor;
import org.copydesk.ingest.TestReferenceTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Pages and text files in legacy encodings come out as the characters they were written in. */
class CharsetTest {

    private static final Ingestor INGESTOR = new Ingestor(TestReferenceTime.NOW);
    /** Replacement characters and C1 controls: what a wrong decoding leaves behind. */
    private static final Pattern DAMAGE = Pattern.compile("[\\ufffd\\u0080-\\u009f]");

    static Stream<Arguments> legacy() {
        return Stream.of(
                Arguments.of("windows-1252", "The minister\u2019s visit to the caf\u00e9 was \u201cbrief\u201d, "
                        + "officials said \u2014 and the mayor\u2019s office declined to discuss the na\u00efve plan."),
                Arguments.of("ISO-8859-1", "O ministro Jo\u00e3o Gon\u00e7alves visitou S\u00e3o Paulo na "
                        + "ter\u00e7a-feira, e a popula\u00e7\u00e3o da regi\u00e3o ficou satisfeita."),
                Arguments.of("ISO-8859-15", "Le ministre a pay\u00e9 20 \u20ac pour le caf\u00e9 \u00e0 la gare, et "
                        + "les \u00e9l\u00e8ves \u00e9taient tr\u00e8s contents de leur \u00e9t\u00e9."),
                Arguments.of("Shift_JIS", "\u5927\u81e3\u306f\u706b\u66dc\u65e5\u3001\u65b0\u3057\u3044\u6a4b"
                        + "\u306f\u6d2a\u6c34\u306b\u3088\u308b\u9045\u308c\u306e\u5f8c\u3001\u6765\u6625\u306b"
                        + "\u958b\u901a\u3059\u308b\u3068\u8ff0\u3079\u305f\u3002"),
                Arguments.of("KOI8-R", "\u041c\u0438\u043d\u0438\u0441\u0442\u0440 \u0437\u0430\u044f\u0432\u0438"
                        + "\u043b \u0432\u043e \u0432\u0442\u043e\u0440\u043d\u0438\u043a, \u0447\u0442\u043e "
                        + "\u043d\u043e\u0432\u044b\u0439 \u043c\u043e\u0441\u0442 \u043e\u0442\u043a\u0440\u043e"
                        + "\u0435\u0442\u0441\u044f \u0432\u0435\u0441\u043d\u043e\u0439."),
                Arguments.of("GB2312", "\u90e8\u957f\u661f\u671f\u4e8c\u8868\u793a\uff0c\u65b0\u6865\u5c06\u5728"
                        + "\u660e\u5e74\u6625\u5929\u5f00\u901a\uff0c\u6b64\u524d\u56e0\u6d2a\u6c34\u800c\u63a8"
                        + "\u8fdf\u3002"));
    }

    @ParameterizedTest(name = "{0} text file")
    @MethodSource("legacy")
    void plainTextIsDetected(String charset, String sentence) {
        String text = paragraphs(sentence);
        assertDecoded(INGESTOR.ingest("story.txt", text.getBytes(Charset.forName(charset))), sentence);
    }

    @ParameterizedTest(name = "{0} page with meta charset")
    @MethodSource("legacy")
    void metaCharsetIsHonoured(String charset, String sentence) {
        String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=" + charset
                + "\"><title>Story</title></head><body><p>" + sentence + "</p><p>" + sentence + "</p></body></html>";
        assertDecoded(INGESTOR.ingest("story.html", html.getBytes(Charset.forName(charset))), sentence);
    }

    @ParameterizedTest(name = "{0} page without a declaration")
    @MethodSource("legacy")
    void undeclaredPagesAreDetected(String charset, String sentence) {
        String html = "<html><head><title>Story</title></head><body><p>" + paragraphs(sentence)
                + "</p></body></html>";
        assertDecoded(INGESTOR.ingest("story.html", html.getBytes(Charset.forName(charset))), sentence);
    }

    @Test
    void byteOrderMarksWin() {
        String sentence = "The caf\u00e9 owner\u2019s reply: \u201cnot today\u201d \u2014 \u041c\u043e\u0441\u043a\u0432\u0430.";
        for (Charset cs : new Charset[] {StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes("\ufeff".getBytes(cs));
            out.writeBytes(paragraphs(sentence).getBytes(cs));
            ExtractedDocument doc = INGESTOR.ingest("bom.txt", out.toByteArray());
            assertDecoded(doc, sentence);
            assertFalse(doc.text().startsWith("\ufeff"), "the mark is not text");
        }
    }

    @Test
    void aWrongDeclarationIsStillReadAsDeclared() {
        // Windows-1252 bytes declared as ISO-8859-1: browsers read the label as 1252, and so do we.
        String sentence = "The mayor\u2019s \u201cfinal\u201d answer \u2014 no.";
        String html = "<html><head><meta charset=\"iso-8859-1\"><title>Story</title></head><body><p>" + sentence
                + "</p></body></html>";
        assertDecoded(INGESTOR.ingest("story.html", html.getBytes(Charset.forName("windows-1252"))), sentence);
    }

    private static String paragraphs(String sentence) {
        return sentence + "\n\n" + sentence + "\n\n" + sentence + "\n";
    }

    private static void assertDecoded(ExtractedDocument doc, String sentence) {
        assertTrue(doc.problems().isEmpty(), doc.problems().toString());
        assertTrue(doc.text().contains(sentence), "decoded as written: " + doc.text());
        assertFalse(DAMAGE.matcher(doc.text()).find(), "no decoding damage");
        assertEquals(-1, doc.text().indexOf('\ufffd'));
    }
}
