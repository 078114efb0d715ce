package org.copydesk.cli.run;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.copydesk.core.Report;
import org.copydesk.engine.ReportBytes;

/**
 * The run's reports, kept until the corpus pass has compared the documents: the pass may add to any report
 * written so far, and a run over a whole crawl cannot hold its reports on the heap. Each report is appended
 * compressed ({@link ReportBytes}) as its worker finishes it; only its place in the file stays in memory. A
 * document the pass does not compare is logged with no report, so that a later run knows it was seen.
 *
 * <p>With an output folder the file is a log kept there ({@link #LOG}), which a {@code --resume} run reads back:
 * each record is the report name's length and bytes, the report's length and bytes; a record cut short by a
 * killed run is dropped, the last record of a name wins, and a document resumed from it is {@linkplain #adopt
 * adopted} with its report. When the run ends the log is written again with this run's records alone. Without
 * an output folder it is a scratch file, deleted at the end. Thread-safe.
 */
public final class ReportSpill implements Closeable {

    /** The log's name in the output folder (a dot name: input walks skip it). */
    public static final String LOG = ".copydesk-reports";

    private record Slot(long offset, int length) {
    }

    private final Path file;
    private final boolean kept;
    private final FileChannel channel;
    private final Map<String, Slot> slots = new HashMap<>();
    private final Map<String, Slot> earlier = new HashMap<>(); // looked up, never iterated
    private long end;

    private ReportSpill(Path file, boolean kept, Set<OpenOption> options) throws IOException {
        this.file = file;
        this.kept = kept;
        this.channel = FileChannel.open(file, options);
    }

    /** A scratch file in the system's temporary folder, deleted on {@link #close}. */
    public static ReportSpill scratch() throws IOException {
        Path f = Files.createTempFile("copydesk-reports-", ".tmp");
        return new ReportSpill(f, false, Set.of(StandardOpenOption.READ, StandardOpenOption.WRITE,
                StandardOpenOption.DELETE_ON_CLOSE));
    }

    /**
     * The log {@code file}, kept after the run. With {@code resume}, the reports an earlier run logged there can
     * be {@linkplain #adopt adopted}; without, it starts empty.
     */
    public static ReportSpill log(Path file, boolean resume) throws IOException {
        if (Files.isSymbolicLink(file)) { // not Copydesk's: removed (the link, not what it points to)
            Files.delete(file);
        }
        Set<OpenOption> options = new HashSet<>(List.of(StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS));
        if (!resume) {
            options.add(StandardOpenOption.TRUNCATE_EXISTING);
        }
        ReportSpill spill = new ReportSpill(file, true, options);
        if (resume) {
            spill.recover();
        }
        return spill;
    }

    /** The file the reports are kept in. */
    Path file() {
        return file;
    }

    /** Keeps {@code report} (or, when null, only that the document was seen) under {@code reportName}. */
    public void put(String reportName, Report report) throws IOException {
        byte[] bytes = report == null ? new byte[0] : ReportBytes.encode(report); // the costly part, unlocked
        byte[] name = reportName.getBytes(StandardCharsets.UTF_8);
        ByteBuffer record = ByteBuffer.allocate(2 * Integer.BYTES + name.length + bytes.length)
                .putInt(name.length).put(name).putInt(bytes.length).put(bytes).flip();
        synchronized (this) {
            long at = end;
            while (record.hasRemaining()) {
                at += channel.write(record, at);
            }
            slots.put(reportName, new Slot(at - bytes.length, bytes.length));
            end = at;
        }
    }

    /**
     * Takes what an earlier run logged for {@code reportName} into this run: empty when it logged nothing (the
     * document must be checked again), an empty optional inside when it logged the document without a report.
     */
    public Optional<Optional<Report>> adopt(String reportName) throws IOException {
        Slot s;
        synchronized (this) {
            s = earlier.remove(reportName);
            if (s == null) {
                return Optional.empty();
            }
            slots.put(reportName, s);
        }
        return Optional.of(s.length() == 0 ? Optional.empty() : Optional.of(read(reportName, s)));
    }

    /** The report kept under {@code reportName}; an {@link IOException} when there is none or it cannot be read. */
    public Report get(String reportName) throws IOException {
        Slot s;
        synchronized (this) {
            s = slots.get(reportName);
        }
        if (s == null || s.length() == 0) {
            throw new IOException("no report kept for " + reportName);
        }
        return read(reportName, s);
    }

    private Report read(String reportName, Slot s) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(s.length());
        readFully(buffer, s.offset());
        return ReportBytes.decode(buffer.array());
    }

    private void readFully(ByteBuffer buffer, long from) throws IOException {
        long at = from;
        while (buffer.hasRemaining()) {
            int n = channel.read(buffer, at);
            if (n < 0) {
                throw new IOException(file + " ends at " + at + ", inside a record");
            }
            at += n;
        }
    }

    /** Reads the records an earlier run logged; the last one of a name wins; a cut-off tail is dropped. */
    private void recover() throws IOException {
        long size = channel.size();
        long at = 0;
        ByteBuffer head = ByteBuffer.allocate(Integer.BYTES);
        while (true) {
            int nameLength = intAt(head, at, size);
            if (nameLength < 0 || at + Integer.BYTES + nameLength > size) {
                break;
            }
            ByteBuffer name = ByteBuffer.allocate(nameLength);
            readFully(name, at + Integer.BYTES);
            long lengthAt = at + Integer.BYTES + nameLength;
            int length = intAt(head, lengthAt, size);
            if (length < 0 || lengthAt + Integer.BYTES + length > size) {
                break;
            }
            earlier.put(new String(name.array(), StandardCharsets.UTF_8),
                    new Slot(lengthAt + Integer.BYTES, length));
            at = lengthAt + Integer.BYTES + length;
        }
        channel.truncate(at);
        end = at;
    }

    /** The int at {@code at}, or -1 when the file ends before it. */
    private int intAt(ByteBuffer head, long at, long size) throws IOException {
        if (at + Integer.BYTES > size) {
            return -1;
        }
        head.clear();
        readFully(head, at);
        return head.flip().getInt();
    }

    /** Writes a kept log again with this run's records alone, by name, then closes it; deletes a scratch file. */
    @Override
    public synchronized void close() throws IOException {
        try (channel) {
            if (kept) {
                compact();
            }
        }
        if (!kept) {
            Files.deleteIfExists(file);
        }
    }

    private void compact() throws IOException {
        LogRewrite.rewrite(file, out -> {
            for (Map.Entry<String, Slot> e : new TreeMap<>(slots).entrySet()) {
                byte[] name = e.getKey().getBytes(StandardCharsets.UTF_8);
                Slot s = e.getValue();
                ByteBuffer record = ByteBuffer.allocate(2 * Integer.BYTES + name.length + s.length())
                        .putInt(name.length).put(name).putInt(s.length());
                readFully(record, s.offset());
                LogRewrite.writeAll(out, record.flip());
            }
        });
    }
}
