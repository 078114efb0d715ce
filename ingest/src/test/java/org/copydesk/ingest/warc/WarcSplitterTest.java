package org.copydesk.ingest.warc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.copydesk.core.ExtractedDocument;
import org.copydesk.core.InputProblem;
import org.copydesk.ingest.Ingestor;
import org.copydesk.ingest.TestReferenceTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarcSplitterTest {

    private static final Ingestor INGESTOR = new Ingestor(TestReferenceTime.NOW);

    @TempDir
    Path dir;

    @Test
    void plainWarcYieldsOneDocumentPerHtmlResponse() throws IOException {
        checkCrawl(write("crawl.warc", WarcFixtures.warc(WarcFixtures.crawlRecords())));
    }

    @Test
    void gzippedWarcYieldsTheSamePages() throws IOException {
        checkCrawl(write("crawl.warc.gz", WarcFixtures.warcGz(WarcFixtures.crawlRecords())));
    }

    private void checkCrawl(Path file) throws IOException {
        List<WarcPage> pages = pages(file);
        assertEquals(2, pages.size(), "two HTML 200 responses");
        assertEquals(WarcFixtures.FERRY_URI, pages.get(0).targetUri());
        assertEquals(WarcFixtures.MARKET_URI, pages.get(1).targetUri());
        assertTrue(pages.get(0).offset() > 0 && pages.get(1).offset() > pages.get(0).offset());
        String name = file.getFileName().toString();
        assertEquals(name + "#" + pages.get(0).offset() + " " + WarcFixtures.FERRY_URI,
                pages.get(0).displayPath(name));
        assertEquals(name + "#" + pages.get(0).offset(), pages.get(0).reportName(name));

        WarcPage ferry = pages.get(0);
        ExtractedDocument doc = INGESTOR.ingest(ferry.displayPath(name), ferry.payload(), ferry.targetUri());
        assertTrue(doc.problems().isEmpty(), doc.problems().toString());
        assertEquals("text/html", doc.source().mediaType(), "a .php URL still goes the HTML way");
        assertEquals("Night ferry approved for the islands", doc.article().headline());
        assertTrue(doc.text().contains("outer islands"));
        ExtractedDocument market = INGESTOR.ingest(pages.get(1).displayPath(name), pages.get(1).payload(),
                pages.get(1).targetUri());
        assertEquals("Covered market reopens after repairs", market.article().headline());
    }

    @Test
    void recordOffsetsPointAtTheRecords() throws IOException {
        byte[] bytes = WarcFixtures.warc(WarcFixtures.crawlRecords());
        for (WarcPage p : pages(write("c.warc", bytes))) {
            assertEquals("WARC/1.0", new String(Arrays.copyOfRange(bytes, (int) p.offset(), (int) p.offset() + 8),
                    StandardCharsets.US_ASCII));
        }
    }

    @Test
    void skippedRecordsAreCounted() throws IOException {
        try (WarcSplitter s = WarcSplitter.open(write("c.warc", WarcFixtures.warc(WarcFixtures.crawlRecords())))) {
            s.forEach(p -> { });
            assertEquals(5, s.skipped(), "warcinfo, request, image, 404, metadata");
        }
    }

    @Test
    void aDamagedRecordEndsTheFileWithAnUnreadablePage() throws IOException {
        List<byte[]> records = new ArrayList<>(WarcFixtures.crawlRecords().subList(0, 3));
        byte[] good = WarcFixtures.warc(records);
        byte[] garbage = "WARC/1.0\r\nContent-Length: banana\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        byte[] damaged = Arrays.copyOf(good, good.length + garbage.length);
        System.arraycopy(garbage, 0, damaged, good.length, garbage.length);
        List<WarcPage> pages = pages(write("bad.warc", damaged));
        assertFalse(pages.get(0).isUnreadable());
        WarcPage last = pages.get(pages.size() - 1);
        assertTrue(last.isUnreadable(), "the damage is reported, not thrown");
        assertNull(last.targetUri());
        assertTrue(last.problem().startsWith("cannot read the WARC record"), last.problem());
    }

    @Test
    void streamsAreReadToo() throws IOException {
        byte[] gz = WarcFixtures.warcGz(WarcFixtures.crawlRecords());
        try (WarcSplitter s = WarcSplitter.open(new ByteArrayInputStream(gz))) {
            List<WarcPage> pages = new ArrayList<>();
            s.forEach(pages::add);
            assertEquals(2, pages.size());
        }
    }

    @Test
    void namesTellWarcFiles() {
        assertTrue(WarcSplitter.isWarc("a/crawl.warc.gz"));
        assertTrue(WarcSplitter.isWarc("CRAWL.WARC"));
        assertFalse(WarcSplitter.isWarc("crawl.gz"));
    }

    @Test
    void aWarcIngestedWholeStillGetsAReport() throws IOException {
        ExtractedDocument doc = INGESTOR.ingest("crawl.warc", WarcFixtures.warc(WarcFixtures.crawlRecords()));
        assertFalse(doc.hasProblem(InputProblem.Kind.UNREADABLE), doc.problems().toString());
    }

    private List<WarcPage> pages(Path file) throws IOException {
        List<WarcPage> out = new ArrayList<>();
        try (WarcSplitter s = WarcSplitter.open(file)) {
            s.forEach(out::add);
        }
        return out;
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }
}
