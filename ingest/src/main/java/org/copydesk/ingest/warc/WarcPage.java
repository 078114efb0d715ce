package org.copydesk.ingest.warc;

import java.util.Objects;

/**
 * One HTML page captured in a WARC file: the HTTP payload of a {@code response} record (transfer and content
 * encodings undone), the record's target URI and the byte offset where the record starts in the file. A record
 * that could not be read carries a {@code problem} instead of a payload.
 *
 * <p>Names: a page of {@code crawl.warc.gz} at offset 1234 is displayed as
 * {@code crawl.warc.gz#1234 https://example.org/story} ({@link #displayPath}) and its reports are written as
 * {@code crawl.warc.gz#1234.report.json} ({@link #reportName}): the offset makes the name unique within the
 * file, and the URI, which may hold any character and any length, stays out of file names.
 */
public record WarcPage(long offset, String targetUri, String declaredType, byte[] payload, String problem) {

    public WarcPage {
        Objects.requireNonNull(payload, "payload");
    }

    static WarcPage unreadable(long offset, String problem) {
        return new WarcPage(offset, null, null, new byte[0], problem);
    }

    /** Whether the record could not be read; {@link #problem} says why. */
    public boolean isUnreadable() {
        return problem != null;
    }

    /** How a report names this page: the container's path, {@code #}, the offset, a space and the URI. */
    public String displayPath(String container) {
        return container + "#" + offset + (targetUri == null ? "" : " " + targetUri);
    }

    /** A name safe on any file system for this page's reports: the container's name, {@code #}, the offset. */
    public String reportName(String container) {
        return container + "#" + offset;
    }
}
