package org.copydesk.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** SARIF's partial fingerprints and artifact URIs. */
class SarifResultsTest {

    @Test
    void fingerprintIgnoresWhitespaceButNotTheRuleOrDocument() {
        String a = SarifResults.fingerprint("date.invalid", "a.txt", "31  April\n2015", 1);
        assertEquals(a, SarifResults.fingerprint("date.invalid", "a.txt", " 31 April 2015", 1));
        assertNotEquals(a, SarifResults.fingerprint("date.future", "a.txt", "31 April 2015", 1));
        assertNotEquals(a, SarifResults.fingerprint("date.invalid", "b.txt", "31 April 2015", 1));
        assertNotEquals(a, SarifResults.fingerprint("date.invalid", "a.txt", "31 April 2015", 2));
    }

    @Test
    void documentPathsBecomeRelativeUris() {
        assertEquals("news/a%20b.txt", SarifArtifactUri.of("news/a b.txt"));
        assertEquals("in/a%5C..%5C..%5Cb.txt", SarifArtifactUri.of("in/a\\..\\..\\b.txt"),
                "on Linux a backslash is part of a name, never a separator");
        assertEquals("crawl.warc.gz%23120%20https%3A//example.org/x", SarifArtifactUri.of("crawl.warc.gz#120 https://example.org/x"));
        assertEquals("file:///nowhere/x.txt", SarifArtifactUri.of("/nowhere/x.txt"));
        assertEquals("stdin", SarifArtifactUri.of("-"));
    }
}
