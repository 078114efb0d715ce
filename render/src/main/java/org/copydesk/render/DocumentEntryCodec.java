package org.copydesk.render;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.copydesk.core.Severity;
import org.copydesk.core.SourceIdentity;
import org.copydesk.core.Verdict;

/**
 * A {@link DocumentEntry} as bytes and back, exactly: how a run keeps its entries out of memory until the run-level
 * files are written (the command line's entry log, the Spark job's rows), so that those files come out the same
 * from every front end.
 */
public final class DocumentEntryCodec {

    private static final Verdict[] VERDICTS = Verdict.values();
    private static final Severity[] SEVERITIES = Severity.values();

    private DocumentEntryCodec() {
    }

    /** The bytes of {@code e}. */
    public static byte[] encode(DocumentEntry e) {
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
                out.writeBoolean(h.confidence() != null);
                if (h.confidence() != null) {
                    out.writeDouble(h.confidence());
                }
                out.writeInt(h.basis().size());
                for (String field : h.basis()) {
                    string(out, field);
                }
                out.writeByte(h.gradedFrom() == null ? -1 : h.gradedFrom().ordinal());
            }
        } catch (IOException impossible) { // a byte array does not fail
            throw new UncheckedIOException(impossible);
        }
        return bytes.toByteArray();
    }

    /** The entry {@link #encode} gave {@code bytes} for; an {@link IOException} when they are damaged. */
    public static DocumentEntry decode(byte[] bytes) throws IOException {
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
                String rule = string(in);
                Severity severity = SEVERITIES[in.readUnsignedByte()];
                String message = string(in);
                int line = in.readInt();
                int column = in.readInt();
                int startLine = in.readInt();
                int startColumn = in.readInt();
                int endLine = in.readInt();
                int endColumn = in.readInt();
                String snippet = string(in);
                String fingerprint = string(in);
                boolean baselined = in.readBoolean();
                Double confidence = in.readBoolean() ? in.readDouble() : null;
                int fields = in.readInt();
                if (fields < 0 || fields > in.available()) {
                    throw new IOException("damaged entry: " + fields + " basis fields");
                }
                List<String> basis = new ArrayList<>(fields);
                for (int f = 0; f < fields; f++) {
                    basis.add(string(in));
                }
                byte graded = in.readByte();
                hits.add(new DocumentEntry.Hit(rule, severity, message, line, column, startLine, startColumn,
                        endLine, endColumn, snippet, fingerprint, baselined, confidence, basis,
                        graded < 0 ? null : SEVERITIES[graded]));
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
