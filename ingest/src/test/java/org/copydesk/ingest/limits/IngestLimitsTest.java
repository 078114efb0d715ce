package org.copydesk.ingest.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.copydesk.core.ExtractedDocument;
import org.copydesk.core.InputProblem;
import org.copydesk.core.WireAgencies;
import org.copydesk.ingest.Ingestor;
import org.copydesk.ingest.TestReferenceTime;
import org.copydesk.ingest.boilerplate.PhraseFamilies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Per-document limits and hostile input, each input generated here: cut off or skipped, never a crash. */
class IngestLimitsTest {

    private static final Ingestor DEFAULT_LIMITS = with(IngestLimits.defaults());

    private static Ingestor with(IngestLimits limits) {
        return new Ingestor(WireAgencies.builtIn(), PhraseFamilies.builtIn(), limits, TestReferenceTime.NOW);
    }

    private static String limitMessages(ExtractedDocument d) {
        return String.join(" | ", d.problems().stream().filter(p -> p.kind() == InputProblem.Kind.LIMIT)
                .map(InputProblem::message).toList());
    }

    @Test
    void textBeyondTheCharacterLimitIsCutOff() {
        String text = "Words of a long plain text file. ".repeat(300);
        ExtractedDocument d = with(IngestLimits.defaults().withMaxChars(1000)).ingest("long.txt",
                text.getBytes(StandardCharsets.UTF_8));
        assertEquals(1000, d.text().length());
        assertTrue(limitMessages(d).contains("character limit (1000"), limitMessages(d));
        ExtractedDocument page = with(IngestLimits.defaults().withMaxChars(1000)).ingest("long.html",
                ("<html><body><p>" + text + "</p><p>After the cut.</p></body></html>").getBytes(StandardCharsets.UTF_8));
        assertTrue(page.text().length() <= 1000, page.text().length() + "");
        assertFalse(page.text().contains("After the cut."));
        assertTrue(page.hasProblem(InputProblem.Kind.LIMIT));
    }

    @Test
    void scriptsAndStylesDoNotSpendAPagesCharacterBudget() {
        String script = "window.state = {\"items\": [" + "{\"id\": 12345, \"label\": \"tile\"},".repeat(400) + "]};";
        String article = "<p>The council met on a wet evening to hear the ferry plan.</p>".repeat(8)
                + "<p>The last paragraph of the article.</p>";
        String page = "<html><head><style>" + ".card { margin: 0 auto; }".repeat(200) + "</style><script>" + script
                + "</script></head><body><script>" + script + "</script><article>" + article
                + "<svg><text>" + "icon label ".repeat(300) + "</text></svg></article></body></html>";
        ExtractedDocument d = with(IngestLimits.defaults().withMaxChars(1000)).ingest("scripted.html",
                page.getBytes(StandardCharsets.UTF_8));
        assertFalse(d.hasProblem(InputProblem.Kind.LIMIT), limitMessages(d));
        assertTrue(d.text().contains("The last paragraph of the article."), d.text());
        // Text a reader sees still counts: the same page with a longer article is cut at the limit.
        ExtractedDocument longer = with(IngestLimits.defaults().withMaxChars(1000)).ingest("scripted-long.html",
                page.replace("<p>The last", "<p>More about the ferry plan and its cost.</p>".repeat(40) + "<p>The last").getBytes(StandardCharsets.UTF_8));
        assertTrue(longer.hasProblem(InputProblem.Kind.LIMIT), longer.problems().toString());
        assertFalse(longer.text().contains("The last paragraph of the article."));
    }

    @Test
    void deepNestingIsFlattenedAtTheDepthLimitWithoutAStackOverflow() {
        String page = "<html><body>" + "<div>".repeat(100_000) + "<p>Deep text.</p>" + "</div>".repeat(100_000)
                + "</body></html>";
        ExtractedDocument d = DEFAULT_LIMITS.ingest("deep.html", page.getBytes(StandardCharsets.UTF_8));
        assertTrue(d.text().contains("Deep text."), d.text());
        assertTrue(limitMessages(d).contains("depth limit (512)"), limitMessages(d));
        String xml = "<?xml version=\"1.0\"?><r>" + "<e>".repeat(20_000) + "deep xml" + "</e>".repeat(20_000) + "</r>";
        ExtractedDocument x = with(IngestLimits.defaults().withMaxDepth(64)).ingest("deep.xml",
                xml.getBytes(StandardCharsets.UTF_8));
        assertTrue(x.text().contains("deep xml"), x.problems().toString());
    }

    @Test
    void aLargeTextFileIsReadUpToTheByteLimitAndALargeBinaryOneSkipped(@TempDir Path tmp) throws IOException {
        Path text = Files.writeString(tmp.resolve("big.txt"), "Line of text in a big file.\n".repeat(1000));
        ExtractedDocument d = with(IngestLimits.defaults().withMaxBytes(1000)).ingest(text, "big.txt");
        assertEquals(1000, d.text().length());
        assertEquals(28_000, d.source().bytes());
        assertTrue(limitMessages(d).contains("the first 1000 bytes were read"), limitMessages(d));
        byte[] pdf = ("%PDF-1.7\n" + "x".repeat(5000)).getBytes(StandardCharsets.US_ASCII);
        ExtractedDocument skipped = with(IngestLimits.defaults().withMaxBytes(1000)).ingest("big.pdf", pdf);
        assertEquals("", skipped.text());
        assertTrue(limitMessages(skipped).contains("skipped and nothing was kept"), limitMessages(skipped));
    }

    @Test
    void theWatchdogAbandonsATaskThatSpinsWithoutLookingUp() {
        Budget budget = new Budget(IngestLimits.defaults().withTimeout(Duration.ofMillis(100)));
        long started = System.nanoTime();
        String r = new Watchdog().run(() -> {
            long n = 0;
            while (n >= 0) { // never reads, never emits: only abandoning helps
                n = (n + 1) % 1_000_000;
            }
            return "done";
        }, budget, Duration.ofMillis(300), () -> "abandoned");
        assertEquals("abandoned", r);
        assertTrue(System.nanoTime() - started < 5_000_000_000L);
    }

    @Test
    void aParserReadingASlowStreamStopsAtTheTimeLimit() {
        Budget budget = new Budget(IngestLimits.defaults().withTimeout(Duration.ofMillis(300)));
        InputStream endless = new InputStream() { // a source that trickles text forever
            @Override
            public int read() throws IOException {
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    throw new IOException(e);
                }
                return 'a';
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                b[off] = (byte) read(); // a byte at a time, as a slow connection gives them
                return 1;
            }
        };
        long started = System.nanoTime();
        Exception e = assertThrows(Exception.class, () -> new AutoDetectParser().parse(
                new GuardedInputStream(endless, budget), new GuardedHandler(new BodyContentHandler(-1), budget),
                new Metadata(), new ParseContext()));
        assertTrue(budget.stoppedBy(e), e.toString());
        assertTrue(System.nanoTime() - started < 10_000_000_000L);
        assertTrue(budget.problems().get(0).message().contains("time limit (300ms)"));
    }

    @Test
    void aDocumentTakingTooLongIsCutOffAndTheNextOneIsReadInFull() {
        // A limit far below what three megabytes take on any machine; the next document goes through the same
        // shared worker pool (with room to spare) after the first was abandoned.
        Ingestor ingestor = with(IngestLimits.defaults().withTimeout(Duration.ofMillis(1)));
        byte[] line = new byte[3_000_000];
        Arrays.fill(line, (byte) 'w');
        for (int i = 7; i < line.length; i += 8) {
            line[i] = ' ';
        }
        long started = System.nanoTime();
        ExtractedDocument slow = ingestor.ingest("one-line.txt", line);
        assertTrue(System.nanoTime() - started < 10_000_000_000L);
        assertTrue(limitMessages(slow).contains("time limit (1ms)"), limitMessages(slow));
        ExtractedDocument next = with(IngestLimits.defaults()).ingest("short.txt",
                "A short note.".getBytes(StandardCharsets.UTF_8));
        assertEquals("A short note.", next.text());
        assertTrue(next.problems().isEmpty());
    }

    @Test
    void aGzipBombStopsAtTikasExpansionLimit() throws IOException {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream g = new GZIPOutputStream(gz)) {
            byte[] chunk = new byte[1 << 20];
            Arrays.fill(chunk, (byte) 'a');
            for (int i = 0; i < 256; i++) {
                g.write(chunk);
            }
        }
        ExtractedDocument d = DEFAULT_LIMITS.ingest("bomb.txt.gz", gz.toByteArray());
        assertTrue(limitMessages(d).contains("zip-bomb"), d.problems().toString());
        assertTrue(d.text().length() < 2_000_000);
    }

    @Test
    void entitiesNeitherExpandWithoutBoundNorReadFiles(@TempDir Path tmp) throws IOException {
        Path secret = Files.writeString(tmp.resolve("secret.txt"), "SECRET-4411");
        for (String name : new String[] {"x.xml", "x.xhtml", "x.html"}) {
            String doc = "<?xml version=\"1.0\"?><!DOCTYPE html [<!ENTITY x SYSTEM \"" + secret.toUri()
                    + "\">]><html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>Entity: &x;</p></body></html>";
            ExtractedDocument d = DEFAULT_LIMITS.ingest(name, doc.getBytes(StandardCharsets.UTF_8));
            assertFalse(d.text().contains("SECRET-4411"), name + ": " + d.text());
        }
        StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE l [<!ENTITY l0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            laughs.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        laughs.append("]><l>&l9;</l>");
        ExtractedDocument d = DEFAULT_LIMITS.ingest("laughs.xml", laughs.toString().getBytes(StandardCharsets.UTF_8));
        assertTrue(d.text().length() < 10_000);
        assertTrue(limitMessages(d).contains("entities"), d.problems().toString());
    }

    @Test
    void brokenAndOddFilesGetAProblemNotAnException(@TempDir Path tmp) throws IOException {
        assertTrue(DEFAULT_LIMITS.ingest("b.pdf", "%PDF-1.4\n1 0 obj <<".getBytes(StandardCharsets.US_ASCII))
                .hasProblem(InputProblem.Kind.UNREADABLE));
        assertFalse(DEFAULT_LIMITS.ingest("b.docx", new byte[] {'P', 'K', 3, 4, 9, 9}).problems().isEmpty());
        assertTrue(DEFAULT_LIMITS.ingest("e.txt", new byte[0]).problems().isEmpty());
        byte[] invalid = "Plain words around bad bytes: \u00c3( \u00ff\u00fe\u0080 and more words.\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        ExtractedDocument u = DEFAULT_LIMITS.ingest("u.txt", invalid);
        assertFalse(u.hasProblem(InputProblem.Kind.UNREADABLE), u.problems().toString());
        assertTrue(u.text().startsWith("Plain words"), u.text());
        Path link = Files.createSymbolicLink(tmp.resolve("link.html"), tmp.resolve("missing.html"));
        ExtractedDocument dangling = DEFAULT_LIMITS.ingest(link, "link.html");
        assertTrue(dangling.problems().get(0).message().contains("symbolic link"), dangling.problems().toString());
        Path locked = Files.writeString(tmp.resolve("locked.txt"), "locked");
        locked.toFile().setReadable(false, false);
        if (!Files.isReadable(locked)) { // root reads it anyway
            assertTrue(DEFAULT_LIMITS.ingest(locked, "locked.txt").problems().get(0).message().contains("permission denied"));
        }
    }
}
