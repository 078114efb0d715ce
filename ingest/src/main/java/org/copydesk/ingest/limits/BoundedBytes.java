package org.copydesk.ingest.limits;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The bytes of one input read up to the byte limit: never more than the limit is held in memory, whatever the
 * file's size (a device or a pipe that never ends included).
 *
 * @param bytes the bytes read, at most the limit
 * @param size  the input's whole size when known (a regular file), else the number of bytes read
 * @param cut   whether the input went on beyond the bytes read
 */
public record BoundedBytes(byte[] bytes, long size, boolean cut) {

    /** Reads {@code file} up to {@code max} bytes. */
    public static BoundedBytes read(Path file, long max) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            BoundedBytes b = read(in, max);
            if (b.cut()) {
                long size = Files.isRegularFile(file) ? Files.size(file) : b.size();
                return new BoundedBytes(b.bytes(), Math.max(size, b.bytes().length), true);
            }
            return b;
        }
    }

    /** Reads {@code in} (not closed) up to {@code max} bytes; the size of a longer stream is not known. */
    public static BoundedBytes read(InputStream in, long max) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(max, Integer.MAX_VALUE - 16));
        boolean cut = in.read() >= 0;
        return new BoundedBytes(bytes, bytes.length, cut);
    }

    /** {@code bytes} held to {@code max}. */
    public static BoundedBytes of(byte[] bytes, long max) {
        return bytes.length <= max ? new BoundedBytes(bytes, bytes.length, false)
                : new BoundedBytes(Arrays.copyOf(bytes, (int) max), bytes.length, true);
    }

    /** How the size reads in a message: exact when known, "more than" when only the read part is. */
    public String sizeText() {
        return size > bytes.length ? size + " bytes" : "more than " + bytes.length + " bytes";
    }
}
