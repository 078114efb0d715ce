package org.copydesk.ingest.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.copydesk.core.Byline;
import org.copydesk.core.CreditPlacement;
import org.copydesk.core.WireAgencies;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BylineParserTest {

    private final BylineParser parser = new BylineParser(WireAgencies.builtIn());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "By Jane Roe; Jane Roe:person",
        "By (AFP); AFP:agency",
        "By Jane Roe and John Doe, Associated Press; Jane Roe:person John Doe:person Associated Press:agency",
        "BY MARCUS LEE | Updated 3 March 2023; Marcus Lee:person",
        "Written by Ana Ruiz & Li Wei; Ana Ruiz:person Li Wei:person",
        "By Sam Odum, Senior Correspondent; Sam Odum:person",
        "By Kofi Mensah in Accra; Kofi Mensah:person",
        "Harbour Times News Service; Harbour Times News Service:organization",
        "By Web Desk; Web Desk:organization",
        "By Nell Park nell.park@example.org https://example.org/nell; Nell Park:person",
        "By Agence France-Presse; Agence France-Presse:agency",
        "El Diario Austral; El Diario Austral:organization",
        "Die Abendpost; Die Abendpost:organization",
        "Noticias del Valle; Noticias del Valle:organization",
        "Hafenblatt Media GmbH; Hafenblatt Media GmbH:organization",
        "Hafenblatt.de; Hafenblatt.de:organization",
        "By Elmer T.J. Vance; Elmer T.J. Vance:person",
        "Von Lena Hartwig; Lena Hartwig:person",
        "By Tomas Reyes, Columnist, Harbour Rights Council, Speech, Privacy, and Law Project;"
                + " Tomas Reyes:person",
        "By Tomas Reyes, Harbour Institute, and Lin Okafor; Tomas Reyes:person Harbour Institute:organization"
                + " Lin Okafor:person",
        "By Ana Ruiz, Li Wei and Sam Odum; Ana Ruiz:person Li Wei:person Sam Odum:person",
        "By Ana Ruiz, Li Wei, and Sam Odum, AP; Ana Ruiz:person Li Wei:person Sam Odum:person AP:agency",
        "Maren Holt (with Ivo Brandt and Pia Lund); Maren Holt:person Ivo Brandt:person Pia Lund:person",
        "Ana (Maria Luz) Reyes; Ana Maria Luz Reyes:person",
        "Ana (A.M.) Reyes; Ana Reyes:person",
        "Por Inés Carvajal Montoyaines.carvajal@example.org; Inés Carvajal Montoya:person",
        "By Tomas Reyes treyes@example.org; Tomas Reyes:person",
    })
    void splitsAndClassifiesNames(String raw, String expected) {
        List<Byline> got = parser.parse(raw, CreditPlacement.TOP, null);
        String actual = String.join(" ", got.stream().map(b -> b.name() + ":" + b.kind().id()).toList());
        assertEquals(expected, actual);
    }

    @org.junit.jupiter.api.Test
    void editorsAndPhotographersAreNotBylines() {
        List<Byline> got = parser.parse("Reporting by Yusuf Trelawney; editing by Maren Oakes; photos by Ida Berg",
                CreditPlacement.TRAILING, null);
        assertEquals(List.of("Yusuf Trelawney"), got.stream().map(Byline::name).toList());
    }
}
