package org.copydesk.cli.output;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.copydesk.cli.Copydesk;

/** The invented articles the output-format tests run on, and a way to run {@code check} over them. */
final class OutputFixtures {

    static final String[] ARTICLES = {"harbour.txt", "council.txt", "ferry.html"};

    /** A fixed run timestamp, given with the hidden {@code --source-date-epoch} so the environment is not needed. */
    static final String EPOCH = "1717243200";

    private OutputFixtures() {
    }

    /** Copies the fixture articles into {@code dir} and returns it. */
    static Path articles(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (String name : ARTICLES) {
            try (InputStream in = OutputFixtures.class.getResourceAsStream(name)) {
                Files.copy(in, dir.resolve(name));
            }
        }
        return dir;
    }

    /** Runs {@code copydesk check --now 2024-06-01 --source-date-epoch EPOCH -q ARGS…} and returns its exit code. */
    static int check(String... args) {
        List<String> all = new ArrayList<>(List.of("check", "--now", "2024-06-01", "--source-date-epoch", EPOCH, "-q"));
        all.addAll(List.of(args));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Copydesk.run(all.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
        if (code != 0 && code != 1) {
            throw new AssertionError("check exited " + code + ": " + err);
        }
        return code;
    }
}
