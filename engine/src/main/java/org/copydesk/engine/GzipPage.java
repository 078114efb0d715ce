package org.copydesk.engine;

import java.util.Locale;

/**
 * A single gzip-compressed document ({@code page.html.gz}, {@code story.txt.gz}; a {@code .warc.gz} is a WARC
 * file, not one of these). It is inflated as a stream under the ingest byte limit, so a small file that inflates
 * to gigabytes (a gzip bomb) is cut off with {@code input.limit}, never held in memory. Zip archives and other
 * containers are not expanded here.
 */
public final class GzipPage {

    private GzipPage() {
    }

    /** Whether a file of this name is a single gzip-compressed document (and not a WARC file). */
    public static boolean isGzipPage(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        return n.endsWith(".gz") && !n.endsWith(".warc.gz");
    }

    /** The name a compressed document's content goes by: without its {@code .gz}, so its format shows. */
    public static String innerName(String path) {
        return isGzipPage(path) ? path.substring(0, path.length() - 3) : path;
    }
}
