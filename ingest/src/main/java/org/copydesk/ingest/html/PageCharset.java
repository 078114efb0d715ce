package org.copydesk.ingest.html;

import com.google.common.base.Utf8;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.metadata.Metadata;
import org.copydesk.ingest.parse.Latin1AsWindows1252;

/**
 * The charset of an HTML page, for Tika's HTML parser: a byte-order mark first, then UTF-8 when the bytes are
 * valid UTF-8 with some non-ASCII text, else Tika's own detection (meta charset, then statistics), with
 * ISO-8859-1 read as Windows-1252 as browsers do ({@link Latin1AsWindows1252}). UTF-8 is checked before the
 * meta tag because Tika looks for the tag only in the page's first 8 KB, and many pages declare it after
 * kilobytes of scripts, where a statistical guess then misreads UTF-8 as Windows-1252.
 */
public final class PageCharset implements EncodingDetector {

    private static final long serialVersionUID = 1L;
    /** How much of the page is checked for UTF-8; pages longer than this are judged by their beginning. */
    private static final int CHECK_LIMIT = 4 << 20;

    private final EncodingDetector tika = new Latin1AsWindows1252();

    @Override
    public Charset detect(InputStream in, Metadata md) throws IOException {
        if (in == null || !in.markSupported()) {
            return in == null ? null : tika.detect(in, md);
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
        return tika.detect(in, md);
    }

    /**
     * Whether {@code b} is well-formed UTF-8 ({@link Utf8#isWellFormed}: no overlong forms, no surrogates, nothing
     * above U+10FFFF) holding some non-ASCII text. When {@code truncated} the check stopped reading inside the
     * page, so a sequence cut off at the end is left out.
     */
    static boolean isUtf8WithNonAscii(byte[] b, boolean truncated) {
        int end = truncated ? endOfCompleteSequences(b) : b.length;
        return hasNonAscii(b, end) && Utf8.isWellFormed(b, 0, end);
    }

    /** Where the last complete sequence of {@code b} ends: before a lead byte whose continuation was cut off. */
    private static int endOfCompleteSequences(byte[] b) {
        int lead = b.length - 1;
        while (lead > 0 && lead > b.length - 4 && (b[lead] & 0xc0) == 0x80) {
            lead--; // at most three continuation bytes follow a lead byte
        }
        if (lead < 0) {
            return b.length;
        }
        int c = b[lead] & 0xff;
        int length = c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 1;
        return lead + length > b.length ? lead : b.length;
    }

    private static boolean hasNonAscii(byte[] b, int end) {
        for (int i = 0; i < end; i++) {
            if (b[i] < 0) {
                return true;
            }
        }
        return false;
    }
}
