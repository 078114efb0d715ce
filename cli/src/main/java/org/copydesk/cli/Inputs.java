package org.copydesk.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.copydesk.engine.GzipPage;
import org.copydesk.cli.run.TreeWalker;
import org.copydesk.ingest.warc.WarcSplitter;

/**
 * The documents named on the command line: files as given, directories walked recursively in name order,
 * {@code -} for standard input. Each input knows its path relative to the argument it came from. A WARC file
 * is one input here; the check command expands it into its pages. Directories are walked lazily
 * ({@link TreeWalker}): the inputs are an iterator, never a list of the whole tree.
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

        /** Whether this input is one gzip-compressed document, decompressed as it is read. */
        boolean isGzip() {
            return file != null && file.getFileName() != null
                    && GzipPage.isGzipPage(file.getFileName().toString());
        }
    }

    private Inputs() {
    }

    /** The inputs of {@code args} in order, each directory walked only as far as the iteration has gone. */
    static Iterator<Input> walk(List<String> args) {
        Iterator<String> arguments = args.iterator();
        return new Iterator<>() {
            private Iterator<Input> current = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && arguments.hasNext()) {
                    current = of(arguments.next());
                }
                return current.hasNext();
            }

            @Override
            public Input next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
    }

    private static Iterator<Input> of(String a) {
        if (a.equals("-")) {
            return List.of(new Input(null, "-", "stdin")).iterator();
        }
        Path p = Path.of(a);
        if (!Files.isDirectory(p)) {
            return List.of(new Input(p, a, p.getFileName() == null ? a : p.getFileName().toString())).iterator();
        }
        TreeWalker files = new TreeWalker(p);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return files.hasNext();
            }

            @Override
            public Input next() {
                Path f = files.next();
                String relative = f.equals(p) ? (p.getFileName() == null ? "input" : p.getFileName().toString())
                        : p.relativize(f).toString().replace('\\', '/');
                return new Input(f, f.equals(p) ? a : f.toString(), relative);
            }
        };
    }
}
