package org.copydesk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** One run of the command line in-process, for tests: its exit code and what it printed. */
public record CliRun(int code, String out, String err) {

    public static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Copydesk.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new CliRun(code, out.toString(), err.toString());
    }

    /**
     * A configuration file in {@code dir} with {@code thresholds.min-confidence: 0}: for tests of something else
     * than confidence, so that their findings do not move with the confidence model's estimates.
     */
    public static Path noConfidenceGate(Path dir) throws IOException {
        return write(dir.resolve("no-confidence-gate.yml"), "thresholds:\n  min-confidence: 0\n");
    }

    public static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "exit " + code + "\n" + out + err;
    }
}
