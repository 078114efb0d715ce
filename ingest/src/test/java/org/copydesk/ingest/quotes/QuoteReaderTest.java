package org.copydesk.ingest.quotes;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.copydesk.core.Attribution;
import org.copydesk.core.Quote;
import org.copydesk.core.QuoteAnalysis;
import org.copydesk.core.SpeakerKind;
import org.copydesk.core.Span;
import org.junit.jupiter.api.Test;

/** Offsets, spans and edge cases the fixture table does not express. */
class QuoteReaderTest {

    private final QuoteReader reader = new QuoteReader();

    /** The paragraphs of {@code body} placed after a headline, as the extractor hands them over. */
    private static QuoteAnalysis read(QuoteReader reader, String headline, String body, StringBuilder textOut) {
        String text = headline + "\n\n" + body;
        textOut.append(text);
        List<Span> paras = new ArrayList<>();
        for (Span s : QuoteReaderCasesTest.paragraphs(body)) {
            paras.add(s.shift(headline.length() + 2));
        }
        return reader.read(text, paras);
    }

    @Test
    void spansRunFromOpeningToClosingMarkAndTextHasNoMarks() {
        StringBuilder text = new StringBuilder();
        QuoteAnalysis qa = read(reader, "Floods ‘will not stop’ the fair",
                "“The fair goes ahead whatever the weather,” organiser Petra Lind said.", text);
        assertEquals(1, qa.quotes().size(), "the headline is not a paragraph, so only one quote");
        Quote q = qa.quotes().get(0);
        assertEquals("“The fair goes ahead whatever the weather,”", q.span().in(text));
        assertEquals("The fair goes ahead whatever the weather", q.text());
        assertEquals("Petra Lind", q.speaker());
        assertEquals("said", q.cue());
        assertEquals("said", q.cueSpan().in(text));
        Attribution a = qa.attributions().get(0);
        assertEquals("organiser Petra Lind said", a.span().in(text));
    }

    @Test
    void openPartOfAMultiParagraphQuoteEndsAtItsParagraph() {
        StringBuilder text = new StringBuilder();
        QuoteAnalysis qa = read(reader, "Headline",
                "Ranger Bo Ekdahl said: “We counted eleven wolves this winter, more than ever.\n\n"
                        + "“Next year we expect to count even more of them.”", text);
        assertEquals(2, qa.quotes().size());
        assertEquals("“We counted eleven wolves this winter, more than ever.", qa.quotes().get(0).span().in(text));
        assertEquals("Bo Ekdahl", qa.quotes().get(1).speaker());
        assertTrue(qa.unbalancedMarks().isEmpty());
    }

    @Test
    void unbalancedMarkPointsAtTheOpeningMark() {
        StringBuilder text = new StringBuilder();
        QuoteAnalysis qa = read(reader, "Headline",
                "The warden said, “Nobody may enter the reserve after dark this month.\n\nThe gates close at six.",
                text);
        assertEquals(1, qa.unbalancedMarks().size());
        assertEquals("“", qa.unbalancedMarks().get(0).in(text));
    }

    @Test
    void pronounLearnsGenderFromHonorific() {
        StringBuilder text = new StringBuilder();
        QuoteAnalysis qa = read(reader, "Headline",
                "Mrs Vera Hollis and Mr Karl Hollis ran the bakery for forty years.\n\n"
                        + "“We never once closed on a Saturday,” he said.", text);
        assertEquals("Karl Hollis", qa.quotes().get(0).speaker());
    }

    @Test
    void secondHandWireAgencyOnReportedSpeech() {
        StringBuilder text = new StringBuilder();
        QuoteAnalysis qa = read(reader, "Headline",
                "A port official told AFP that two ships had been turned away.", text);
        assertTrue(qa.quotes().isEmpty());
        Attribution a = qa.attributions().get(0);
        assertEquals(SpeakerKind.ANONYMOUS, a.speakerKind());
        assertEquals("AFP", a.outlet());
        assertEquals("A port official told AFP", a.span().in(text));
    }

    @Test
    void quoteWithoutCueHasNoSpeaker() {
        StringBuilder text = new StringBuilder();
        QuoteAnalysis qa = read(reader, "Headline", "“Nothing about this plan adds up for the town.”", text);
        Quote q = qa.quotes().get(0);
        assertNull(q.speaker());
        assertEquals(SpeakerKind.NONE, q.speakerKind());
        assertNull(q.cue());
    }

    @Test
    void emptyAndAwkwardInputDoesNotThrow() {
        assertEquals(QuoteAnalysis.none(), reader.read("", List.of()));
        for (String body : List.of("“", "”", "\"", "'", "“”", "‘’", "said", ", said", "“a,” said", "He said.",
                "“x” “y” “z”", "According to", "told", "“One two three four", "5' 11\"", "—“", "“—”, he said,")) {
            assertDoesNotThrow(() -> reader.read(body, List.of(new Span(0, body.length()))), body);
        }
    }
}
