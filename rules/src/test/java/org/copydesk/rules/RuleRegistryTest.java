package org.copydesk.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;
import org.copydesk.core.Severity;
import org.junit.jupiter.api.Test;

/**
 * The registry's own promises, checked rule by rule as the registry lists them (never against a second copy of
 * the catalog): each rule sits in the family its id names, has its metadata and its message, and every message
 * belongs to a rule. Each rule's behaviour and severities are pinned by its fixture.
 */
class RuleRegistryTest {

    @Test
    void everyRuleSitsInTheFamilyItsIdNames() {
        List<String> families = new ArrayList<>();
        for (RuleRegistry.Entry e : RuleRegistry.entries()) {
            String id = e.descriptor().id();
            assertTrue(id.matches("[a-z]+\\.[a-z-]+"), id);
            assertEquals(RuleRegistry.class.getPackageName() + "." + e.descriptor().family(),
                    e.constraint().getPackageName(), id);
            if (families.isEmpty() || !families.get(families.size() - 1).equals(e.descriptor().family())) {
                families.add(e.descriptor().family());
            }
        }
        assertEquals(families.size(), Set.copyOf(families).size(), "each family's rules stand together: " + families);
    }

    @Test
    void everyRuleHasItsMetadataAndItsMessage() throws ReflectiveOperationException {
        ResourceBundle messages = ResourceBundle.getBundle("ValidationMessages");
        for (RuleRegistry.Entry e : RuleRegistry.entries()) {
            RuleDescriptor d = e.descriptor();
            assertEquals("{copydesk." + d.id() + "}", e.constraint().getMethod("message").getDefaultValue(), d.id());
            assertTrue(messages.containsKey("copydesk." + d.id()), "message for " + d.id());
            assertFalse(messages.getString("copydesk." + d.id()).isBlank(), d.id());
            assertFalse(d.summary().isBlank(), d.id());
            assertFalse(d.rationale().isBlank(), d.id());
            assertFalse(d.example().isBlank(), d.id());
        }
    }

    @Test
    void everyMessageBelongsToARule() {
        Set<String> ids = RuleRegistry.all().stream().map(RuleDescriptor::id).collect(Collectors.toSet());
        List<String> orphans = ResourceBundle.getBundle("ValidationMessages").keySet().stream()
                .filter(k -> !k.equals("copydesk.more"))
                .filter(k -> ids.stream().noneMatch(id -> k.equals("copydesk." + id)
                        || k.startsWith("copydesk." + id + ".")))
                .sorted().toList();
        assertEquals(List.of(), orphans, "messages of no registered rule (renamed or removed?)");
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
