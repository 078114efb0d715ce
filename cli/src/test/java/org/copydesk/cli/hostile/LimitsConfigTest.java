package org.copydesk.cli.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.copydesk.engine.config.ConfigException;
import org.copydesk.engine.config.ConfigReader;
import org.copydesk.ingest.limits.IngestLimits;
import org.junit.jupiter.api.Test;

/** {@code limits:} in {@code copydesk.yml}: values as written, defaults for the rest, mistakes named by key. */
class LimitsConfigTest {

    @Test
    void limitsAreReadOverTheDefaults() {
        IngestLimits l = ConfigReader.parse("limits:\n  max-bytes: 10M\n  timeout: 1500ms\n", "c.yml").limits()
                .applyTo(IngestLimits.defaults());
        assertEquals(10L << 20, l.maxBytes());
        assertEquals(Duration.ofMillis(1500), l.timeout());
        assertEquals(IngestLimits.DEFAULT_MAX_CHARS, l.maxChars());
        assertEquals(IngestLimits.DEFAULT_MAX_DEPTH, l.maxDepth());
    }

    @Test
    void aBadLimitNamesTheKeyAndLine() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> ConfigReader.parse("profile: scrape-audit\nlimits:\n  timeout: soon\n", "c.yml"));
        assertTrue(e.getMessage().startsWith("c.yml:3: limits.timeout: must be a duration"), e.getMessage());
        e = assertThrows(ConfigException.class, () -> ConfigReader.parse("limits:\n  max-width: 3\n", "c.yml"));
        assertTrue(e.getMessage().contains("limits.max-width: unknown key"), e.getMessage());
    }
}
