package org.copydesk.engine;

import java.util.Map;

/** Engines for the tests, built as every front end builds them: from {@link CheckOptions}, with no file. */
final class TestCheckers {

    private TestCheckers() {
    }

    /** An engine with the defaults whose reference time is {@code now} (an ISO date or instant, as --now). */
    static DocumentChecker at(String now) {
        return new CheckOptions(null, null, null, Map.of(), null, null, null, null,
                CheckOptions.referenceTime(now, null)).resolve().checker();
    }
}
