package org.copydesk.cli.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.copydesk.cli.files.AtomicFiles;
import org.copydesk.core.Severity;
import org.copydesk.core.SourceIdentity;
import org.copydesk.core.Verdict;
import org.copydesk.render.DocumentEntry;
import org.copydesk.render.SarifArtifactUri;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run-level entries kept on disk: read back exactly, in report-name order, and gone after close. */
class EntrySpillTest {

    private static DocumentEntry entry(String reportName, String path, Verdict verdict, DocumentEntry.Hit... hits) {
        return new DocumentEntry(reportName, new SourceIdentity(path, null, "text/html", 1234L),
                SarifArtifactUri.of(path), verdict, List.of(hits));
    }

    private static DocumentEntry.Hit hit(String rule, Severity severity, String message, String snippet) {
        return new DocumentEntry.Hit(rule, severity, message, 3, 7, 3, 7, 4, 2, snippet, "f".repeat(64),
                severity == Severity.INFO);
    }

    @Test
    void entriesComeBackExactlyAndInReportNameOrder(@TempDir Path tmp) throws IOException {
        String longMessage = "a quote runs on " + "and on ".repeat(12_000); // past writeUTF's 64 KB
        String loneSurrogate = "broken pair \ud83d here";
        List<DocumentEntry> written = List.of(
                entry("b/page.html", "in/b/page.html", Verdict.WARN,
                        hit("attribution.unattributed-quote", Severity.WARNING, longMessage, null),
                        hit("date.future", Severity.ERROR, loneSurrogate, "snippet \u00e9\u4e2d")),
                entry("a.txt", "in/a.txt", Verdict.PASS),
                entry("b/page.html", "elsewhere/b/page.html", Verdict.FAIL,
                        hit("byline.missing", Severity.INFO, "no byline", null)));
        Path file = tmp.resolve("spill.bin");
        try (EntrySpill spill = EntrySpill.log(file, false)) {
            for (DocumentEntry e : written) {
                spill.add(e);
            }
            assertEquals(3, spill.size());
            List<DocumentEntry> read = new ArrayList<>();
            spill.sorted().forEach(read::add);
            assertEquals(List.of(written.get(1), written.get(2), written.get(0)), read);
            assertEquals(longMessage, read.get(2).hits().get(0).message());
            assertEquals(loneSurrogate, read.get(2).hits().get(1).message());
            List<DocumentEntry> again = new ArrayList<>();
            spill.sorted().forEach(again::add); // the writers go over the entries twice
            assertEquals(read, again);
        }
    }

    @Test
    void aResumedLogAdoptsTheEarlierRunsEntriesAndDropsARecordCutShort(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("out/.copydesk-entries");
        DocumentEntry a = entry("a.txt", "in/a.txt", Verdict.PASS);
        DocumentEntry b = entry("b.txt", "in/b.txt", Verdict.WARN, hit("date.future", Severity.ERROR, "soon", "x"));
        DocumentEntry bAgain = entry("b.txt", "in/b.txt", Verdict.PASS);
        DocumentEntry c = entry("c.txt", "in/c.txt", Verdict.FAIL);
        try (EntrySpill first = EntrySpill.log(file, false)) {
            first.add(a);
            first.add(b);
            first.add(bAgain); // checked again later in the same log: the last record wins
            first.add(c);
        }
        long whole = Files.size(file);
        Files.write(file, java.util.Arrays.copyOf(Files.readAllBytes(file), (int) whole - 3)); // killed mid-record
        try (EntrySpill resumed = EntrySpill.log(file, true)) {
            assertTrue(resumed.adopt("a.txt"));
            assertTrue(resumed.adopt("b.txt"));
            assertFalse(resumed.adopt("c.txt"), "its record was cut short");
            assertFalse(resumed.adopt("a.txt"), "adopted once");
            assertFalse(resumed.adopt("d.txt"));
            DocumentEntry d = entry("d.txt", "in/d.txt", Verdict.WARN);
            resumed.add(c);
            resumed.add(d);
            List<DocumentEntry> read = new ArrayList<>();
            resumed.sorted().forEach(read::add);
            assertEquals(List.of(a, bAgain, c, d), read);
        }
        try (EntrySpill fresh = EntrySpill.log(file, false)) {
            assertFalse(fresh.adopt("a.txt"), "a run without --resume starts the log afresh");
            assertEquals(0, Files.size(file));
        }
    }

    @Test
    void aFailedStreamedWriteLeavesTheTargetAsItWasAndNoTemporaryFile(@TempDir Path tmp) throws IOException {
        Path target = tmp.resolve("copydesk.sarif");
        AtomicFiles.write(target, "previous run\n");
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(target, out -> {
            out.write("half of a log");
            throw new UncheckedIOException("cannot read back the run's entries", new IOException("disk gone"));
        }));
        assertTrue(e.getMessage().contains("cannot read back"), e.getMessage());
        assertEquals("previous run\n", Files.readString(target));
        try (java.util.stream.Stream<Path> left = Files.list(tmp)) {
            assertEquals(List.of(target), left.toList(), "no temporary file left");
        }
    }
}
