package org.copydesk.ingest.meta;

import com.google.common.collect.ImmutableList;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reads the metadata word lists beside this class: one entry a line, {@code #} comments. */
final class WordList {

    private WordList() {
    }

    static List<String> read(String file) {
        ImmutableList.Builder<String> out = ImmutableList.builder();
        try (InputStream in = WordList.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("missing word list " + file);
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
        return out.build();
    }
}
