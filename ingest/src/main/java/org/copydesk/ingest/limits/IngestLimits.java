package org.copydesk.ingest.limits;

import java.time.Duration;
import java.util.Objects;

/**
 * How much of one document ingest will take on: bytes read from the file, characters of extracted text,
 * element nesting depth of HTML and XML, and wall-clock time. A document that reaches a limit is cut off there
 * (or, when nothing useful can be kept, skipped) with an {@code input.limit} problem naming the limit and what
 * was kept; the run goes on.
 *
 * @param maxBytes bytes read from one file; a larger text or markup file is read up to here, a larger binary
 *                 file (PDF, office, archive) is skipped
 * @param maxChars characters of extracted text; text beyond is cut off
 * @param maxDepth element nesting depth; deeper elements are flattened into their ancestor at this depth (their
 *                 text is kept, their markup is not)
 * @param timeout  time for one document; parsing stops there and what was read is checked, and a document still
 *                 not done a grace period later (a quarter of the limit, at least one second) is abandoned
 */
public record IngestLimits(long maxBytes, int maxChars, int maxDepth, Duration timeout) {

    /** 16 MB. */
    public static final long DEFAULT_MAX_BYTES = 16L * 1024 * 1024;
    /** 5 million characters. */
    public static final int DEFAULT_MAX_CHARS = 5_000_000;
    /** 512 elements deep. */
    public static final int DEFAULT_MAX_DEPTH = 512;
    /** 30 seconds. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    public IngestLimits {
        Objects.requireNonNull(timeout, "timeout");
        if (maxBytes < 1 || maxChars < 1 || maxDepth < 1 || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("limits must be positive: " + maxBytes + " bytes, " + maxChars
                    + " chars, depth " + maxDepth + ", " + timeout);
        }
    }

    /** 16 MB, 5 M characters, depth 512, 30 s. */
    public static IngestLimits defaults() {
        return new IngestLimits(DEFAULT_MAX_BYTES, DEFAULT_MAX_CHARS, DEFAULT_MAX_DEPTH, DEFAULT_TIMEOUT);
    }

    public IngestLimits withMaxBytes(long bytes) {
        return new IngestLimits(bytes, maxChars, maxDepth, timeout);
    }

    public IngestLimits withMaxChars(int chars) {
        return new IngestLimits(maxBytes, chars, maxDepth, timeout);
    }

    public IngestLimits withMaxDepth(int depth) {
        return new IngestLimits(maxBytes, maxChars, depth, timeout);
    }

    public IngestLimits withTimeout(Duration time) {
        return new IngestLimits(maxBytes, maxChars, maxDepth, time);
    }

    /** How long past {@link #timeout} a document that did not stop by itself is waited for before abandoning it. */
    public Duration grace() {
        Duration quarter = timeout.dividedBy(4);
        return quarter.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : quarter;
    }

    /** {@code 30s}, {@code 1500ms}, {@code 2m}: as the options and the configuration file write durations. */
    public static String format(Duration d) {
        long ms = d.toMillis();
        if (ms % 60_000 == 0) {
            return ms / 60_000 + "m";
        }
        return ms % 1000 == 0 ? ms / 1000 + "s" : ms + "ms";
    }
}
