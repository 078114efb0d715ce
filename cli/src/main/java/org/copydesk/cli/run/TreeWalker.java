package org.copydesk.cli.run;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The regular files under a directory, walked lazily, depth first, in the order of their full paths (the order
 * {@code Files.walk(root).sorted()} gives) without ever holding more than one listing per level: a tree of a
 * million files is never a list in memory. Hidden files (a name starting with {@code .}) are left out; symbolic
 * links to files are files, links to directories are not followed. A directory that cannot be listed is
 * returned itself, as a file, so that reading it fails and its report says why. Not thread-safe.
 */
public final class TreeWalker implements Iterator<Path> {

    /** A directory's children as they sort among full paths: a directory as if its name ended in {@code /}. */
    private record Child(Path path, String key, boolean directory) {
    }

    private final Deque<Iterator<Child>> levels = new ArrayDeque<>();
    private Path next;

    public TreeWalker(Path root) {
        List<Child> top = list(root);
        if (top == null) {
            next = root;
        } else {
            levels.push(top.iterator());
        }
    }

    @Override
    public boolean hasNext() {
        while (next == null && !levels.isEmpty()) {
            Iterator<Child> level = levels.peek();
            if (!level.hasNext()) {
                levels.pop();
                continue;
            }
            Child c = level.next();
            if (c.directory()) {
                List<Child> children = list(c.path());
                if (children == null) {
                    next = c.path(); // unreadable: reported as a document that cannot be read
                } else {
                    levels.push(children.iterator());
                }
            } else if (!c.path().getFileName().toString().startsWith(".") && (Files.isRegularFile(c.path())
                    || Files.isSymbolicLink(c.path()) && !Files.isDirectory(c.path()))) {
                // a dangling link is still an input: it gets a report saying it cannot be read
                next = c.path();
            }
        }
        return next != null;
    }

    @Override
    public Path next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Path p = next;
        next = null;
        return p;
    }

    /** The children of {@code dir} in walk order, or {@code null} when it cannot be listed. */
    private static List<Child> list(Path dir) {
        List<Child> children = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path p : entries) {
                boolean directory = Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS);
                String name = p.getFileName().toString();
                children.add(new Child(p, directory ? name + "/" : name, directory));
            }
        } catch (IOException | SecurityException | java.nio.file.DirectoryIteratorException e) {
            return null;
        }
        children.sort(Comparator.comparing(Child::key));
        return children;
    }
}
