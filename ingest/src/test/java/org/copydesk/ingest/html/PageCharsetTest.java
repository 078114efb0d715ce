package org.copydesk.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.tika.metadata.Metadata;
import org.junit.jupiter.api.Test;

/** Which pages are taken for UTF-8 before Tika's own detection, and ISO-8859-1 read as Windows-1252. */
class PageCharsetTest {

    private static final byte[] CAFE = "<p>Caf\u00e9 prices rose in spring.</p>".getBytes(StandardCharsets.UTF_8);

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    @Test
    void wellFormedUtf8WithNonAsciiTextIsUtf8() {
        assertTrue(PageCharset.isUtf8WithNonAscii(CAFE, false));
    }

    @Test
    void plainAsciiSaysNothingAboutTheCharset() {
        assertFalse(PageCharset.isUtf8WithNonAscii("<p>Prices rose.</p>".getBytes(StandardCharsets.US_ASCII), false));
    }

    @Test
    void sequencesTheStandardForbidsAreNotUtf8() {
        assertFalse(PageCharset.isUtf8WithNonAscii(bytes('a', 0xed, 0xa0, 0x80, 'b'), false), "a surrogate");
        assertFalse(PageCharset.isUtf8WithNonAscii(bytes('a', 0xe0, 0x80, 0xaf, 'b'), false), "an overlong slash");
        assertFalse(PageCharset.isUtf8WithNonAscii(bytes('a', 0xf4, 0x90, 0x80, 0x80, 'b'), false), "above U+10FFFF");
        assertFalse(PageCharset.isUtf8WithNonAscii(bytes('a', 0xc3, 'b'), false), "a lone lead byte");
    }

    @Test
    void aSequenceCutOffWhereTheCheckStoppedReadingIsForgiven() {
        byte[] cut = Arrays.copyOf(CAFE, CAFE.length + 2);
        cut[CAFE.length] = (byte) 0xe2; // the first two bytes of a three-byte dash
        cut[CAFE.length + 1] = (byte) 0x80;
        assertTrue(PageCharset.isUtf8WithNonAscii(cut, true));
        assertFalse(PageCharset.isUtf8WithNonAscii(cut, false), "the whole page was read: the end is broken");
    }

    @Test
    void aCutOffSequenceIsNotTheOnlyNonAsciiTextNeeded() {
        assertFalse(PageCharset.isUtf8WithNonAscii(bytes('a', 'b', 0xe2, 0x80), true));
    }

    @Test
    void latin1BytesFallBackToTikaAndAreReadAsWindows1252() throws IOException {
        byte[] page = ("<html><head><meta charset=\"iso-8859-1\"></head><body><p>Caf\u00e9 prices rose.</p>"
                + "</body></html>").getBytes(StandardCharsets.ISO_8859_1);
        Charset cs = new PageCharset().detect(new ByteArrayInputStream(page), new Metadata());
        assertEquals(Charset.forName("windows-1252"), cs);
    }
}
