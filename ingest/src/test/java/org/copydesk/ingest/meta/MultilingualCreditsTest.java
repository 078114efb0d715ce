package org.copydesk.ingest.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.copydesk.core.Byline;
import org.copydesk.core.WireAgencies;
import org.copydesk.ingest.lang.Languages;
import org.copydesk.ingest.text.Block;
import org.copydesk.ingest.text.BlockSplitter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Byline and date lines in the languages with word lists, read only where the page's language has them. */
class MultilingualCreditsTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "de; Von Greta Hollmann und Jonas Weidemann; Greta Hollmann|Jonas Weidemann",
        "fr; Par Claire Moulinier et Hélène Guillou; Claire Moulinier|Hélène Guillou",
        "es; Por Lucía Ferrándiz y Marta Olivares; Lucía Ferrándiz|Marta Olivares",
        "it; Di Giulia Ferrante; Giulia Ferrante",
        "nl; Door Pieter de Vries; Pieter de Vries",
        "de; Autorin: Greta Hollmann; Greta Hollmann",
    })
    void readsBylinesInTheirLanguage(String lang, String line, String names) {
        assertEquals(List.of(names.split("\\|")), bylines(lang, line));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "de; Von Montag an gilt der neue Fahrplan",
        "it; Di fronte alla crisi il comune decide",
        "en; Von Greta Hollmann",
        "en; Par for the course",
    })
    void leavesSentencesAndOtherLanguagesMarkersAlone(String lang, String line) {
        assertEquals(List.of(), bylines(lang, line));
    }

    @Test
    void readsDateLineLabelsOfThePagesLanguage() {
        PublicationLineFinder de = PublicationLineFinder.of(Languages.detected("de"));
        List<PublicationLineFinder.Labelled> published = de.read("Veröffentlicht am 14. März 2024, 09:30 Uhr");
        assertEquals(PublicationLineFinder.Kind.PUBLISHED, published.get(0).kind());
        assertEquals("2024-03-14", published.get(0).date().date().toString());
        assertEquals(PublicationLineFinder.Kind.MODIFIED, de.read("Zuletzt aktualisiert: 3. Juni 2024").get(0).kind());
        assertEquals(PublicationLineFinder.Kind.MODIFIED,
                PublicationLineFinder.of(Languages.detected("fr")).read("Mis à jour le 5 février 2024").get(0).kind());
        assertTrue(PublicationLineFinder.of(Languages.detected("en")).read("Veröffentlicht am 14. März 2024").isEmpty());
    }

    private static List<String> bylines(String lang, String line) {
        CreditFinder finder = new CreditFinder(WireAgencies.builtIn(), Languages.detected(lang));
        List<Block> blocks = BlockSplitter.split(line);
        return finder.bylines(blocks, 0).stream().flatMap(c -> c.names().stream()).map(Byline::name).toList();
    }
}
