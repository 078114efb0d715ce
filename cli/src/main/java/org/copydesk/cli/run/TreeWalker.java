package org.copydesk.cli.run;

import com.google.common.collect.AbstractIterator;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

/**
 * The regular files under a directory, walked lazily, depth first, in the order of their full paths (the order
 * {@code Files.walk(root).sorted()} gives) without ever holding more than one listing per level: a tree of a
 * million files is never a list in memory. Hidden files and hidden folders (a name starting with {@code .}) are
 * left out, and so is one folder given as excluded (the run's output folder, wherever it lies in the tree) with
 * every link into it; symbolic links to files are files, links to directories are not followed. A directory that
 * cannot be listed is returned itself, as a file, so that reading it fails and its report says why. Not
 * thread-safe.
 */
public final class TreeWalker extends AbstractIterator<Path> {

    /** A directory's children as they sort among full paths: a directory as if its name ended in {@code /}. */
    private record Child(Path path, String key, boolean directory) {
    }

    private final Deque<Iterator<Child>> levels = new ArrayDeque<>();
    private final Path excluded;
    private final Object excludedKey;
    private Path unlistable; // the root itself, when it cannot be listed

    public TreeWalker(Path root) {
        this(root, null);
    }

    /**
     * The files under {@code root} outside {@code excluded}, an existing folder given by its real path (or null):
     * it is recognised by its file key (device and inode), so another name for it is left out too.
     */
    public TreeWalker(Path root, Path excluded) {
        this.excluded = excluded;
        this.excludedKey = excluded == null ? null : fileKey(excluded);
        List<Child> top = list(root);
        if (top == null) {
            unlistable = root;
        } else {
            levels.push(top.iterator());
        }
    }

    @Override
    protected Path computeNext() {
        if (unlistable != null) {
            Path root = unlistable;
            unlistable = null;
            return root;
        }
        while (!levels.isEmpty()) {
            Iterator<Child> level = levels.peek();
            if (!level.hasNext()) {
                levels.pop();
                continue;
            }
            Child c = level.next();
            if (c.directory()) {
                List<Child> children = list(c.path());
                if (children == null) {
                    return c.path(); // unreadable: reported as a document that cannot be read
                } else {
                    levels.push(children.iterator());
                }
            } else if (!c.path().getFileName().toString().startsWith(".") && (Files.isRegularFile(c.path())
                    || Files.isSymbolicLink(c.path()) && !Files.isDirectory(c.path())) && !intoExcluded(c.path())) {
                // a dangling link is still an input: it gets a report saying it cannot be read
                return c.path();
            }
        }
        return endOfData();
    }

    /** Whether {@code file}, a symbolic link, leads into the excluded folder. */
    private boolean intoExcluded(Path file) {
        if (excluded == null || !Files.isSymbolicLink(file)) {
            return false;
        }
        try {
            return file.toRealPath().startsWith(excluded);
        } catch (IOException | SecurityException e) {
            return false; // a dangling link: reported as unreadable
        }
    }

    /**
     * The children of {@code dir} in walk order, or {@code null} when it cannot be listed: hidden folders and the
     * excluded folder are left out here, hidden files when they come up.
     */
    private List<Child> list(Path dir) {
        List<Child> children = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path p : entries) {
                BasicFileAttributes attributes = attributes(p);
                boolean directory = attributes != null && attributes.isDirectory();
                String name = p.getFileName().toString();
                if (directory && (name.startsWith(".") || excludedKey != null
                        && excludedKey.equals(attributes.fileKey()))) {
                    continue;
                }
                children.add(new Child(p, directory ? name + "/" : name, directory));
            }
        } catch (IOException | SecurityException | java.nio.file.DirectoryIteratorException e) {
            return null;
        }
        children.sort(Comparator.comparing(Child::key));
        return children;
    }

    private static BasicFileAttributes attributes(Path p) {
        try {
            return Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException | SecurityException e) {
            return null; // taken as a file: reading it fails and its report says why
        }
    }

    private static Object fileKey(Path p) {
        BasicFileAttributes a = attributes(p);
        return a == null ? null : a.fileKey();
    }
}
