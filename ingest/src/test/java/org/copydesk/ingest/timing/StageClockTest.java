package org.copydesk.ingest.timing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.EnumSet;
import java.util.Set;
import org.copydesk.core.ExtractedDocument;
import org.copydesk.ingest.Ingestor;
import org.copydesk.ingest.TestReferenceTime;
import org.junit.jupiter.api.Test;

/** The stage clock gives each stage its own time, the off clock nothing, and timing never changes a document. */
class StageClockTest {

    private static final Ingestor INGESTOR = new Ingestor(TestReferenceTime.NOW);

    @Test
    void eachLapGoesToTheStageJustFinishedAndSkippedTimeToNone() throws InterruptedException {
        StageClock clock = StageClock.start();
        Thread.sleep(20);
        clock.lap(Stage.PARSE);
        Thread.sleep(20);
        clock.skip();
        clock.lap(Stage.RULES); // nothing since the skip
        Thread.sleep(5);
        clock.lap(Stage.PARSE); // adds to the earlier lap of the same stage
        clock.stop();
        assertTrue(clock.nanos(Stage.PARSE) >= 25_000_000L, clock.nanos(Stage.PARSE) + " ns");
        assertTrue(clock.nanos(Stage.RULES) < 5_000_000L, clock.nanos(Stage.RULES) + " ns");
        assertEquals(0, clock.nanos(Stage.READ));
        long sum = 0;
        for (Stage s : Stage.values()) {
            sum += clock.nanos(s);
        }
        // the skipped 20 ms belong to the total but to no stage
        assertTrue(clock.totalNanos() - sum >= 20_000_000L, clock.totalNanos() + " total, " + sum + " in stages");
    }

    @Test
    void theOffClockMeasuresNothing() throws InterruptedException {
        StageClock off = StageClock.OFF;
        Thread.sleep(2);
        off.lap(Stage.PARSE);
        off.stop();
        assertFalse(off.on());
        assertEquals(0, off.nanos(Stage.PARSE));
        assertEquals(0, off.totalNanos());
    }

    @Test
    void anHtmlPageIsTimedThroughItsStagesAndReadAsWithoutTheClock() throws IOException {
        byte[] page = fixture("/org/copydesk/ingest/html/furnished-article.html");
        StageClock clock = StageClock.start();
        ExtractedDocument timed = INGESTOR.ingest("furnished-article.html", page, null, clock);
        clock.stop();
        assertEquals(INGESTOR.ingest("furnished-article.html", page, null), timed);
        Set<Stage> ingest = EnumSet.range(Stage.READ, Stage.CONFIDENCE);
        for (Stage s : Stage.values()) {
            // every stage of the ingest was reached; the rules and the output are not the ingestor's
            assertEquals(ingest.contains(s), clock.nanos(s) > 0, s + ": " + clock.nanos(s) + " ns");
        }
    }

    @Test
    void plainTextHasNoMarkupStage() throws IOException {
        byte[] text = fixture("/org/copydesk/ingest/articles/ferry-strike.txt");
        StageClock clock = StageClock.start();
        ExtractedDocument timed = INGESTOR.ingest("ferry-strike.txt", text, null, clock);
        assertEquals(INGESTOR.ingest("ferry-strike.txt", text, null), timed);
        assertEquals(0, clock.nanos(Stage.MARKUP));
        assertTrue(clock.nanos(Stage.PARSE) > 0);
        assertTrue(clock.nanos(Stage.LAYOUT) > 0);
        assertTrue(clock.nanos(Stage.METADATA) > 0);
    }

    private static byte[] fixture(String resource) throws IOException {
        try (InputStream in = StageClockTest.class.getResourceAsStream(resource)) {
            return in.readAllBytes();
        }
    }
}
