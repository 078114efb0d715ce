package org.copydesk.cli.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import org.copydesk.core.ArticleMetadata;
import org.copydesk.core.ExtractedDocument;
import org.copydesk.core.QuoteAnalysis;
import org.copydesk.core.Report;
import org.copydesk.core.Segment;
import org.copydesk.core.SegmentRole;
import org.copydesk.core.SourceIdentity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reports a run keeps for its corpus pass: read back exactly, logged for --resume, a cut tail dropped. */
class ReportSpillTest {

    private static Report report(String path, String text) {
        ExtractedDocument doc = new ExtractedDocument(new SourceIdentity(path, "0".repeat(64), "text/plain",
                text.length()), text, List.of(new Segment(0, text.length(), SegmentRole.BODY, null, null, text)),
                ArticleMetadata.empty(), List.of(), QuoteAnalysis.none(), List.of());
        return new Report("test", doc, List.of());
    }

    @Test
    void reportsComeBackByNameAndALaterOneReplacesAnEarlierOne(@TempDir Path tmp) throws IOException {
        try (ReportSpill spill = ReportSpill.log(tmp.resolve(ReportSpill.LOG), false)) {
            spill.put("b.txt", report("in/b.txt", "second"));
            spill.put("a.txt", report("in/a.txt", "first"));
            spill.put("short.txt", null);
            spill.put("b.txt", report("in/b.txt", "second, checked again"));
            assertEquals("first", spill.get("a.txt").document().text());
            assertEquals("second, checked again", spill.get("b.txt").document().text());
            assertThrows(IOException.class, () -> spill.get("short.txt"), "logged without a report");
            assertThrows(IOException.class, () -> spill.get("nobody.txt"));
        }
    }

    @Test
    void aResumedRunAdoptsWhatTheLastOneLoggedAndDropsACutTail(@TempDir Path tmp) throws IOException {
        Path log = tmp.resolve(ReportSpill.LOG);
        try (ReportSpill spill = ReportSpill.log(log, false)) {
            spill.put("c.txt", report("in/c.txt", "third"));
            spill.put("a.txt", report("in/a.txt", "first"));
            spill.put("b.txt", null);
        }
        long whole = Files.size(log);
        try (FileChannel c = FileChannel.open(log, StandardOpenOption.WRITE)) {
            c.truncate(whole - 3); // the log is written again by name: c.txt's record is the last, now cut short
        }
        try (ReportSpill resumed = ReportSpill.log(log, true)) {
            assertEquals("first", resumed.adopt("a.txt").orElseThrow().orElseThrow().document().text());
            assertEquals(Optional.of(Optional.empty()), resumed.adopt("b.txt"), "seen, without a report");
            assertTrue(resumed.adopt("c.txt").isEmpty(), "cut short: checked again");
            assertTrue(resumed.adopt("a.txt").isEmpty(), "adopted once");
            resumed.put("c.txt", report("in/c.txt", "third"));
        }
        try (ReportSpill third = ReportSpill.log(log, true)) {
            assertEquals("third", third.adopt("c.txt").orElseThrow().orElseThrow().document().text());
            assertEquals("first", third.adopt("a.txt").orElseThrow().orElseThrow().document().text());
        }
        try (ReportSpill fresh = ReportSpill.log(log, false)) {
            assertTrue(fresh.adopt("a.txt").isEmpty(), "a run without --resume starts empty");
        }
    }

    @Test
    void aScratchFileIsGoneAfterTheRun() throws IOException {
        ReportSpill scratch = ReportSpill.scratch();
        scratch.put("a.txt", report("a.txt", "text"));
        assertEquals("text", scratch.get("a.txt").document().text());
        scratch.close(); // unlinked when opened where the system allows it, else on closing

        assertFalse(Files.exists(scratch.file()), "no scratch file left");
    }
}
