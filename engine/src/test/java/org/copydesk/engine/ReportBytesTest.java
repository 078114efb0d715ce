package org.copydesk.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.DeflaterOutputStream;
import org.copydesk.core.Provenance;
import org.copydesk.core.Report;
import org.copydesk.core.Span;
import org.junit.jupiter.api.Test;

/** A whole report survives the trip through bytes, and bytes that are not a report are refused. */
class ReportBytesTest {

    private static final String PAGE = """
            <html><head><title>Tram depot to close</title>
            <meta property="article:published_time" content="2025-03-04T09:30:00+01:00"></head><body>
            <nav><a href="/">Home</a></nav><article><h1>Tram depot to close</h1><p>By Ines Faria</p>
            <p>The old tram depot on Quay Street will close in May, the city said on Tuesday, and its forty staff \
            will move to the new yard by the river.</p>
            <p>“We have outgrown the building,” said Aldo Brandt, who runs the network.</p></article>
            <footer>© 2025 City Post. Subscribe to our newsletter.</footer></body></html>
            """;

    @Test
    void aReportComesBackEqualWithItsProvenanceAndItsJsonUnchanged() throws IOException {
        Report checked = TestCheckers.at("2025-06-01").checkContent("depot.html", "depot.html",
                PAGE.getBytes(StandardCharsets.UTF_8));
        Provenance found = new Provenance(List.of(new Provenance.Relative("other.html", 0.8,
                Provenance.Relation.COPY_OF)), new Provenance.Source("other.html", 0.8, List.of("AP")),
                List.of(new Provenance.AlteredQuote(new Span(3, 9), "a", "Aldo Brandt", "other.html", "b", null,
                        false)));
        Report report = new Report(checked.toolVersion(), checked.document().withProvenance(found),
                checked.findings());
        Report back = ReportBytes.decode(ReportBytes.encode(report));
        assertEquals(report, back);
        assertEquals(ReportJson.write(report), ReportJson.write(back));
        assertTrue(ReportJson.write(back).contains("\"relation\" : \"copy-of\""));
    }

    @Test
    void bytesThatAreNotAReportAreRefused() throws IOException {
        assertThrows(IOException.class, () -> ReportBytes.decode("not a report".getBytes(StandardCharsets.UTF_8)));
        // a serialised object of a class a report is not made of: refused before it is built
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(new DeflaterOutputStream(bytes))) {
            out.writeObject(new javax.management.AttributeList(new ArrayList<>()));
        }
        IOException refused = assertThrows(IOException.class, () -> ReportBytes.decode(bytes.toByteArray()));
        assertTrue(refused.getMessage().startsWith("not a kept report"), refused.getMessage());
    }
}
