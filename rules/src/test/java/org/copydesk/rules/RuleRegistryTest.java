package org.copydesk.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.ResourceBundle;
import org.copydesk.core.Severity;
import org.junit.jupiter.api.Test;

class RuleRegistryTest {

    /** The ids of RULES.md, in catalog order, with their scrape-audit / pre-publication severities. */
    private static final List<String> CATALOG = List.of(
            "date.missing-published warning error",
            "date.invalid error error",
            "date.weekday-mismatch error error",
            "date.modified-before-published error error",
            "date.stale-update warning info",
            "date.future error error",
            "date.relative-unanchored warning error",
            "date.relative-inconsistent warning warning",
            "date.body-after-published warning error",
            "date.ambiguous-format info warning",
            "date.metadata-mismatch warning warning",
            "byline.missing warning error",
            "byline.agency-only info warning",
            "byline.malformed warning error",
            "byline.trailing-credit info info",
            "byline.conflict warning error",
            "attribution.unattributed-quote warning error",
            "attribution.anonymous-source info warning",
            "attribution.anonymous-share warning warning",
            "attribution.unbalanced-quotes warning error",
            "attribution.pronoun-unresolved warning error",
            "attribution.loaded-verb info warning",
            "attribution.secondhand info info",
            "text.empty-body error error",
            "text.too-short warning warning",
            "text.boilerplate-heavy info info",
            "text.truncated warning error",
            "text.mojibake error error",
            "text.duplicate-paragraph warning warning",
            "text.language info warning",
            "input.unreadable error error",
            "input.limit error error",
            "input.unsupported warning warning");

    @Test
    void theRegistryListsEveryCatalogRuleOnceWithItsSeverities() {
        List<String> registered = RuleRegistry.all().stream()
                .map(d -> d.id() + " " + d.scrapeAudit().id() + " " + d.prePublication().id()).toList();
        assertEquals(CATALOG, registered);
    }

    @Test
    void everyRuleHasAMessageAndMetadata() {
        ResourceBundle messages = ResourceBundle.getBundle("ValidationMessages");
        for (RuleDescriptor d : RuleRegistry.all()) {
            assertTrue(messages.containsKey("copydesk." + d.id()), "message for " + d.id());
            assertFalse(messages.getString("copydesk." + d.id()).isBlank(), d.id());
            assertFalse(d.summary().isBlank(), d.id());
            assertFalse(d.rationale().isBlank(), d.id());
            assertFalse(d.example().isBlank(), d.id());
            assertTrue(d.id().matches("[a-z]+\\.[a-z-]+"), d.id());
        }
    }

    @Test
    void lookupByIdAndProfileSeverity() {
        RuleDescriptor d = RuleRegistry.byId("date.stale-update").orElseThrow();
        assertEquals(Severity.WARNING, d.severityIn(Profile.SCRAPE_AUDIT));
        assertEquals(Severity.INFO, d.severityIn(Profile.PRE_PUBLICATION));
        assertEquals("date", d.family());
        assertTrue(RuleRegistry.byId("date.nonsense").isEmpty());
    }

    @Test
    void profilesAreFoundByTheirIds() {
        assertEquals(Profile.PRE_PUBLICATION, Profile.fromId("pre-publication").orElseThrow());
        assertEquals(Profile.SCRAPE_AUDIT, Profile.fromId("scrape-audit").orElseThrow());
        assertTrue(Profile.fromId("strict").isEmpty());
    }
}
