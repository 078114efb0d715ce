package org.copydesk.core;

import com.google.common.collect.ImmutableList;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Reads the word and phrase lists that ship as data files beside the classes that use them: UTF-8, one entry a
 * line, surrounding spaces stripped, blank lines and {@code #} comments skipped.
 */
public final class DataFiles {

    private DataFiles() {
    }

    /** The entries of {@code name}, resolved like a resource next to {@code anchor}; a missing file is a bug. */
    public static List<String> lines(Class<?> anchor, String name) {
        return linesIfPresent(anchor, name).orElseThrow(
                () -> new IllegalStateException("missing data file " + name + " next to " + anchor.getName()));
    }

    /** The entries of {@code name} next to {@code anchor}, or empty when there is no such file. */
    public static Optional<List<String>> linesIfPresent(Class<?> anchor, String name) {
        ImmutableList.Builder<String> out = ImmutableList.builder();
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) {
                return Optional.empty();
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String l = line.strip();
                if (!l.isEmpty() && !l.startsWith("#")) {
                    out.add(l);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Optional.of(out.build());
    }
}
