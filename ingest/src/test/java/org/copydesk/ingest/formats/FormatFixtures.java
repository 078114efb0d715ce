package org.copydesk.ingest.formats;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Builds one small article, written for these tests, in each office and mail format: DOCX with POI, PDF with
 * PDFBox, ODT and EPUB as hand-assembled zips, EML as text. Each format carries the same headline, byline and
 * paragraphs so the tests can check that every path reaches the same article.
 */
final class FormatFixtures {

    static final String HEADLINE = "Harbour board approves night ferry to the outer islands";
    static final String BYLINE = "By Miriam Okafor";
    static final List<String> PARAGRAPHS = List.of(
            "The harbour board voted on Wednesday to run a night ferry to the outer islands from the spring, "
                    + "ending a decade in which the last boat left the quay before seven in the evening.",
            "Islanders who work late shifts in the port town have asked for the service for years. "
                    + "\"We have been sleeping on friends' sofas three nights a week,\" said Tomas Reyes, a nurse.",
            "The board said the crossing would cost the same as the daytime fare and that two crews would be "
                    + "hired before the first sailing.",
            "Fishermen on the outer islands welcomed the decision but warned that the old pier at Gull Point "
                    + "needs repairs before a larger boat can dock there safely at low tide.");
    /** A word from the last paragraph, to check the whole body came through. */
    static final String LAST_WORDS = "safely at low tide";

    private FormatFixtures() {
    }

    static byte[] docx() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText(HEADLINE);
            doc.createParagraph().createRun().setText(BYLINE);
            for (String p : PARAGRAPHS) {
                doc.createParagraph().createRun().setText(p);
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    static byte[] pdf() throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                s.beginText();
                s.setFont(font, 11);
                s.newLineAtOffset(60, 720);
                List<String> lines = new ArrayList<>();
                lines.add(HEADLINE);
                lines.add("");
                lines.add(BYLINE);
                lines.add("");
                for (String p : PARAGRAPHS) {
                    lines.addAll(wrap(p, 85));
                    lines.add("");
                }
                for (String line : lines) {
                    s.showText(line);
                    s.newLineAtOffset(0, -15);
                }
                s.endText();
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    static byte[] odt() throws IOException {
        StringBuilder body = new StringBuilder("<text:h text:outline-level=\"1\">" + HEADLINE + "</text:h>");
        body.append("<text:p>").append(BYLINE).append("</text:p>");
        PARAGRAPHS.forEach(p -> body.append("<text:p>").append(xml(p)).append("</text:p>"));
        String content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">"
                + "<office:body><office:text>" + body + "</office:text></office:body></office:document-content>";
        String manifest = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">"
                + "<manifest:file-entry manifest:full-path=\"/\""
                + " manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
                + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
                + "</manifest:manifest>";
        return zip("application/vnd.oasis.opendocument.text", List.of(
                new String[] {"content.xml", content}, new String[] {"META-INF/manifest.xml", manifest}));
    }

    static byte[] epub() throws IOException {
        String container = "<?xml version=\"1.0\"?>"
                + "<container version=\"1.0\" xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\">"
                + "<rootfiles><rootfile full-path=\"OEBPS/content.opf\""
                + " media-type=\"application/oebps-package+xml\"/></rootfiles></container>";
        String opf = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\" unique-identifier=\"id\">"
                + "<metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:identifier id=\"id\">ferry-1"
                + "</dc:identifier><dc:title>" + HEADLINE + "</dc:title><dc:language>en</dc:language></metadata>"
                + "<manifest><item id=\"c1\" href=\"article.xhtml\" media-type=\"application/xhtml+xml\"/></manifest>"
                + "<spine><itemref idref=\"c1\"/></spine></package>";
        StringBuilder body = new StringBuilder("<h1>" + HEADLINE + "</h1><p>" + BYLINE + "</p>");
        PARAGRAPHS.forEach(p -> body.append("<p>").append(xml(p)).append("</p>"));
        String xhtml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><html xmlns=\"http://www.w3.org/1999/xhtml\">"
                + "<head><title>" + HEADLINE + "</title></head><body>" + body + "</body></html>";
        return zip("application/epub+zip", List.of(new String[] {"META-INF/container.xml", container},
                new String[] {"OEBPS/content.opf", opf}, new String[] {"OEBPS/article.xhtml", xhtml}));
    }

    /** A multipart/alternative message: the article as plain text and as HTML; the subject is the headline. */
    static byte[] eml() {
        StringBuilder plain = new StringBuilder(BYLINE + "\r\n\r\n");
        PARAGRAPHS.forEach(p -> plain.append(p).append("\r\n\r\n"));
        StringBuilder html = new StringBuilder("<html><body><p>" + BYLINE + "</p>");
        PARAGRAPHS.forEach(p -> html.append("<p>").append(xml(p)).append("</p>"));
        html.append("</body></html>");
        String mail = "From: Desk <desk@example.org>\r\nTo: Wire <wire@example.org>\r\nSubject: " + HEADLINE
                + "\r\nDate: Wed, 12 Mar 2025 09:30:00 +0000\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/alternative; boundary=\"b1\"\r\n\r\n"
                + "--b1\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" + plain
                + "--b1\r\nContent-Type: text/html; charset=UTF-8\r\n\r\n" + html + "\r\n--b1--\r\n";
        return mail.getBytes(StandardCharsets.UTF_8);
    }

    /** A zip whose first entry is the stored {@code mimetype}, as ODF and EPUB require. */
    private static byte[] zip(String mimetype, List<String[]> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            byte[] m = mimetype.getBytes(StandardCharsets.US_ASCII);
            ZipEntry e = new ZipEntry("mimetype");
            e.setMethod(ZipEntry.STORED);
            e.setSize(m.length);
            CRC32 crc = new CRC32();
            crc.update(m);
            e.setCrc(crc.getValue());
            z.putNextEntry(e);
            z.write(m);
            z.closeEntry();
            for (String[] entry : entries) {
                z.putNextEntry(new ZipEntry(entry[0]));
                z.write(entry[1].getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String w : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + w.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : " ").append(w);
        }
        lines.add(line.toString());
        return lines;
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    }
}
