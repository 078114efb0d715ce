package org.copydesk.render;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.copydesk.core.ExtractedDocument;
import org.copydesk.core.Finding;
import org.copydesk.core.Quote;
import org.copydesk.core.QuoteAnalysis;
import org.copydesk.core.Report;
import org.copydesk.core.Segment;
import org.copydesk.core.Severity;
import org.copydesk.core.Span;
import org.copydesk.core.SpeakerKind;
import org.copydesk.ingest.Ingestor;
import org.copydesk.rules.Profile;
import org.copydesk.rules.RuleEngine;
import org.copydesk.rules.RuleSettings;

/**
 * The test article {@code hostile-article.txt} (markup, a {@code javascript:} URL and entities in its text; a
 * cookie banner, a donation appeal and a comment form around it), checked by the real rules, with findings and
 * a quote added on purpose across segment edges: inside a removed segment, from the body into a removed
 * segment, two findings overlapping each other, empty findings at both ends and a quote spanning segments.
 */
final class HostileArticle {

    static final Instant NOW = Instant.parse("2023-04-01T00:00:00Z");

    private HostileArticle() {
    }

    static Report report() throws IOException {
        byte[] bytes;
        try (InputStream in = HostileArticle.class.getResourceAsStream("hostile-article.txt")) {
            bytes = in.readAllBytes();
        }
        ExtractedDocument doc = new Ingestor(NOW).ingest("in/hostile \"<article>\".txt", bytes);
        List<Finding> findings = new ArrayList<>(engine().check(doc));
        String text = doc.text();
        Segment cookie = doc.segments().stream().filter(s -> s.isRemoved()
                && s.category().id().equals("cookie-consent")).findFirst().orElseThrow();
        Segment lastBody = doc.bodySegments().get(doc.bodySegments().size() - 1);
        int accept = text.indexOf("Accept", cookie.start());
        findings.add(finding("text.invented-inside", Severity.ERROR, "inside the <banner> & \"quoted\"", accept,
                accept + "Accept".length(), doc));
        int week = text.indexOf("last week", lastBody.start());
        findings.add(finding("text.invented-across", Severity.WARNING, "crosses into the banner", week,
                cookie.start() + 20, doc));
        int fares = text.indexOf("ferry fares for");
        findings.add(finding("text.invented-overlap-a", Severity.INFO, "first of two overlapping", fares - 7,
                fares + 11, doc));
        findings.add(finding("text.invented-overlap-b", Severity.WARNING, "second of two overlapping", fares + 6,
                fares + 25, doc));
        findings.add(finding("text.invented-empty", Severity.INFO, "empty at the start", 0, 0, doc));
        findings.add(finding("text.invented-end", Severity.INFO, "empty at the end", text.length(), text.length(),
                doc));
        List<Quote> quotes = new ArrayList<>(doc.quotes().quotes());
        int from = text.indexOf("campaigners");
        quotes.add(new Quote(Span.of(from, cookie.start() + 12), text.substring(from, cookie.start() + 12),
                "Ada <i>O'Brien</i>", SpeakerKind.NAMED, "wrote \"", null, null));
        QuoteAnalysis qa = new QuoteAnalysis(quotes, doc.quotes().attributions(), doc.quotes().unbalancedMarks());
        ExtractedDocument withQuote = new ExtractedDocument(doc.source(), text, doc.segments(), doc.article(),
                doc.dates(), qa, doc.problems());
        return new Report("test-version", withQuote, findings);
    }

    static RuleEngine engine() {
        return RuleEngine.create(Profile.SCRAPE_AUDIT, RuleSettings.defaults(NOW));
    }

    static RunInfo run() {
        return new RunInfo(Profile.SCRAPE_AUDIT, engine().activeRules(), "test-version", NOW, true);
    }

    private static Finding finding(String rule, Severity severity, String message, int start, int end,
            ExtractedDocument doc) {
        return Finding.at(rule, severity, message, Span.of(start, end), doc.lineIndex());
    }
}
