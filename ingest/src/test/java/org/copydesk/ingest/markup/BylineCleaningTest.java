package org.copydesk.ingest.markup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.copydesk.core.WireAgencies;
import org.copydesk.ingest.markup.MarkupClaim.Field;
import org.copydesk.ingest.meta.BylineParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Author values as markup writes them, cleaned into credited names with their kinds. */
class BylineCleaningTest {

    private final MarkupCredits credits = new MarkupCredits(new BylineParser(WireAgencies.builtIn()));

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = ';', value = {
        "By Jane Roe; meta:author; Jane Roe:person",
        "Written by Ana Ruiz & Li Wei; meta:author; Ana Ruiz:person Li Wei:person",
        "Von Karla Maier; meta:author; Karla Maier:person",
        "Jane Roe, Staff Writer; meta:author; Jane Roe:person",
        "JANE ROE Updated 5:30 PM; meta:author; Jane Roe:person",
        "Tomas Weld, Chief Technology Officer; meta:author; Tomas Weld:person",
        "Lena Marsh MS, RDN; meta:author; Lena Marsh:person",
        "Omar Falk The Associated Press; meta:author; Omar Falk:person Associated Press:agency",
        "Aino Salo and Bert Kray, Reuters; meta:author; Aino Salo:person Bert Kray:person Reuters:agency",
        "Nadia OrtizPublished; meta:author; Nadia Ortiz:person",
        "Greta Lind Dec 19th; meta:author; Greta Lind:person",
        "Greta Lind 11. März 2024; meta:author; Greta Lind:person",
        "Dr. Sebastian Kroll; meta:author; Sebastian Kroll:person",
        "Rechtsanwalt Dennis Abel; meta:author; Dennis Abel:person",
        "Eleanor Roe (reporting) and Adrian Moss (photography); meta:author; Eleanor Roe:person",
        "Greta Lind on; meta:author; Greta Lind:person",
        "Institute of Tidal Studies; meta:author; Institute of Tidal Studies:organization",
        "The Morning Ledger; meta:author; The Morning Ledger:organization",
        "Example.com; meta:author; Example.com:organization",
        "https://www.facebook.com/jonas.eklund; meta:article:author; Jonas Eklund:person",
        "Eklund, Jonas; meta:dc.creator; Jonas Eklund:person",
    })
    void cleansAuthorValues(String value, String source, String expected) {
        boolean url = JsonLdReader.looksLikeUrl(value);
        List<MarkupClaim> claims = List.of(new MarkupClaim(Field.AUTHOR, value, source, url ? "url" : null));
        String actual = String.join(" ", credits.combine(List.of(), List.of(), claims).stream()
                .map(b -> b.name() + ":" + b.kind().id()).toList());
        assertEquals(expected, actual);
    }
}
