package org.copydesk.rules.provenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import org.copydesk.core.ExtractedDocument;
import org.copydesk.core.WireAgencies;
import org.copydesk.ingest.Ingestor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Credits as a corpus pass reads them from checked pages: bylines and lines beside the article, never the body. */
class CreditsTest {

    private static final Ingestor INGEST = new Ingestor(Instant.parse("2025-01-01T00:00:00Z"));

    @ParameterizedTest
    @CsvSource({
        "credited-byline.html, Reuters",
        "credited-tagline.html, AFP",
        "source-not-credit.html, ''",
    })
    void creditsAreReadFromBylinesAndTaglinesButNotFromTheBody(String page, String expected) throws IOException {
        ExtractedDocument doc;
        try (InputStream in = CreditsTest.class.getResourceAsStream(page)) {
            doc = INGEST.ingest(page, in.readAllBytes());
        }
        assertEquals(expected.isEmpty() ? List.of() : List.of(expected), Credits.of(doc, WireAgencies.builtIn()),
                doc.segments().toString());
    }

    @Test
    void aLineAtTheArticlesEdgeIsACreditOnlyWhenItIsShapedLikeOne() {
        WireAgencies a = WireAgencies.builtIn();
        assertTrue(Credits.creditShaped("Via Reuters", a));
        assertTrue(Credits.creditShaped("— Agence France-Presse", a));
        assertTrue(Credits.creditShaped("(Lee Park reporting for Reuters; editing by Sam Cole)", a));
        assertTrue(Credits.creditShaped("The Associated Press contributed to this report.", a));
        assertFalse(Credits.creditShaped("He told Reuters.", a));
        assertFalse(Credits.creditShaped("The mayor said on Monday that she had spoken to Reuters about it.", a));
        assertFalse(Credits.creditShaped("(no agency here)", a));
    }
}
