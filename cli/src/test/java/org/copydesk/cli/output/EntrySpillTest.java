package org.copydesk.cli.output;

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
import org.copydesk.core.Severity;
import org.copydesk.core.SourceIdentity;
import org.copydesk.core.Verdict;
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
        try (EntrySpill spill = new EntrySpill(file)) {
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
        assertFalse(Files.exists(file), "the spill file outlived the run");
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
        assertFalse(Files.exists(tmp.resolve("copydesk.sarif.tmp")));
    }
}
