package org.copydesk.cli.run;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;

/**
 * How a run's logs ({@link EntrySpill}, {@link ReportSpill}) are written again when the run ends: the records to
 * keep go to a new hidden sibling (created exclusively, so never through a planted link), which is then renamed
 * over the log; on any failure the sibling is removed and the log stays as it was.
 */
final class LogRewrite {

    /** Writes the records to keep into {@code out}. */
    interface Records {
        void writeTo(FileChannel out) throws IOException;
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private LogRewrite() {
    }

    static void rewrite(Path file, Records records) throws IOException {
        Path fresh = file.resolveSibling(file.getFileName() + "-" + Long.toHexString(RANDOM.nextLong()) + ".tmp");
        try (FileChannel out = FileChannel.open(fresh, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            records.writeTo(out);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(fresh);
            throw e;
        }
        Files.move(fresh, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Writes all of {@code buffer}, from its position to its limit. */
    static void writeAll(FileChannel out, ByteBuffer buffer) throws IOException {
        while (buffer.hasRemaining()) {
            out.write(buffer);
        }
    }
}
