package org.copydesk.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.copydesk.core.DateValue;
import org.copydesk.core.Finding;
import org.copydesk.core.Report;
import org.junit.jupiter.api.Test;

/**
 * The run's one reference time, given as {@code --now}, reaches the ingestor and the rules alike through
 * {@link CheckSettings#checker()}: the same page dates the same way whatever the clock says, and a markup date
 * after the reference time is reported by {@code date.future} instead of being dropped.
 */
class ReferenceTimeTest {

    private static final byte[] PAGE = ("""
            <!doctype html><html><head><title>Ferry timetable changes for the winter</title>
            <script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",
            "headline": "Ferry timetable changes for the winter", "datePublished": "2030-06-01",
            "author": {"@type": "Person", "name": "Maren Tollefsen"}}</script></head>
            <body><article><h1>Ferry timetable changes for the winter</h1>
            <p>The island ferry will leave the harbour an hour later on weekday mornings from November, the
            operator said, after commuters asked for a crossing that meets the first train on the mainland.</p>
            <p>The last boat back will also leave later, at half past nine, so that people working the evening
            shift at the hospital no longer have to stay overnight in town or pay for a water taxi.</p>
            <p>The operator said the change would cost nothing extra, because the crew rota already covers the
            later hours, and that it would review the timetable again before the summer season begins.</p>
            </article></body></html>
            """).getBytes(StandardCharsets.UTF_8);

    private static Report checkAt(String now) {
        return TestCheckers.at(now).checkPage("ferry.html", PAGE, null);
    }

    private static List<String> rules(Report report) {
        return report.findings().stream().map(Finding::rule).toList();
    }

    @Test
    void aPageCheckedAfterItsMarkupDateIsPublishedOnThatDate() {
        Report report = checkAt("2031-01-01");
        DateValue published = report.document().article().published();
        assertEquals("2030-06-01", published.iso());
        assertEquals("json-ld", published.source());
        assertFalse(rules(report).contains("date.future"), rules(report).toString());
    }

    @Test
    void aPageCheckedBeforeItsMarkupDateGetsDateFuture() {
        Report report = checkAt("2029-01-01");
        assertEquals("2030-06-01", report.document().article().published().iso());
        assertTrue(rules(report).contains("date.future"), rules(report).toString());
    }
}
