package org.copydesk.cli.run;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import org.copydesk.core.Report;
import org.copydesk.engine.ReportBytes;

/**
 * The run's reports, kept in a scratch file until the corpus pass has compared the documents: the pass may add to
 * any report written so far, and a run over a whole crawl cannot hold its reports on the heap. Each report is
 * written compressed as the worker finishes it; only its place in the file stays in memory (report name to
 * offset and length). The file is deleted on {@link #close}. Thread-safe.
 */
public final class ReportSpill implements Closeable {

    private record Slot(long offset, int length) {
    }

    private final Path file;
    private final FileChannel channel;
    private final Map<String, Slot> slots = new HashMap<>();
    private long end;

    private ReportSpill(Path file) throws IOException {
        this.file = file;
        this.channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE,
                StandardOpenOption.DELETE_ON_CLOSE);
    }

    /** A new scratch file in {@code folder} (the output folder, else the system's temporary folder). */
    public static ReportSpill in(Path folder) throws IOException {
        Path f = folder == null ? Files.createTempFile("copydesk-reports-", ".tmp")
                : Files.createTempFile(folder, ".copydesk-reports-", ".tmp");
        return new ReportSpill(f);
    }

    /** Keeps {@code report} under {@code reportName}, replacing one kept before under that name. */
    public void put(String reportName, Report report) throws IOException {
        byte[] bytes = ReportBytes.encode(report); // outside the lock: the costly part, on the worker's own thread
        synchronized (this) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            long at = end;
            while (buffer.hasRemaining()) {
                at += channel.write(buffer, at);
            }
            slots.put(reportName, new Slot(end, bytes.length));
            end = at;
        }
    }

    /** Whether a report is kept under {@code reportName}. */
    public synchronized boolean has(String reportName) {
        return slots.containsKey(reportName);
    }

    /** The report kept under {@code reportName}; an {@link IOException} when there is none or it cannot be read. */
    public Report get(String reportName) throws IOException {
        ByteBuffer buffer;
        synchronized (this) {
            Slot s = slots.get(reportName);
            if (s == null) {
                throw new IOException("no report kept for " + reportName);
            }
            buffer = ByteBuffer.allocate(s.length());
            long at = s.offset();
            while (buffer.hasRemaining()) {
                int n = channel.read(buffer, at);
                if (n < 0) {
                    throw new IOException(file + " ends inside the report of " + reportName);
                }
                at += n;
            }
        }
        return ReportBytes.decode(buffer.array());
    }

    @Override
    public synchronized void close() throws IOException {
        channel.close();
        Files.deleteIfExists(file);
    }
}
