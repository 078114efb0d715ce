package org.copydesk.ingest.parse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.apache.tika.detect.DefaultEncodingDetector;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.metadata.Metadata;

/**
 * Tika's charset detection (byte-order mark, meta charset, statistics), except that ISO-8859-1 is read as
 * Windows-1252, as browsers do (WHATWG Encoding): detectors report 1252 text as Latin-1, whose decoding would
 * turn curly quotes and dashes into invisible C1 control characters. Every charset detection in ingest ends
 * here, so that plain text and HTML pages decode alike.
 */
public final class Latin1AsWindows1252 implements EncodingDetector {

    private static final long serialVersionUID = 1L;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final EncodingDetector tika = new DefaultEncodingDetector();

    @Override
    public Charset detect(InputStream input, Metadata metadata) throws IOException {
        Charset cs = tika.detect(input, metadata);
        return StandardCharsets.ISO_8859_1.equals(cs) ? WINDOWS_1252 : cs;
    }
}
