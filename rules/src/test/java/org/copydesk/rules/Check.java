package org.copydesk.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Instant;
import java.util.List;
import org.copydesk.core.ExtractedDocument;
import org.copydesk.core.Finding;

/** Runs documents through one shared scrape-audit engine and asserts on one rule's findings. */
final class Check {

    static final Instant NOW = Instant.parse("2024-06-01T12:00:00Z");
    static final RuleEngine SCRAPE = RuleEngine.create(Profile.SCRAPE_AUDIT, RuleSettings.defaults(NOW));

    private Check() {
    }

    static List<Finding> findings(ExtractedDocument doc, String rule) {
        return SCRAPE.check(doc).stream().filter(f -> f.rule().equals(rule)).toList();
    }

    /** Asserts {@code rule} fires on {@code doc} and returns its findings. */
    static List<Finding> fires(TestArticle article, String rule) {
        List<Finding> found = findings(article.build(), rule);
        assertFalse(found.isEmpty(), rule + " should fire");
        return found;
    }

    static void quiet(TestArticle article, String rule) {
        assertEquals(List.of(), findings(article.build(), rule), rule + " should stay quiet");
    }
}
