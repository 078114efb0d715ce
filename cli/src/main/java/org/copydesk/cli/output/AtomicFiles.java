package org.copydesk.cli.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes files through a temporary sibling and a rename, so a killed run leaves no half-written report. */
public final class AtomicFiles {

    /** Writes a file's content to a writer, for files too large to hold as one string. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Writer out) throws IOException;
    }

    private AtomicFiles() {
    }

    public static void write(Path target, String content) throws IOException {
        write(target, out -> out.write(content));
    }

    /**
     * Streams {@code content} to a temporary sibling of {@code target}, then renames it; a failure (an
     * {@link UncheckedIOException} from the content too) removes the sibling and leaves {@code target} as it was.
     */
    public static void write(Path target, Content content) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path tmp = parent.resolve(target.getFileName() + ".tmp");
        try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            content.writeTo(out);
        } catch (UncheckedIOException e) {
            Files.deleteIfExists(tmp);
            throw new IOException(e.getMessage(), e.getCause());
        } catch (IOException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
