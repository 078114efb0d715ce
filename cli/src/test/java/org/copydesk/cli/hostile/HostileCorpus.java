package org.copydesk.cli.hostile;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a corpus of hostile inputs, generated here rather than stored: bombs, entity tricks, deep nesting,
 * broken and odd files, next to one good article. Each file is named for what it tries.
 */
final class HostileCorpus {

    static final String SECRET = "XXE-SECRET-7c1d9e";
    static final String GOOD = "good-article.txt";
    static final String HEADLINE = "Tram line reopens after six-month rebuild";

    private static final String ARTICLE = """
            Tram line reopens after six-month rebuild


            By Oona Petrov

            Published: 2 May 2024

            CASTLEMERE — The eastern tram line reopened on Thursday after six months of track renewal, the transport \
            authority said, with journeys between the station and the university now four minutes shorter.

            “Passengers told us the old line felt like a fairground ride, and we listened,” said Ivo Brandt, who \
            managed the rebuild for the authority. He said the final cost was within the budget set two years ago.

            A spokesperson for the drivers’ union said staff had been consulted on the new timetable and welcomed \
            the longer turnaround at the terminus.
            """;

    private HostileCorpus() {
    }

    /** Writes the corpus into {@code dir} (created) and returns the file names written; the secret lies outside. */
    static List<String> write(Path dir, Path secretFile) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(secretFile, SECRET);
        String secretUri = secretFile.toUri().toString();
        List<String> names = new ArrayList<>();
        names.add(text(dir, GOOD, ARTICLE));
        names.add(zipBomb(dir.resolve("zip-bomb.zip")));
        names.add(gzipBomb(dir.resolve("gzip-bomb.txt.gz")));
        names.add(text(dir, "billion-laughs.xml", billionLaughs()));
        names.add(text(dir, "xxe.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY x SYSTEM \"" + secretUri
                + "\">]>\n<r><p>Entity: &x;</p></r>\n"));
        names.add(text(dir, "xxe-parameter.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY % p SYSTEM \""
                + secretUri + "\"> %p;]>\n<r>parameter entity</r>\n"));
        names.add(text(dir, "xxe.xhtml", "<?xml version=\"1.0\"?>\n<!DOCTYPE html [<!ENTITY x SYSTEM \"" + secretUri
                + "\">]>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>Entity: &x;</p></body></html>\n"));
        names.add(text(dir, "xxe.html", "<!DOCTYPE html [<!ENTITY x SYSTEM \"" + secretUri
                + "\">]><html><body><p>Entity: &x;</p></body></html>"));
        names.add(text(dir, "deep-nesting.html", "<html><body>" + "<div>".repeat(100_000)
                + "<p>Text at the bottom of a very deep page.</p>" + "</div>".repeat(100_000) + "</body></html>"));
        names.add(bytes(dir, "broken.pdf", "%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R\nstream\u0000\u00ff"
                .getBytes(StandardCharsets.ISO_8859_1)));
        names.add(brokenDocx(dir.resolve("broken.docx")));
        names.add(bytes(dir, "invalid-utf8.txt", new byte[] {'O', 'k', ' ', (byte) 0xc3, (byte) 0x28, ' ', (byte) 0xff,
            (byte) 0xfe, (byte) 0x80, ' ', (byte) 0xed, (byte) 0xa0, (byte) 0x80, '\n'}));
        names.add(bytes(dir, "empty.txt", new byte[0]));
        names.add(bytes(dir, "empty.html", new byte[0]));
        byte[] line = new byte[20 << 20];
        Arrays.fill(line, (byte) 'w');
        for (int i = 7; i < line.length; i += 8) {
            line[i] = ' ';
        }
        names.add(bytes(dir, "one-line-20mb.txt", line));
        names.add(bigPage(dir.resolve("page-50mb.html")));
        names.add(text(dir, "with space.txt", "A file name with a space."));
        names.add(text(dir, "ünïcödé ☃ 記事.txt", "A file name in Unicode."));
        names.add(text(dir, "-leading-dash.txt", "A file name that looks like an option."));
        try {
            names.add(text(dir, "new\nline.txt", "A file name with a newline."));
        } catch (IOException | RuntimeException e) {
            // the file system does not allow it: nothing to test
        }
        Path locked = dir.resolve("unreadable.txt");
        Files.writeString(locked, "You should not be able to read this.");
        try {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system
        }
        names.add("unreadable.txt");
        return names;
    }

    private static String text(Path dir, String name, String text) throws IOException {
        return bytes(dir, name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static String bytes(Path dir, String name, byte[] bytes) throws IOException {
        Files.write(dir.resolve(name), bytes);
        return name;
    }

    /** Two entries of 256 MB of zeros each: a megabyte on disk. */
    private static String zipBomb(Path file) throws IOException {
        byte[] zeros = new byte[1 << 20];
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(file))) {
            for (int e = 0; e < 2; e++) {
                z.putNextEntry(new ZipEntry("part" + e + ".txt"));
                for (int i = 0; i < 256; i++) {
                    z.write(zeros);
                }
                z.closeEntry();
            }
        }
        return file.getFileName().toString();
    }

    /** 1 GB of text compressed to about a megabyte. */
    private static String gzipBomb(Path file) throws IOException {
        byte[] chunk = new byte[1 << 20];
        Arrays.fill(chunk, (byte) 'a');
        try (OutputStream g = new GZIPOutputStream(Files.newOutputStream(file), 1 << 16)) {
            for (int i = 0; i < 1024; i++) {
                g.write(chunk);
            }
        }
        return file.getFileName().toString();
    }

    private static String billionLaughs() {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol0 \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            b.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">\n");
        }
        return b.append("]>\n<lolz>&lol9;</lolz>\n").toString();
    }

    /** A zip that says it is a Word document and holds garbage where the document should be. */
    private static String brokenDocx(Path file) throws IOException {
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(file))) {
            z.putNextEntry(new ZipEntry("[Content_Types].xml"));
            z.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-"
                    + "types\"><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-"
                    + "officedocument.wordprocessingml.document.main+xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry("word/document.xml"));
            z.write("<w:document><w:body><w:p>not closed".getBytes(StandardCharsets.UTF_8));
        }
        return file.getFileName().toString();
    }

    /** A page a little over 50 MB: an article's worth of paragraphs, repeated. */
    private static String bigPage(Path file) throws IOException {
        try (OutputStream o = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            o.write("<html><head><title>A very long page</title></head><body><article>\n"
                    .getBytes(StandardCharsets.UTF_8));
            byte[] p = ("<p>Paragraph of a very long page, written again and again until the page is fifty "
                    + "megabytes.</p>\n").getBytes(StandardCharsets.UTF_8);
            for (long n = 0; n < (51L << 20); n += p.length) {
                o.write(p);
            }
            o.write("</article></body></html>\n".getBytes(StandardCharsets.UTF_8));
        }
        return file.getFileName().toString();
    }
}
