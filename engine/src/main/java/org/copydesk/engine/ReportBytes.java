package org.copydesk.engine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;
import org.copydesk.core.Report;

/**
 * A {@link Report} as compact bytes and back, whole (its document's text, segments, metadata and provenance
 * included): how a run keeps its reports aside until the corpus pass has compared the documents, on disk in the
 * CLI and in a column of the Spark job. Java serialisation, compressed; reading accepts only the classes a report
 * is made of, so bytes that are not a report fail instead of building arbitrary objects.
 */
public final class ReportBytes {

    private static final ObjectInputFilter ONLY_REPORTS = ObjectInputFilter.Config.createFilter(
            "maxdepth=40;org.copydesk.core.*;java.lang.*;java.util.*;java.time.*;com.google.common.collect.*;!*");

    private ReportBytes() {
    }

    public static byte[] encode(Report report) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try (ObjectOutputStream out = new ObjectOutputStream(new DeflaterOutputStream(bytes, deflater, 8192))) {
            out.writeObject(report);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serialise a report", e); // in memory: never
        } finally {
            deflater.end();
        }
        return bytes.toByteArray();
    }

    /** The report {@link #encode} made {@code bytes} of; an {@link IOException} for anything else. */
    public static Report decode(byte[] bytes) throws IOException {
        try (InputStream in = new InflaterInputStream(new ByteArrayInputStream(bytes));
                ObjectInputStream objects = new ObjectInputStream(in)) {
            objects.setObjectInputFilter(ONLY_REPORTS);
            return (Report) objects.readObject();
        } catch (IOException | ClassNotFoundException | ClassCastException | IllegalArgumentException e) {
            // damaged, cut short, or a class a report is not made of (refused before it is built)
            throw new IOException("not a kept report: " + e.getMessage(), e);
        }
    }
}
