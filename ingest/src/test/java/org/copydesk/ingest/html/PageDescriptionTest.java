package org.copydesk.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Reading the description meta tags out of a page's source. */
class PageDescriptionTest {

    @Test
    void descriptionTagsAreReadWithTheirCharacterReferences() {
        String markup = "<head><meta charset=\"utf-8\"><meta property=\"og:description\" content=\"Fahrpl&auml;ne"
                + " &amp; Preise f&#252;r die F&auml;hre\"><meta name='keywords' content='ferry'>"
                + "<META NAME=\"Description\" CONTENT=\"Fares rise &quot;again&quot;\"></head>";
        assertEquals("Fahrpläne & Preise für die Fähre\nFares rise \"again\"", PageDescription.find(markup));
    }

    @Test
    void pagesWithoutADescriptionHaveNone() {
        assertNull(PageDescription.find("<head><meta name=\"keywords\" content=\"ferry, fares\">"
                + "<meta name=\"description-extra\" content=\"not this one\"></head>"));
        assertNull(PageDescription.find(null));
    }
}
