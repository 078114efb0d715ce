package org.copydesk.cli.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.copydesk.core.Finding;
import org.copydesk.core.Severity;
import org.copydesk.core.Span;
import org.junit.jupiter.api.Test;

/** Fingerprints follow the evidence, not the line it sits on. */
class FingerprintTest {

    private static final String TEXT = "Headline\n\nFirst paragraph of the story.\n\nOfficials said the pier "
            + "would close.\n";

    private static Fingerprint at(String text, String evidence, String message) {
        int start = text.indexOf(evidence);
        return Fingerprint.of("story.txt", text, new Finding("attribution.anonymous-source", Severity.INFO, message,
                Span.of(start, start + evidence.length()), 1, 1));
    }

    @Test
    void blankLinesAndRewrappingAboveDoNotChangeIt() {
        Fingerprint before = at(TEXT, "Officials said", "anonymous");
        String shifted = "\n\n\n" + TEXT.replace("\n\nFirst", "\n\n\n\n\nFirst").replace("of the story.",
                "of the\nstory.");
        assertEquals(before, at(shifted, "Officials said", "anonymous"));
        assertEquals("[[Officials said]] the pier would close.", before.evidence());
    }

    @Test
    void itDependsOnRuleDocumentAndTheWordsAroundTheSpan() {
        Fingerprint f = at(TEXT, "Officials said", "anonymous");
        assertNotEquals(f, at(TEXT.replace("pier", "harbour"), "Officials said", "anonymous"));
        assertNotEquals(f.hash(), Fingerprint.of("other.txt", TEXT, new Finding(f.rule(), Severity.INFO, "anonymous",
                Span.of(TEXT.indexOf("Officials"), TEXT.indexOf("Officials") + 14), 1, 1)).hash());
    }

    @Test
    void aWholeDocumentFindingIsKnownByItsMessageWithoutNumbers() {
        Finding short1 = new Finding("text.too-short", Severity.WARNING, "the body has 41 words, fewer than 80",
                Span.of(0, 0), 1, 1);
        Finding short2 = new Finding("text.too-short", Severity.WARNING, "the body has 47 words, fewer than 80",
                Span.of(0, 0), 1, 1);
        assertEquals(Fingerprint.of("a.txt", TEXT, short1).hash(), Fingerprint.of("a.txt", TEXT + "More.", short2)
                .hash());
    }
}
