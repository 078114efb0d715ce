package org.copydesk.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.copydesk.core.InputProblem;
import org.copydesk.core.Report;
import org.copydesk.core.SourceIdentity;
import org.copydesk.ingest.warc.WarcSplitter;
import org.junit.jupiter.api.Test;

/** The documents of a WARC file: one per HTML page, and one report for a file that has none or cannot be read. */
class WarcDocumentsTest {

    private static final DocumentChecker CHECKER = TestCheckers.at("2026-01-01");

    private static final String HARBOUR = page("Harbour dredging starts in May",
            "Dredgers will deepen the outer channel from May so that the larger ferries can berth at low tide.");
    private static final String MARKET = page("Covered market keeps Sunday hours",
            "The covered market will stay open on Sundays through the winter after a trial that traders liked.");

    private static String page(String headline, String paragraph) {
        return "<!doctype html><html><head><title>" + headline + "</title></head><body><article><h1>" + headline
                + "</h1><p>" + paragraph + "</p><p>The council will review the arrangement at the end of the "
                + "year and publish the figures it collects.</p></article></body></html>";
    }

    private static byte[] record(String type, String uri, String contentType, byte[] block) {
        String head = "WARC/1.0\r\nWARC-Type: " + type + "\r\n" + (uri == null ? "" : "WARC-Target-URI: " + uri
                + "\r\n") + "WARC-Date: 2025-11-02T08:00:00Z\r\nWARC-Record-ID: <urn:uuid:"
                + java.util.UUID.nameUUIDFromBytes(block) + ">\r\nContent-Type: " + contentType
                + "\r\nContent-Length: " + block.length + "\r\n\r\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(block);
        out.writeBytes("\r\n\r\n".getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static byte[] response(String uri, String contentType, byte[] body) {
        byte[] head = ("HTTP/1.1 200 OK\r\nContent-Type: " + contentType + "\r\nContent-Length: " + body.length
                + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream http = new ByteArrayOutputStream();
        http.writeBytes(head);
        http.writeBytes(body);
        return record("response", uri, "application/http; msgtype=response", http.toByteArray());
    }

    private static byte[] warc(byte[]... records) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] r : records) {
            out.writeBytes(r);
        }
        return out.toByteArray();
    }

    private static List<DocumentChecker.WarcDocument> documents(DocumentChecker.WarcSource source,
            AtomicInteger skipped) {
        List<DocumentChecker.WarcDocument> out = new ArrayList<>();
        Iterator<DocumentChecker.WarcDocument> it = CHECKER.warcDocuments(source, "crawl.warc", "in/crawl.warc",
                skipped::set);
        it.forEachRemaining(out::add);
        assertFalse(it.hasNext());
        return out;
    }

    private static List<DocumentChecker.WarcDocument> documents(byte[] warc, AtomicInteger skipped) {
        return documents(() -> WarcSplitter.open(new ByteArrayInputStream(warc)), skipped);
    }

    @Test
    void eachHtmlPageIsADocumentAndTheOtherRecordsAreCountedAsSkipped() {
        byte[] file = warc(record("warcinfo", null, "application/warc-fields", "software: tests\r\n".getBytes(
                        StandardCharsets.UTF_8)),
                response("https://port.example/dredging", "text/html", HARBOUR.getBytes(StandardCharsets.UTF_8)),
                response("https://port.example/logo.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}),
                response("https://port.example/market", "text/html", MARKET.getBytes(StandardCharsets.UTF_8)));
        AtomicInteger skipped = new AtomicInteger(-1);
        List<DocumentChecker.WarcDocument> docs = documents(file, skipped);
        assertEquals(2, docs.size());
        assertEquals(2, skipped.get());
        Report harbour = docs.get(0).check().get();
        Report market = docs.get(1).check().get();
        assertTrue(docs.get(0).reportName().startsWith("crawl.warc#"), docs.get(0).reportName());
        assertEquals("in/crawl.warc#" + docs.get(0).reportName().substring("crawl.warc#".length())
                + " https://port.example/dredging", harbour.document().source().path());
        assertEquals("Harbour dredging starts in May", harbour.document().article().headline());
        assertEquals("Covered market keeps Sunday hours", market.document().article().headline());
    }

    @Test
    void eachPageMatchesItsOwnPayloadOnly() {
        byte[] file = warc(
                response("https://port.example/dredging", "text/html", HARBOUR.getBytes(StandardCharsets.UTF_8)),
                response("https://port.example/market", "text/html", MARKET.getBytes(StandardCharsets.UTF_8)));
        List<DocumentChecker.WarcDocument> docs = documents(file, new AtomicInteger());
        SourceIdentity harbour = docs.get(0).check().get().document().source();
        SourceIdentity market = docs.get(1).check().get().document().source();
        assertTrue(docs.get(0).unchanged().matches(harbour.sha256(), harbour.bytes()));
        assertFalse(docs.get(0).unchanged().matches(market.sha256(), market.bytes()));
        assertTrue(docs.get(1).unchanged().matches(market.sha256(), market.bytes()));
        assertFalse(docs.get(1).unchanged().matches(null, market.bytes()));
    }

    @Test
    void aFileWithoutAnHtmlPageGetsOneUnsupportedReportUnderItsOwnName() {
        byte[] file = warc(response("https://port.example/logo.png", "image/png", new byte[] {1, 2, 3}));
        AtomicInteger skipped = new AtomicInteger(-1);
        List<DocumentChecker.WarcDocument> docs = documents(file, skipped);
        assertEquals(1, docs.size());
        assertEquals(1, skipped.get());
        assertEquals("crawl.warc", docs.get(0).reportName());
        Report r = docs.get(0).check().get();
        assertTrue(r.document().hasProblem(InputProblem.Kind.UNSUPPORTED), r.document().problems().toString());
        assertTrue(r.document().problems().get(0).message().contains("1 record(s)"));
        assertFalse(docs.get(0).unchanged().matches(r.document().source().sha256(), 0));
    }

    @Test
    void anEmptyFileSaysItHoldsNoRecord() {
        List<DocumentChecker.WarcDocument> docs = documents(new byte[0], new AtomicInteger());
        assertEquals(1, docs.size());
        assertTrue(docs.get(0).check().get().document().problems().get(0).message().contains("holds no record"));
    }

    @Test
    void aFileThatCannotBeOpenedGetsOneUnreadableReport() {
        List<DocumentChecker.WarcDocument> docs = documents(() -> {
            throw new IOException("the disk went away");
        }, new AtomicInteger(-1));
        assertEquals(1, docs.size());
        assertEquals("crawl.warc", docs.get(0).reportName());
        Report r = docs.get(0).check().get();
        assertTrue(r.document().hasProblem(InputProblem.Kind.UNREADABLE));
        assertEquals("cannot read the WARC file: the disk went away", r.document().problems().get(0).message());
    }
}
