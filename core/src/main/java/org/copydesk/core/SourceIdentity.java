package org.copydesk.core;

import java.io.Serializable;
import java.util.Objects;

/** Where a document came from and exactly which bytes were read: path, SHA-256, media type, size. */
public record SourceIdentity(String path, String sha256, String mediaType, long bytes) implements Serializable {

    public SourceIdentity {
        Objects.requireNonNull(path, "path");
    }

    public SourceIdentity withMediaType(String type) {
        return new SourceIdentity(path, sha256, type, bytes);
    }
}
