package org.copydesk.engine.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.copydesk.core.BoilerplateCategory;
import org.copydesk.core.Severity;
import org.copydesk.rules.Profile;
import org.copydesk.rules.RuleSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code copydesk.yml}: the schema read into settings, and each kind of mistake named by file, line and key. */
class ConfigReaderTest {

    private static final String FULL = """
            # every key
            profile: pre-publication
            fail-on: warning
            rules:
              date.stale-update: off
              byline.agency-only: error
              text.too-short: "on"
            thresholds:
              stale-update-days: 30
              min-words: 120
              anonymous-share: 0.25
            agencies:
              - Kestrel Newswire
            boilerplate:
              donation-appeal:
                - Lantern readers keep this page lit
            """;

    @Test
    void readsEveryKey() {
        CopydeskConfig c = ConfigReader.parse(FULL, "copydesk.yml");
        assertEquals(Optional.of(Profile.PRE_PUBLICATION), c.profile());
        assertEquals(Optional.of("warning"), c.failOn());
        assertEquals(RuleLevel.OFF, c.rules().get("date.stale-update"));
        assertEquals(RuleLevel.ERROR, c.rules().get("byline.agency-only"));
        assertEquals(RuleLevel.ON, c.rules().get("text.too-short"));
        assertEquals(List.of("Lantern readers keep this page lit"),
                c.boilerplate().get(BoilerplateCategory.DONATION_APPEAL));
        RuleSettings s = c.applyTo(RuleSettings.defaults(Instant.EPOCH));
        assertEquals(30, s.staleUpdateDays());
        assertEquals(120, s.minWords());
        assertEquals(0.25, s.anonymousShare());
        assertTrue(s.disabled().contains("date.stale-update"));
        assertEquals(Severity.ERROR, s.severityOverrides().get("byline.agency-only"));
        assertTrue(s.agencies().isAgency("kestrel newswire"));
        assertTrue(s.agencies().isAgency("AFP"), "the built-in agencies stay");
    }

    @Test
    void theExampleFileIsValid() {
        java.nio.file.Path example = java.nio.file.Path.of("..", "copydesk.example.yml");
        CopydeskConfig c = ConfigReader.read(example);
        assertEquals(RuleLevel.OFF, c.rules().get("attribution.loaded-verb"));
        assertTrue(c.agencies().contains("Kestrel Newswire"));
    }

    @Test
    void anEmptyFileChangesNothing() {
        CopydeskConfig c = ConfigReader.parse("# nothing yet\n", "copydesk.yml");
        assertEquals(CopydeskConfig.empty(), c);
    }

    @Test
    void commandLineRulesReplaceTheFilesEntries() {
        CopydeskConfig c = ConfigReader.parse("rules:\n  date.stale-update: off\n", "f.yml")
                .withRules(java.util.Map.of("date.stale-update", RuleLevel.INFO));
        RuleSettings s = c.applyTo(RuleSettings.defaults(Instant.EPOCH));
        assertTrue(s.disabled().isEmpty());
        assertEquals(Severity.INFO, s.severityOverrides().get("date.stale-update"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown top-level key       | rulez:\\n  date.stale-update: off                  | f.yml:1: rulez: unknown key
            unknown rule id             | rules:\\n  date.stale-updat: off                   | f.yml:2: rules.date.stale-updat: unknown rule id
            bad rule level              | rules:\\n  date.stale-update: loud                 | f.yml:2: rules.date.stale-update: must be one of
            unknown profile             | profile: strict                                    | f.yml:1: profile: unknown profile 'strict'
            bad fail-on                 | fail-on: sometimes                                 | f.yml:1: fail-on: must be
            unknown threshold           | thresholds:\\n  max-words: 3                       | f.yml:2: thresholds.max-words: unknown key
            negative days               | thresholds:\\n  stale-update-days: -1              | f.yml:2: thresholds.stale-update-days: must be a whole number
            words not a number          | thresholds:\\n  min-words: many                    | f.yml:2: thresholds.min-words: must be a whole number
            share above one             | thresholds:\\n  anonymous-share: 1.5               | f.yml:2: thresholds.anonymous-share: must be a number from 0 to 1
            agencies not a list         | agencies: Kestrel Newswire                         | f.yml:1: agencies: expected a list
            empty agency                | agencies:\\n  - ''                                 | f.yml:2: agencies: expected a single value
            unknown category            | boilerplate:\\n  donations:\\n    - Give now       | f.yml:2: boilerplate.donations: unknown category
            category other              | boilerplate:\\n  other:\\n    - Give now           | f.yml:2: boilerplate.other: phrases cannot be added
            phrases not a list          | boilerplate:\\n  donation-appeal: Give now         | f.yml:2: boilerplate.donation-appeal: expected a list
            rules not a mapping         | rules: off                                         | f.yml:1: rules: expected a mapping
            top level not a mapping     | - profile                                          | f.yml:1: the top level: expected a mapping
            duplicate key               | profile: scrape-audit\\nprofile: pre-publication   | f.yml:2:
            not YAML                    | rules: [off\\n                                     | f.yml:
            a tagged Java type          | profile: !!javax.script.ScriptEngineManager []     | f.yml:1: profile: explicit YAML tags (!!javax.script.ScriptEngineManager) are not allowed
            an alias                    | agencies:\\n  - *wire                            | f.yml:2: agencies: YAML aliases (*wire) are not supported
            """)
    void eachMistakeIsOneLineNamingFileLineAndKey(String what, String yaml, String expected) {
        ConfigException e = assertThrows(ConfigException.class,
                () -> ConfigReader.parse(yaml.replace("\\n", "\n"), "f.yml"), what);
        assertTrue(e.getMessage().startsWith(expected), what + ": " + e.getMessage());
        assertEquals(1, e.getMessage().lines().count(), e.getMessage());
    }

    @Test
    void aMissingExplicitFileIsAnError(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) {
        ConfigException e = assertThrows(ConfigException.class,
                () -> ConfigReader.load(tmp.resolve("nope.yml"), tmp));
        assertTrue(e.getMessage().contains("nope.yml: no such configuration file"), e.getMessage());
        assertEquals(CopydeskConfig.empty(), ConfigReader.load(null, tmp), "no file in the working directory");
    }
}
