package org.copydesk.cli.run;

import com.google.common.collect.Iterables;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.copydesk.render.DocumentEntry;
import org.copydesk.render.DocumentEntryCodec;

/**
 * The run's {@link DocumentEntry DocumentEntries}, kept in a file rather than in memory: only each entry's names
 * and place in the file stay on the heap (a couple of hundred bytes a document, whatever its findings), so that a
 * SARIF or JUnit run over a whole crawl does not grow with its findings. Not thread-safe by itself:
 * {@link RunSummary} calls it under its own lock.
 *
 * <p>The file is a log kept in the output directory, which a {@code --resume} run reads back: each record is its
 * length and the entry ({@link DocumentEntryCodec}), appended as a document's report finishes (before its JSON
 * report is written), so an entry exists for every complete report; a record cut short by a killed run is
 * dropped. When the run ends, the log is written again with this run's entries alone, sorted as
 * {@link #sorted} gives them: a finished run leaves the same bytes whatever order its workers finished in and
 * whatever an earlier run left.
 */
final class EntrySpill implements Closeable {

    /** Where one entry lies in the file, with the names it is sorted by. */
    private record Slot(String reportName, String path, long offset, int length) {
    }

    /** A document of the run: its report name and path. */
    private record Key(String reportName, String path) {
    }

    private static final Comparator<Slot> ORDER = Comparator.comparing(Slot::reportName).thenComparing(Slot::path);

    private final Path file;
    private final FileChannel channel;
    private final Map<Key, Slot> slots = new HashMap<>(); // a later entry of the same document replaces one
    private final Map<String, Slot> earlier = new HashMap<>(); // looked up, never iterated
    private long end;

    private EntrySpill(Path file, boolean resume) throws IOException {
        this.file = file;
        Set<OpenOption> options = new HashSet<>(List.of(StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)); // O_NOFOLLOW: never through a link
        if (!resume) {
            options.add(StandardOpenOption.TRUNCATE_EXISTING);
        }
        this.channel = FileChannel.open(file, options);
        if (resume) {
            recover();
        }
    }

    /**
     * A log at {@code file}, kept after the run. With {@code resume}, the entries an earlier run left there can be
     * {@linkplain #adopt adopted}; without, the file starts empty.
     */
    static EntrySpill log(Path file, boolean resume) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        if (Files.isSymbolicLink(file)) { // not Copydesk's: removed (the link, not what it points to)
            Files.delete(file);
        }
        return new EntrySpill(file, resume);
    }

    /** Logs {@code entry}; one logged before in this run for the same report name and path is replaced by it. */
    void add(DocumentEntry entry) throws IOException {
        byte[] bytes = DocumentEntryCodec.encode(entry);
        ByteBuffer buffer = ByteBuffer.allocate(Integer.BYTES + bytes.length).putInt(bytes.length).put(bytes).flip();
        long at = end;
        while (buffer.hasRemaining()) {
            at += channel.write(buffer, at);
        }
        slots.put(new Key(entry.reportName(), entry.source().path()), new Slot(entry.reportName(), entry.source().path(), end + Integer.BYTES,
                bytes.length));
        end = at;
    }

    /**
     * Takes the entry an earlier run logged for {@code reportName} into this run, as if it had been added; false
     * when there is none (the document must be checked again to have one).
     */
    boolean adopt(String reportName) {
        Slot s = earlier.remove(reportName);
        if (s == null) {
            return false;
        }
        slots.put(new Key(s.reportName(), s.path()), s);
        return true;
    }

    /** Reads the records an earlier run logged; the last one of a report name wins; a cut-off tail is dropped. */
    private void recover() throws IOException {
        long size = channel.size();
        long at = 0;
        ByteBuffer head = ByteBuffer.allocate(Integer.BYTES);
        while (at + Integer.BYTES <= size) {
            head.clear();
            readFully(head, at);
            int length = head.flip().getInt();
            if (length < 0 || at + Integer.BYTES + length > size) {
                break;
            }
            Slot slot = new Slot(null, null, at + Integer.BYTES, length);
            DocumentEntry e;
            try {
                e = read(slot);
            } catch (RuntimeException damaged) { // UncheckedIOException included: cut short or damaged
                break;
            }
            earlier.put(e.reportName(), new Slot(e.reportName(), e.source().path(), slot.offset(), length));
            at += Integer.BYTES + length;
        }
        channel.truncate(at);
        end = at;
    }

    int size() {
        return slots.size();
    }

    /**
     * The entries sorted by report name, then path, so that run-level files do not depend on the order workers
     * finished in. Each iteration reads them from the file again; reading fails with {@link UncheckedIOException}.
     */
    Iterable<DocumentEntry> sorted() {
        return Iterables.transform(slots.values().stream().sorted(ORDER).toList(), this::read);
    }

    private DocumentEntry read(Slot slot) {
        ByteBuffer buffer = ByteBuffer.allocate(slot.length());
        try {
            readFully(buffer, slot.offset());
            return DocumentEntryCodec.decode(buffer.array());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read back the run's entries from " + file + ": "
                    + e.getMessage(), e);
        }
    }

    private void readFully(ByteBuffer buffer, long from) throws IOException {
        long at = from;
        while (buffer.hasRemaining()) {
            int n = channel.read(buffer, at);
            if (n < 0) {
                throw new IOException("the file ends at " + at + ", inside an entry");
            }
            at += n;
        }
    }

    /** Writes the log again, sorted, then closes it. */
    @Override
    public void close() throws IOException {
        try (channel) {
            compact();
        }
    }

    /**
     * The log with this run's entries only, in sorted order, written to a new hidden sibling (created exclusively)
     * and renamed over the log.
     */
    private void compact() throws IOException {
        LogRewrite.rewrite(file, out -> {
            for (Slot slot : slots.values().stream().sorted(ORDER).toList()) {
                ByteBuffer record = ByteBuffer.allocate(Integer.BYTES + slot.length()).putInt(slot.length());
                readFully(record, slot.offset());
                LogRewrite.writeAll(out, record.flip());
            }
        });
    }
}
