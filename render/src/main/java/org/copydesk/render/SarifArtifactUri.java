package org.copydesk.render;

import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * A document's path as a URI reference for SARIF's {@code artifactLocation.uri}: relative (to the working
 * directory) when the path is relative or lies under it, else a {@code file:} URI. Every character outside the
 * unreserved set is percent-encoded, so WARC record names ({@code crawl.warc#123 https://…}) stay one path.
 */
public final class SarifArtifactUri {

    private static final String HEX = "0123456789ABCDEF";

    private SarifArtifactUri() {
    }

    public static String of(String documentPath) {
        if (documentPath.equals("-")) {
            return "stdin";
        }
        // a backslash separates only where the system says so: on Linux it is a name character, encoded below
        String p = java.io.File.separatorChar == '\\' ? documentPath.replace('\\', '/') : documentPath;
        if (!p.startsWith("/")) {
            return encode(p);
        }
        try {
            Path abs = Path.of(documentPath).normalize();
            Path cwd = Path.of("").toAbsolutePath().normalize();
            if (abs.startsWith(cwd) && !abs.equals(cwd)) {
                return encode(String.join("/", names(cwd.relativize(abs))));
            }
        } catch (InvalidPathException e) {
            // a name that is no path on this system (a WARC record's) is written as given
        }
        return "file://" + encode(p);
    }

    private static java.util.List<String> names(Path relative) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        relative.forEach(part -> parts.add(part.toString()));
        return parts;
    }

    /** Percent-encodes everything but unreserved characters and the {@code /} between segments. */
    static String encode(String path) {
        StringBuilder b = new StringBuilder(path.length() + 16);
        for (byte x : path.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (x & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~/".indexOf(c) >= 0) {
                b.append(c);
            } else {
                b.append('%').append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 0xf));
            }
        }
        return b.toString();
    }
}
