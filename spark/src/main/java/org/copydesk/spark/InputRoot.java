package org.copydesk.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.Serializable;
import java.net.URI;
import java.net.URISyntaxException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * One {@code --input} argument and how the documents found under it are named, the way the CLI names them: a
 * file given itself is shown as given and named by its file name; a file under a directory (or under the fixed
 * part of a glob) is shown as the argument, {@code /}, its path relative to it, and named by that relative path.
 *
 * @param arg     the argument as given
 * @param display the argument as documents under it are shown ({@code java.nio} form for local paths)
 * @param root    the absolute, decoded path of the directory the relative names start from
 * @param single  whether the argument is one file
 * @param exists  whether anything is there (a missing file still gets its unreadable report, as in the CLI)
 */
record InputRoot(String arg, String display, String root, boolean single, boolean exists) implements Serializable {

    /** Looks {@code arg} up (on the driver). */
    static InputRoot of(String arg, Configuration conf) throws IOException {
        int glob = firstGlobChar(arg);
        if (glob >= 0) {
            int slash = arg.lastIndexOf('/', glob);
            String fixed = slash < 0 ? "" : arg.substring(0, Math.max(slash, 1));
            Path dir = new Path(fixed.isEmpty() ? "." : fixed);
            return new InputRoot(arg, fixed.isEmpty() ? "" : displayForm(fixed), absolute(dir, conf), false, true);
        }
        Path p = new Path(arg);
        FileSystem fs = p.getFileSystem(conf);
        FileStatus status;
        try {
            status = fs.getFileStatus(p);
        } catch (FileNotFoundException e) {
            return new InputRoot(arg, arg, null, true, false);
        }
        if (status.isDirectory()) {
            return new InputRoot(arg, displayForm(arg), absolute(p, conf), false, true);
        }
        return new InputRoot(arg, arg, absolute(p, conf), true, true);
    }

    /** The report name (relative path) of the file at {@code uri}, as listed by Spark. */
    String relative(String uri) {
        String abs = decodedPath(uri);
        if (single) {
            return fileName(abs);
        }
        String prefix = root.endsWith("/") ? root : root + "/";
        return abs.startsWith(prefix) ? abs.substring(prefix.length()) : fileName(abs);
    }

    /** How the document at {@code uri} is shown in its report ({@code source.path}). */
    String displayPath(String uri) {
        if (single) {
            return arg;
        }
        String rel = relative(uri);
        return display.isEmpty() ? rel : display.endsWith("/") ? display + rel : display + "/" + rel;
    }

    static String fileName(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }

    static String decodedPath(String uri) {
        try {
            return new Path(new URI(uri)).toUri().getPath();
        } catch (URISyntaxException e) {
            return new Path(uri).toUri().getPath();
        }
    }

    private static String absolute(Path p, Configuration conf) throws IOException {
        return p.getFileSystem(conf).makeQualified(p).toUri().getPath();
    }

    /** A local path as {@code java.nio} prints it (as the CLI shows it); a URI without its trailing slashes. */
    private static String displayForm(String arg) {
        if (!arg.contains(":")) {
            try {
                return java.nio.file.Path.of(arg).toString();
            } catch (java.nio.file.InvalidPathException e) {
                return arg;
            }
        }
        String s = arg;
        while (s.endsWith("/") && !s.endsWith("://")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    private static int firstGlobChar(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '*' || c == '?' || c == '[' || c == '{') {
                return i;
            }
        }
        return -1;
    }
}
