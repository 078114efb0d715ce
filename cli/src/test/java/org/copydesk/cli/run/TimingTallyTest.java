package org.copydesk.cli.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.copydesk.ingest.timing.Stage;
import org.copydesk.ingest.timing.StageClock;
import org.junit.jupiter.api.Test;

/** The slowest documents: 1 % of the run, ten to a hundred of them, slowest first whatever order they came in. */
class TimingTallyTest {

    @Test
    void listsOnePercentOfTheRunBetweenTenAndAHundred() {
        assertEquals(0, TimingTally.listed(0));
        assertEquals(3, TimingTally.listed(3), "a small run lists every document");
        assertEquals(10, TimingTally.listed(10));
        assertEquals(10, TimingTally.listed(421), "1 % of 421 is under ten");
        assertEquals(11, TimingTally.listed(1001), "1 %, rounded up");
        assertEquals(100, TimingTally.listed(10_000));
        assertEquals(100, TimingTally.listed(2_000_000), "never more than a hundred");
    }

    @Test
    void keepsTheSlowestInOrderAndSumsEveryDocumentsStages() throws InterruptedException {
        TimingTally tally = new TimingTally();
        List<String> names = List.of("c", "a", "d", "b", "e", "f", "g", "h", "i", "j", "k", "l");
        StageClock[] clocks = new StageClock[names.size()];
        long stages = 0;
        for (int i = 0; i < names.size(); i++) {
            clocks[i] = StageClock.start();
            Thread.sleep(i % 3); // some equal, some not
            clocks[i].lap(i % 2 == 0 ? Stage.PARSE : Stage.RULES);
            clocks[i].stop();
            tally.add(names.get(i), 100 + i, clocks[i]);
            stages += clocks[i].nanos(Stage.PARSE) + clocks[i].nanos(Stage.RULES);
        }
        assertEquals(12, tally.documents());
        assertEquals(stages, tally.nanos(Stage.PARSE) + tally.nanos(Stage.RULES));
        List<TimingTally.Timed> slowest = tally.slowest();
        assertEquals(10, slowest.size());
        for (int i = 1; i < slowest.size(); i++) {
            assertEquals(true, TimingTally.SLOWEST_FIRST.compare(slowest.get(i - 1), slowest.get(i)) < 0,
                    slowest.get(i - 1) + " before " + slowest.get(i));
        }
        TimingTally.Timed top = slowest.get(0);
        assertEquals(top.nanos(Stage.PARSE) > 0 ? Stage.PARSE : Stage.RULES, top.costliest(1).get(0));
    }

    @Test
    void equalTimesAreOrderedByPathAndOnlyAHundredAreKept() {
        TimingTally tally = new TimingTally();
        for (int i = 0; i < 250; i++) {
            tally.add(String.format("doc-%03d", 249 - i), 1, StageClock.OFF); // every total 0
        }
        List<TimingTally.Timed> slowest = tally.slowest();
        assertEquals(10, slowest.size());
        assertEquals("doc-000", slowest.get(0).document());
        assertEquals("doc-009", slowest.get(9).document());
    }
}
