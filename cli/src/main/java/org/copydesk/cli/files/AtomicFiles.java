package org.copydesk.cli.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Writes files through a temporary sibling and a rename, so a killed run leaves no half-written report, and so
 * that nothing planted in the output folder can redirect a write: the temporary file is created new and
 * exclusively under an unpredictable name (an existing file or link there makes the creation fail, it is never
 * followed), and the rename replaces whatever is at the final name, a symbolic link included, instead of writing
 * through it. A file written under a root ({@link #writeUnder}) must lie under that root both as named and after
 * every symbolic link on its way is resolved.
 */
public final class AtomicFiles {

    /** Writes a file's content to a writer, for files too large to hold as one string. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Writer out) throws IOException;
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String TEMP_PREFIX = ".copydesk-";
    private static final String TEMP_SUFFIX = ".tmp";

    private AtomicFiles() {
    }

    public static void write(Path target, String content) throws IOException {
        write(target, out -> out.write(content));
    }

    /**
     * Streams {@code content} to a new temporary sibling of {@code target}, then renames it; a failure (an
     * {@link UncheckedIOException} from the content too) removes the sibling and leaves {@code target} as it was.
     */
    public static void write(Path target, Content content) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        replace(parent.resolve(target.getFileName()), content);
    }

    /** {@link #writeUnder(Path, String, Content)} of one string. */
    public static void writeUnder(Path root, String relative, String content) throws IOException {
        writeUnder(root, relative, out -> out.write(content));
    }

    /**
     * Writes {@code root/relative}, refusing (with an {@link IOException}) a name that leads outside {@code root}
     * once normalised, or a folder on the way that a symbolic link takes outside it. {@code root} is the output
     * folder's real path ({@link Path#toRealPath}), resolved once for the run, not once a file.
     */
    public static void writeUnder(Path root, String relative, Content content) throws IOException {
        Path target = root.resolve(relative).normalize();
        if (!target.startsWith(root) || target.equals(root)) {
            throw new IOException("the name " + relative + " leads outside the output folder");
        }
        Path parent = target.getParent();
        Files.createDirectories(parent);
        Path real = parent.toRealPath();
        if (!real.startsWith(root)) {
            throw new IOException("a symbolic link under the output folder leads " + relative + " outside it");
        }
        replace(real.resolve(target.getFileName()), content);
    }

    private static void replace(Path target, Content content) throws IOException {
        Path tmp = target.resolveSibling(TEMP_PREFIX + HexFormat.of().formatHex(randomBytes()) + TEMP_SUFFIX);
        // CREATE_NEW is O_CREAT|O_EXCL: it fails on anything already there, a symbolic link included (and what
        // was there is not ours to remove)
        Writer opened = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE);
        try (Writer out = opened) {
            content.writeTo(out);
        } catch (UncheckedIOException e) {
            Files.deleteIfExists(tmp);
            throw new IOException(e.getMessage(), e.getCause());
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        try {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
    }

    private static byte[] randomBytes() {
        byte[] b = new byte[8];
        RANDOM.nextBytes(b);
        return b;
    }
}
