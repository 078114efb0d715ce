package org.copydesk.ingest.warc;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/** Writes small WARC files for the tests: records as text, optionally gzipped one by one as crawlers do. */
public final class WarcFixtures {

    public static final String FERRY_URI = "https://news.example.org/2025/03/12/night-ferry.php?ref=home";
    public static final String MARKET_URI = "https://news.example.org/local/market-reopens/";

    private WarcFixtures() {
    }

    /** A crawl of two articles among a warcinfo, a request, an image, a 404 page and a metadata record. */
    public static List<byte[]> crawlRecords() {
        return List.of(
                record("warcinfo", null, "application/warc-fields", "software: copydesk-tests\r\n".getBytes(
                        StandardCharsets.UTF_8)),
                record("request", FERRY_URI, "application/http; msgtype=request",
                        ("GET /2025/03/12/night-ferry.php?ref=home HTTP/1.1\r\nHost: news.example.org\r\n\r\n")
                                .getBytes(StandardCharsets.UTF_8)),
                response(FERRY_URI, 200, "text/html; charset=utf-8", page("Night ferry approved for the islands",
                        "The harbour board voted on Wednesday to run a night ferry to the outer islands.")),
                response("https://news.example.org/logo.png", 200, "image/png",
                        new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 0}),
                response("https://news.example.org/missing", 404, "text/html", page("Not found", "No such page.")),
                record("metadata", FERRY_URI, "application/warc-fields", "outlinks: none\r\n".getBytes(
                        StandardCharsets.UTF_8)),
                response(MARKET_URI, 200, "text/html", page("Covered market reopens after repairs",
                        "Traders returned to the covered market on Saturday after eight months of roof repairs.")));
    }

    public static byte[] warc(List<byte[]> records) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        records.forEach(out::writeBytes);
        return out.toByteArray();
    }

    /** Each record compressed as its own gzip member, so readers can seek to any record. */
    public static byte[] warcGz(List<byte[]> records) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] r : records) {
            try (GZIPOutputStream gz = new GZIPOutputStream(out) {
                @Override
                public void close() throws IOException {
                    finish();
                }
            }) {
                gz.write(r);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out.toByteArray();
    }

    public static String page(String headline, String firstParagraph) {
        return "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + headline + "</title></head><body>"
                + "<h1>" + headline + "</h1><p>By Ana Lindqvist</p><p>" + firstParagraph + "</p>"
                + "<p>Officials said the change had been planned for more than a year and would be reviewed after "
                + "the first season.</p></body></html>";
    }

    public static byte[] response(String uri, int status, String contentType, String html) {
        return response(uri, status, contentType, html.getBytes(StandardCharsets.UTF_8));
    }

    public static byte[] response(String uri, int status, String contentType, byte[] body) {
        ByteArrayOutputStream http = new ByteArrayOutputStream();
        http.writeBytes(("HTTP/1.1 " + status + (status == 200 ? " OK" : " Not Found") + "\r\nContent-Type: "
                + contentType + "\r\nContent-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        http.writeBytes(body);
        return record("response", uri, "application/http; msgtype=response", http.toByteArray());
    }

    public static byte[] record(String type, String uri, String contentType, byte[] block) {
        String head = "WARC/1.0\r\nWARC-Type: " + type + "\r\n" + (uri == null ? "" : "WARC-Target-URI: " + uri + "\r\n")
                + "WARC-Date: 2025-03-12T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:" + java.util.UUID.nameUUIDFromBytes(block)
                + ">\r\nContent-Type: " + contentType + "\r\nContent-Length: " + block.length + "\r\n\r\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(block);
        out.writeBytes("\r\n\r\n".getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
