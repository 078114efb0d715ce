package org.copydesk.ingest.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A file named as plain text is read as text even when it quotes a tag, and as markup when it is a document. */
class TextDumpTypeTest {

    private final TikaReader tika = new TikaReader();

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aDumpOpeningWithAStrayElementStaysText() throws IOException {
        byte[] dump = utf8("<div><img src=\"https://counter.example.org/pixel?id=4\" width=\"0\" alt=\"\" /></div>\n"
                + "Menu\n\n  * Home\n  * Weather\n\nThe pier reopened on Friday after a month of repairs to its"
                + " timber deck, the harbour office said.\n");
        assertTrue(tika.detect(dump, null).contains("html"), "without a name, Tika's sniffing decides");
        assertEquals("text/plain", tika.detect(dump, "pier.txt"));
    }

    @Test
    void aTutorialQuotingAPageStaysText() throws IOException {
        byte[] dump = utf8("Writing your first page\n\nEvery page starts with the same few lines:\n\n"
                + "<!DOCTYPE html>\n<html>\n<head><title>Hello</title></head>\n<body><p>Hi</p></body>\n</html>\n\n"
                + "Save it and open it in a browser.\n");
        assertEquals("text/plain", tika.detect(dump, "tutorial.txt"));
    }

    @Test
    void aPageSavedUnderATextNameIsStillMarkup() throws IOException {
        byte[] page = utf8("<!DOCTYPE html>\n<html><head><title>Pier</title></head><body><p>The pier reopened on"
                + " Friday.</p></body></html>\n");
        assertTrue(tika.detect(page, "saved-page.txt").contains("html"));
        assertTrue(tika.detect(page, "saved-page.html").contains("html"));
    }
}
