package org.copydesk.cli.output;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.copydesk.core.Severity;
import org.copydesk.core.SourceIdentity;
import org.copydesk.core.Verdict;

/**
 * The run's {@link DocumentEntry DocumentEntries}, kept in a file rather than in memory: only each entry's names
 * and place in the file stay on the heap (a couple of hundred bytes a document, whatever its findings), so that a
 * SARIF or JUnit run over a whole crawl does not grow with its findings. Not thread-safe by itself:
 * {@link RunSummary} calls it under its own lock.
 *
 * <p>The file is a log kept in the output directory, which a {@code --resume} run reads back: each record is its
 * length and the entry, appended as a document's report finishes (before its JSON report is written), so an
 * entry exists for every complete report; a record cut short by a killed run is dropped.
 */
final class EntrySpill implements Closeable {

    /** Where one entry lies in the file, with the names it is sorted by. */
    private record Slot(String reportName, String path, long offset, int length) {
    }

    private static final Comparator<Slot> ORDER = Comparator.comparing(Slot::reportName).thenComparing(Slot::path);
    private static final Verdict[] VERDICTS = Verdict.values();
    private static final Severity[] SEVERITIES = Severity.values();

    private final Path file;
    private final FileChannel channel;
    private final List<Slot> slots = new ArrayList<>();
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

    void add(DocumentEntry entry) throws IOException {
        byte[] bytes = encode(entry);
        ByteBuffer buffer = ByteBuffer.allocate(Integer.BYTES + bytes.length).putInt(bytes.length).put(bytes).flip();
        long at = end;
        while (buffer.hasRemaining()) {
            at += channel.write(buffer, at);
        }
        slots.add(new Slot(entry.reportName(), entry.source().path(), end + Integer.BYTES, bytes.length));
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
        slots.add(s);
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
        List<Slot> order = slots.stream().sorted(ORDER).toList();
        return () -> new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < order.size();
            }

            @Override
            public DocumentEntry next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return read(order.get(next++));
            }
        };
    }

    private DocumentEntry read(Slot slot) {
        ByteBuffer buffer = ByteBuffer.allocate(slot.length());
        try {
            readFully(buffer, slot.offset());
            return decode(buffer.array());
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

    @Override
    public void close() throws IOException {
        channel.close();
    }

    static byte[] encode(DocumentEntry e) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            string(out, e.reportName());
            SourceIdentity s = e.source();
            string(out, s.path());
            string(out, s.sha256());
            string(out, s.mediaType());
            out.writeLong(s.bytes());
            string(out, e.uri());
            out.writeByte(e.verdict().ordinal());
            out.writeInt(e.hits().size());
            for (DocumentEntry.Hit h : e.hits()) {
                string(out, h.rule());
                out.writeByte(h.severity().ordinal());
                string(out, h.message());
                out.writeInt(h.line());
                out.writeInt(h.column());
                out.writeInt(h.startLine());
                out.writeInt(h.startColumn());
                out.writeInt(h.endLine());
                out.writeInt(h.endColumn());
                string(out, h.snippet());
                string(out, h.fingerprint());
                out.writeBoolean(h.baselined());
            }
        } catch (IOException impossible) { // a byte array does not fail
            throw new UncheckedIOException(impossible);
        }
        return bytes.toByteArray();
    }

    static DocumentEntry decode(byte[] bytes) throws IOException {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            String reportName = string(in);
            SourceIdentity source = new SourceIdentity(string(in), string(in), string(in), in.readLong());
            String uri = string(in);
            Verdict verdict = VERDICTS[in.readUnsignedByte()];
            int count = in.readInt();
            if (count < 0 || count > in.available()) {
                throw new IOException("damaged entry: " + count + " findings");
            }
            List<DocumentEntry.Hit> hits = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                hits.add(new DocumentEntry.Hit(string(in), SEVERITIES[in.readUnsignedByte()], string(in),
                        in.readInt(), in.readInt(), in.readInt(), in.readInt(), in.readInt(), in.readInt(),
                        string(in), string(in), in.readBoolean()));
            }
            return new DocumentEntry(reportName, source, uri, verdict, hits);
        }
    }

    /**
     * A string as its length in UTF-16 code units and those units, {@code null} as length -1: exact for any
     * string (a lone surrogate in a message survives, which UTF-8 would replace) and without writeUTF's 64 KB limit.
     */
    private static void string(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        out.writeInt(s.length());
        out.writeChars(s);
    }

    private static String string(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            return null;
        }
        if (length > in.available() / 2) {
            throw new IOException("damaged entry: a string of " + length + " characters");
        }
        char[] c = new char[length];
        for (int i = 0; i < length; i++) {
            c[i] = in.readChar();
        }
        return new String(c);
    }
}
