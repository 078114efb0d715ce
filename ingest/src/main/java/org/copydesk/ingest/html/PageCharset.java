package org.copydesk.ingest.html;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.apache.tika.detect.DefaultEncodingDetector;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.metadata.Metadata;

/**
 * The charset of an HTML page, for Tika's HTML parser: a byte-order mark first, then UTF-8 when the bytes are
 * valid UTF-8 with some non-ASCII text, else Tika's own detection (meta charset, then statistics), with
 * ISO-8859-1 read as Windows-1252 as browsers do. UTF-8 is checked before the meta tag because Tika looks for
 * the tag only in the page's first 8 KB, and many pages declare it after kilobytes of scripts, where a
 * statistical guess then misreads UTF-8 as Windows-1252.
 */
public final class PageCharset implements EncodingDetector {

    private static final long serialVersionUID = 1L;
    /** How much of the page is checked for UTF-8; pages longer than this are judged by their beginning. */
    private static final int CHECK_LIMIT = 4 << 20;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final EncodingDetector tika = new DefaultEncodingDetector();

    @Override
    public Charset detect(InputStream in, Metadata md) throws IOException {
        if (in == null || !in.markSupported()) {
            return in == null ? null : latin1As1252(tika.detect(in, md));
        }
        in.mark(CHECK_LIMIT);
        byte[] head = in.readNBytes(CHECK_LIMIT);
        in.reset();
        if (head.length >= 3 && (head[0] & 0xff) == 0xef && (head[1] & 0xff) == 0xbb && (head[2] & 0xff) == 0xbf) {
            return StandardCharsets.UTF_8;
        }
        if (head.length >= 2 && (head[0] & 0xff) == 0xfe && (head[1] & 0xff) == 0xff) {
            return StandardCharsets.UTF_16BE;
        }
        if (head.length >= 2 && (head[0] & 0xff) == 0xff && (head[1] & 0xff) == 0xfe) {
            return StandardCharsets.UTF_16LE;
        }
        if (isUtf8WithNonAscii(head, head.length == CHECK_LIMIT)) {
            return StandardCharsets.UTF_8;
        }
        return latin1As1252(tika.detect(in, md));
    }

    /** ISO-8859-1 is read as Windows-1252, as browsers do (and as the rest of ingest does). */
    private static Charset latin1As1252(Charset cs) {
        return StandardCharsets.ISO_8859_1.equals(cs) ? WINDOWS_1252 : cs;
    }

    /** Whether {@code b} is well-formed UTF-8 with at least one multi-byte sequence (a cut-off end allowed). */
    static boolean isUtf8WithNonAscii(byte[] b, boolean truncated) {
        boolean multi = false;
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xff;
            int n = c < 0x80 ? 0 : c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2
                    : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
            if (n < 0) {
                return false;
            }
            if (i + n >= b.length) {
                return truncated && multi; // a sequence cut off where the check stopped reading
            }
            for (int k = 1; k <= n; k++) {
                if ((b[i + k] & 0xc0) != 0x80) {
                    return false;
                }
            }
            multi |= n > 0;
            i += n + 1;
        }
        return multi;
    }
}
