package org.copydesk.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.copydesk.ingest.warc.WarcSplitter;

/**
 * The documents named on the command line: files as given, directories walked recursively in name order,
 * {@code -} for standard input. Each input knows its path relative to the argument it came from. A WARC file
 * is one input here; the check command expands it into its pages.
 */
final class Inputs {

    /** One document to check: where to read it, how to name it, and where its reports go under {@code --out}. */
    record Input(Path file, String displayPath, String relativePath) {
        boolean isStdin() {
            return file == null;
        }

        /** Whether this input is a WARC file, expanded into one document per captured HTML page. */
        boolean isWarc() {
            return file != null && file.getFileName() != null && WarcSplitter.isWarc(file.getFileName().toString());
        }
    }

    private Inputs() {
    }

    static List<Input> expand(List<String> args) {
        List<Input> out = new ArrayList<>();
        for (String a : args) {
            if (a.equals("-")) {
                out.add(new Input(null, "-", "stdin"));
                continue;
            }
            Path p = Path.of(a);
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
                            .sorted().forEach(f -> out.add(new Input(f, f.toString(),
                                    p.relativize(f).toString().replace('\\', '/'))));
                } catch (IOException | UncheckedIOException e) {
                    out.add(new Input(p, a, p.getFileName() == null ? "input" : p.getFileName().toString()));
                }
            } else {
                out.add(new Input(p, a, p.getFileName() == null ? a : p.getFileName().toString()));
            }
        }
        return out;
    }
}
