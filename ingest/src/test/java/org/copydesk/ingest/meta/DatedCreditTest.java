package org.copydesk.ingest.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.copydesk.core.Byline;
import org.copydesk.core.WireAgencies;
import org.copydesk.ingest.lang.Languages;
import org.copydesk.ingest.text.BlockSplitter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bylines written into the date line under a headline, and dated lines that credit nobody. */
class DatedCreditTest {

    private static List<String> head(String lang, String text) {
        CreditFinder finder = new CreditFinder(WireAgencies.builtIn(), Languages.detected(lang));
        return finder.bylines(BlockSplitter.split(text), 20).stream().flatMap(c -> c.names().stream())
                .map(Byline::name).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "de; Dienstag | 3. Mai 2022 | 09:15 VON Lotte Brandauer IN Reisen | 2 KOMMENTARE; Lotte Brandauer",
        "fr; Publié le 4 mars 2021 à 10h02, par Odile Marchetti le 4 mars; Odile Marchetti",
        "en; Posted on May 3, 2021 by Keira Mallon; Keira Mallon",
        "de; 11.04.2022 - Ansgar Pohlmeyer; Ansgar Pohlmeyer",
        "en; Keira Mallon | 3 May 2021; Keira Mallon",
    })
    void readsTheBylineInsideADateLine(String lang, String line, String name) {
        assertEquals(List.of(name), head(lang, "A headline of some length\n\n" + line + "\n\nThe first paragraph."));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "en; A post shared by Harbour Lights (@harbourlights) on Jun 16, 2019 at 7:30am PDT",
        "en; 03.05.2021 - Harbour Lights - Town Hall",
        "en; Politics | 3 May 2021",
        "en; New Harbour | Fjord Arena",
    })
    void leavesDatedLinesThatCreditNobody(String lang, String line) {
        assertEquals(List.of(), head(lang, "A headline of some length\n\n" + line + "\n\nThe first paragraph."));
    }

    @org.junit.jupiter.api.Test
    void aListOfDatedNamesIsNoByline() {
        assertEquals(List.of(), head("de", "Konzerte im Mai\n\n03.05.2022 - Lotte Brandauer\n\n"
                + "04.05.2022 - Ansgar Pohlmeyer\n\nDer erste Absatz."));
    }

    @org.junit.jupiter.api.Test
    void theThreeReadersShareOneReadingOfTheMarkers() {
        assertSame(BylineMarkers.of(Languages.detected("de")), BylineMarkers.of(Languages.detected("de")));
        assertEquals(true, BylineMarkers.of(Languages.detected("de")).marker().contains("von"));
    }
}
