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
        "pl; Autor: Tomasz Wierzbicki; Tomasz Wierzbicki",
        "pl; Tekst: Agnieszka Pawlak i Marek Sobczyk; Agnieszka Pawlak|Marek Sobczyk",
    })
    void readsBylinesInTheirLanguage(String lang, String line, String names) {
        assertEquals(List.of(names.split("\\|")), bylines(lang, line));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        // job titles, a place and a desk in the page's own language are cut from the names
        "de; Von Greta Hollmann, Redakteurin; Greta Hollmann",
        "de; Von Jonas Weidemann aus Wien; Jonas Weidemann",
        "fr; Par Claire Moulinier, correspondante à Lyon; Claire Moulinier",
        "fr; Par Hélène Guillou, rédactrice en chef; Hélène Guillou",
        "es; Por Marta Olivares en Sevilla; Marta Olivares",
        "es; Por Lucía Ferrándiz, periodista; Lucía Ferrándiz",
        "pt; Por Joana Pereira, repórter; Joana Pereira",
        "nl; Door Pieter de Vries, verslaggever; Pieter de Vries",
        // a title glued to the name without a space, as some page templates write it
        "de; Von Greta HollmannRedakteurin Politik; Greta Hollmann",
        // a title naming its organisation credits nobody
        "es; Por Marta Olivares, directora de la Fundación Ejemplo; Marta Olivares",
    })
    void cutsTitlesAndPlacesInTheirLanguage(String lang, String line, String names) {
        assertEquals(List.of(names.split("\\|")), bylines(lang, line));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        // a desk is credited as an organisation, never as a person
        "de; Autor: Online-Redaktion; ORGANIZATION",
        "fr; Par La Rédaction; ORGANIZATION",
        "es; Por Redacción; ORGANIZATION",
        // a name that only looks like a title word elsewhere stays a person
        "de; Von Anna Schreiber; PERSON",
        "pt; Por Leonardo da Vinci; PERSON",
    })
    void tellsDesksFromPeople(String lang, String line, String kind) {
        CreditFinder finder = new CreditFinder(WireAgencies.builtIn(), Languages.detected(lang));
        List<Byline> found = finder.bylines(BlockSplitter.split(line), 0).stream()
                .flatMap(c -> c.names().stream()).toList();
        assertEquals(1, found.size(), found.toString());
        assertEquals(kind, found.get(0).kind().name());
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
        // a language with cases dates in the genitive ("3 maja"), named in its months list beside the nominative
        PublicationLineFinder pl = PublicationLineFinder.of(Languages.detected("pl"));
        List<PublicationLineFinder.Labelled> opublikowano = pl.read("Opublikowano: 3 maja 2021, 10:15");
        assertEquals(PublicationLineFinder.Kind.PUBLISHED, opublikowano.get(0).kind());
        assertEquals("2021-05-03", opublikowano.get(0).date().date().toString());
        assertEquals("2021-10-28",
                pl.read("Aktualizacja: 28 października 2021").get(0).date().date().toString());
    }

    private static List<String> bylines(String lang, String line) {
        CreditFinder finder = new CreditFinder(WireAgencies.builtIn(), Languages.detected(lang));
        List<Block> blocks = BlockSplitter.split(line);
        return finder.bylines(blocks, 0).stream().flatMap(c -> c.names().stream()).map(Byline::name).toList();
    }
}
