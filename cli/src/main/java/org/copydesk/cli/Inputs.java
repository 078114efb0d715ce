package org.copydesk.cli;

import com.google.common.collect.Iterators;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.copydesk.cli.files.ReportNames;
import org.copydesk.cli.run.TreeWalker;
import org.copydesk.engine.GzipPage;
import org.copydesk.ingest.warc.WarcSplitter;

/**
 * The documents named on the command line: files as given, directories walked recursively in name order,
 * {@code -} for standard input. Each input knows its path relative to the argument it came from. A WARC file
 * is one input here; the check command expands it into its pages. Directories are walked lazily
 * ({@link TreeWalker}): the inputs are an iterator, never a list of the whole tree.
 */
final class Inputs {

    /**
     * One document to check: where to read it, how to name it, and where its reports go under {@code --out}.
     *
     * @param relativePath its {@link ReportNames report name}: the path relative to its argument, every component
     *                     encoded as a plain name
     * @param renamed      whether that name differs from the path as it is (encoded or shortened)
     */
    record Input(Path file, String displayPath, String relativePath, boolean renamed) {
        boolean isStdin() {
            return file == null;
        }

        /** Whether this input is a WARC file, expanded into one document per captured HTML page. */
        boolean isWarc() {
            return file != null && file.getFileName() != null && WarcSplitter.isWarc(file.getFileName().toString());
        }

        /** Whether this input is one gzip-compressed document, decompressed as it is read. */
        boolean isGzip() {
            return file != null && file.getFileName() != null
                    && GzipPage.isGzipPage(file.getFileName().toString());
        }
    }

    private Inputs() {
    }

    /**
     * The inputs of {@code args} in order, each directory walked only as far as the iteration has gone, leaving out
     * {@code excluded} (the output folder's real path, or null) wherever it lies.
     */
    static Iterator<Input> walk(List<String> args, Path excluded) {
        return Iterators.concat(Iterators.transform(args.iterator(), a -> of(a, excluded)));
    }

    private static Iterator<Input> of(String a, Path excluded) {
        if (a.equals("-")) {
            return List.of(new Input(null, "-", "stdin", false)).iterator();
        }
        Path p = Path.of(a);
        if (!Files.isDirectory(p)) {
            return List.of(named(p, a, List.of(p.getFileName() == null ? a : p.getFileName().toString())))
                    .iterator();
        }
        return Iterators.transform(new TreeWalker(p, excluded), f -> {
            if (f.equals(p)) { // a directory that cannot be listed
                return named(p, a, List.of(p.getFileName() == null ? "input" : p.getFileName().toString()));
            }
            List<String> parts = new ArrayList<>();
            p.relativize(f).forEach(part -> parts.add(part.toString()));
            return named(f, f.toString(), parts);
        });
    }

    /** An input whose report name is built from {@code parts}, the components of its relative path. */
    private static Input named(Path file, String display, List<String> parts) {
        String name = ReportNames.of(parts);
        return new Input(file, display, name, !name.equals(String.join("/", parts)));
    }
}
