package org.copydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code copydesk check crawl.warc.gz --out DIR}: one report per captured HTML page. */
class WarcCheckTest {

    private static final String STORY_URI = "https://gazette.example.net/2025/04/02/bridge-toll.html";
    private static final String PAGE = "<!DOCTYPE html><html><head><title>Bridge toll scrapped after protest</title>"
            + "</head><body><h1>Bridge toll scrapped after protest</h1><p>By Kofi Mensah</p>"
            + "<p>The county dropped its plan for a toll on the river bridge on Tuesday after weeks of protest by "
            + "commuters and shop owners on both banks.</p><p>Officials said the repairs would now be paid from "
            + "the road budget over three years.</p></body></html>";

    @Test
    void writesOneReportPerHtmlRecord(@TempDir Path tmp) throws IOException {
        Path crawl = Files.createDirectories(tmp.resolve("in")).resolve("crawl.warc.gz");
        Files.write(crawl, gzipPerRecord(List.of(
                record("request", STORY_URI, "application/http; msgtype=request",
                        "GET /2025/04/02/bridge-toll.html HTTP/1.1\r\nHost: gazette.example.net\r\n\r\n"),
                record("response", STORY_URI, "application/http; msgtype=response", http("text/html", PAGE)),
                record("response", "https://gazette.example.net/style.css", "application/http; msgtype=response",
                        http("text/css", "body { color: black }")),
                record("response", "https://gazette.example.net/2025/04/03/ferry", "application/http; msgtype=response",
                        http("text/html; charset=utf-8", PAGE.replace("Bridge toll scrapped", "Ferry fares frozen"))))));
        Path out = tmp.resolve("out");
        StringWriter o = new StringWriter();
        int code = Copydesk.run(new String[] {"check", "-q", "--fail-on", "never", "--out", out.toString(), "--now",
            "2025-05-01", tmp.resolve("in").toString()}, new PrintWriter(o, true), new PrintWriter(new StringWriter(), true));
        List<Path> reports;
        try (Stream<Path> s = Files.list(out)) {
            reports = s.filter(f -> f.toString().endsWith(".report.json")).sorted().toList(); // not summary.json
        }
        assertEquals(2, reports.size(), o.toString() + reports);
        assertTrue(o.toString().contains("2 document(s) checked"), o.toString());
        assertTrue(o.toString().contains("2 WARC record(s) without an HTML page skipped"), o.toString());
        JsonNode first = new ObjectMapper().readTree(reports.get(0).toFile());
        String name = reports.get(0).getFileName().toString();
        assertTrue(name.matches("crawl\\.warc\\.gz#\\d+\\.report\\.json"), name);
        String offset = name.substring(name.indexOf('#') + 1, name.indexOf(".report"));
        assertTrue(first.at("/source/path").asText().endsWith("crawl.warc.gz#" + offset + " " + STORY_URI),
                first.at("/source/path").asText());
        assertEquals("text/html", first.at("/source/mediaType").asText());
        assertEquals("Bridge toll scrapped after protest", first.at("/article/headline").asText());
        assertEquals(0, code, "with --fail-on never only an unreadable input makes the exit code: " + code);
    }

    @Test
    void aRecordsUriReachesTheTerminalWithItsControlsShownVisibly(@TempDir Path tmp) throws IOException {
        String uri = "https://gazette.example.net/x\u001b[2J\u001b]0;OWNED\u0007\u202e.html";
        Path crawl = Files.createDirectories(tmp.resolve("in")).resolve("crawl.warc.gz");
        Files.write(crawl, gzipPerRecord(List.of(record("response", uri, "application/http; msgtype=response",
                http("text/html", PAGE)))));
        StringWriter o = new StringWriter();
        Copydesk.run(new String[] {"check", "--color", "never", "--now", "2025-05-01", crawl.toString()},
                new PrintWriter(o, true), new PrintWriter(new StringWriter(), true));
        String shown = o.toString();
        assertTrue(shown.contains(" https://gazette.example.net/x\\e[2J\\e]0;OWNED\\x07\\u202E.html  ("), shown);
        assertTrue(shown.chars().noneMatch(c -> c == 0x1b || c == 0x07 || c == 0x202e), shown);
    }

    @Test
    void aFileThatIsNoWarcGetsAnUnreadableReport(@TempDir Path tmp) throws IOException {
        Path bad = Files.writeString(tmp.resolve("broken.warc"), "this is not a web archive\n");
        Path out = tmp.resolve("out");
        StringWriter err = new StringWriter();
        int code = Copydesk.run(new String[] {"check", "-q", "--out", out.toString(), bad.toString()},
                new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
        assertEquals(ExitCodes.UNREADABLE, code);
        try (Stream<Path> s = Files.list(out)) {
            Path report = s.filter(f -> f.toString().endsWith(".report.json")).findFirst().orElseThrow();
            JsonNode j = new ObjectMapper().readTree(report.toFile());
            assertEquals("fail", j.get("verdict").asText());
            assertEquals("input.unreadable", j.at("/findings/0/rule").asText());
        }
        assertTrue(!err.toString().contains("\tat "), "no stack trace: " + err);
    }

    private static String http(String type, String body) {
        int length = body.getBytes(StandardCharsets.UTF_8).length;
        return "HTTP/1.1 200 OK\r\nContent-Type: " + type + "\r\nContent-Length: " + length + "\r\n\r\n" + body;
    }

    private static byte[] record(String type, String uri, String contentType, String block) {
        byte[] b = block.getBytes(StandardCharsets.UTF_8);
        String head = "WARC/1.0\r\nWARC-Type: " + type + "\r\nWARC-Target-URI: " + uri
                + "\r\nWARC-Date: 2025-04-02T08:00:00Z\r\nWARC-Record-ID: <urn:uuid:"
                + java.util.UUID.nameUUIDFromBytes(b) + ">\r\nContent-Type: " + contentType
                + "\r\nContent-Length: " + b.length + "\r\n\r\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(b);
        out.writeBytes("\r\n\r\n".getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static byte[] gzipPerRecord(List<byte[]> records) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] r : records) {
            ByteArrayOutputStream member = new ByteArrayOutputStream();
            try (GZIPOutputStream gz = new GZIPOutputStream(member)) {
                gz.write(r);
            }
            out.writeBytes(member.toByteArray());
        }
        return out.toByteArray();
    }
}
