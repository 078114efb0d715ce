package org.copydesk.ingest;

import java.time.Instant;

/**
 * The reference time the ingest tests read at: fixed, so that no test depends on the day it runs, and later
 * than every date the fixtures give, so that none of them lies in the future.
 */
public final class TestReferenceTime {

    public static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    private TestReferenceTime() {
    }
}
