package org.copydesk.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The article fixtures under {@code src/test/resources/org/copydesk/ingest/articles}. */
final class Fixtures {

    private Fixtures() {
    }

    static Path dir() {
        URL u = Fixtures.class.getResource("articles");
        try {
            return Path.of(u.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Path> articles() throws IOException {
        try (Stream<Path> s = Files.list(dir())) {
            return s.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".html")).sorted().toList();
        }
    }

    static String read(String name) throws IOException {
        try (InputStream in = Fixtures.class.getResourceAsStream("articles/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
