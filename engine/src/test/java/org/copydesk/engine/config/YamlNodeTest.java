package org.copydesk.engine.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.copydesk.core.BoilerplateCategory;
import org.copydesk.rules.Profile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * YAML's anchors, aliases and explicit tags in {@code copydesk.yml}: each one stops the run at its line, under
 * the key it belongs to; the characters {@code & * !} inside ordinary text stay text.
 */
class YamlNodeTest {

    private static final String ALIAS = ") are not supported: write the value out";
    private static final String ANCHOR = ") are not supported";
    private static final String TAG = ") are not allowed";

    /** The message of the one {@link ConfigException} reading {@code yaml} as {@code copydesk.yml} gives. */
    private static String refusal(String yaml) {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigReader.parse(yaml, "copydesk.yml"));
        assertEquals(1, e.getMessage().lines().count(), e.getMessage());
        return e.getMessage();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            alias in a block sequence     | boilerplate:\\n  navigation:\\n    - Skip to content\\n    - *p     | copydesk.yml:4: boilerplate.navigation: YAML aliases (*p
            alias in a flow sequence      | boilerplate: {navigation: [*p]}                                  | copydesk.yml:1: boilerplate.navigation: YAML aliases (*p
            alias as a mapping value      | profile: scrape-audit\\nfail-on: *level                          | copydesk.yml:2: fail-on: YAML aliases (*level
            alias as a whole mapping      | rules:\\n  date.stale-update: off\\nthresholds: *t               | copydesk.yml:3: thresholds: YAML aliases (*t
            alias behind a merge key      | limits:\\n  <<: *defaults                                        | copydesk.yml:2: limits.<<: YAML aliases (*defaults
            alias as a key                | rules:\\n  date.stale-update: off\\n  *id : error                | copydesk.yml:3: rules: YAML aliases (*id
            alias as an explicit key      | rules:\\n  ? *id\\n  : error                                     | copydesk.yml:2: rules: YAML aliases (*id
            alias as a top-level key      | profile: scrape-audit\\n*p : x                                   | copydesk.yml:2: the top level: YAML aliases (*p
            alias as the whole document   | *everything                                                      | copydesk.yml:1: the top level: YAML aliases (*everything
            undefined alias               | agencies:\\n  - Kestrel Newswire\\n  - *nowhere                  | copydesk.yml:3: agencies: YAML aliases (*nowhere
            """)
    void everyAliasIsRefused(String what, String yaml, String expected) {
        assertEquals(expected + ALIAS, refusal(yaml.replace("\\n", "\n")), what);
    }

    @Test
    void anAnchorIsRefusedBeforeTheAliasThatWouldRepeatIt() {
        String yaml = """
                agencies:
                  - &wire Kestrel Newswire
                boilerplate:
                  navigation: [*wire]
                """;
        assertEquals("copydesk.yml:2: agencies: YAML anchors (&wire" + ANCHOR, refusal(yaml));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            anchor on a scalar value      | profile: &p scrape-audit                                         | copydesk.yml:1: profile: YAML anchors (&p
            anchor on a sequence item     | agencies:\\n  - Kestrel Newswire\\n  - &n Northmoor Press        | copydesk.yml:3: agencies: YAML anchors (&n
            anchor on a block mapping     | thresholds: &t\\n  min-words: 60                                 | copydesk.yml:1: thresholds: YAML anchors (&t
            anchor on a flow sequence     | agencies: &a [Kestrel Newswire]                                  | copydesk.yml:1: agencies: YAML anchors (&a
            anchor on a key               | rules:\\n  &r date.stale-update: off                             | copydesk.yml:2: rules.date.stale-update: YAML anchors (&r
            anchor on the document        | &root\\nprofile: scrape-audit                                    | copydesk.yml:1: the top level: YAML anchors (&root
            """)
    void everyAnchorIsRefused(String what, String yaml, String expected) {
        assertEquals(expected + ANCHOR, refusal(yaml.replace("\\n", "\n")), what);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Java type on a block mapping  | limits: !!java.util.HashMap\\n  max-bytes: 1M                     | copydesk.yml:1: limits: explicit YAML tags (!!java.util.HashMap
            Java type on a flow mapping   | limits: !!java.util.HashMap {max-bytes: 1M}                       | copydesk.yml:1: limits: explicit YAML tags (!!java.util.HashMap
            tag on its own line           | limits:\\n  !!java.util.HashMap\\n  max-bytes: 1M                 | copydesk.yml:2: limits: explicit YAML tags (!!java.util.HashMap
            Java type on a sequence       | profile: !!javax.script.ScriptEngineManager []                    | copydesk.yml:1: profile: explicit YAML tags (!!javax.script.ScriptEngineManager
            !!str on a scalar             | thresholds:\\n  min-words: !!str 60                               | copydesk.yml:2: thresholds.min-words: explicit YAML tags (!!str
            !!str on a sequence item      | agencies:\\n  - !!str Kestrel Newswire                            | copydesk.yml:2: agencies: explicit YAML tags (!!str
            custom tag on a scalar        | profile: !foo scrape-audit                                        | copydesk.yml:1: profile: explicit YAML tags (!foo
            custom tag on a sequence      | agencies: !foo [Kestrel Newswire]                                 | copydesk.yml:1: agencies: explicit YAML tags (!foo
            tag on a key                  | !!str profile: scrape-audit                                       | copydesk.yml:1: profile: explicit YAML tags (!!str
            non-specific tag              | fail-on: ! warning                                                | copydesk.yml:1: fail-on: explicit YAML tags (!
            verbatim tag                  | fail-on: !<tag:example.com,2000:level> warning                    | copydesk.yml:1: fail-on: explicit YAML tags (!<tag:example.com,2000:level>
            tag on the document           | --- !!map\\nprofile: scrape-audit                                 | copydesk.yml:1: the top level: explicit YAML tags (!!map
            """)
    void everyExplicitTagIsRefused(String what, String yaml, String expected) {
        assertEquals(expected + TAG, refusal(yaml.replace("\\n", "\n")), what);
    }

    @Test
    void plainQuotedAndBlockScalarsAreRead() {
        CopydeskConfig c = ConfigReader.parse("""
                profile: pre-publication
                fail-on: 'warning'
                thresholds:
                  min-words: "60"
                boilerplate:
                  donation-appeal:
                    - |
                      Lantern readers keep this page lit
                    - >
                      Support independent
                      news today
                """, "copydesk.yml");
        assertEquals(Optional.of(Profile.PRE_PUBLICATION), c.profile());
        assertEquals(Optional.of("warning"), c.failOn());
        assertEquals(Optional.of(60), c.minWords());
        assertEquals(List.of("Lantern readers keep this page lit", "Support independent news today"),
                c.boilerplate().get(BoilerplateCategory.DONATION_APPEAL));
    }

    @Test
    void ampersandsStarsAndBangsInsideTextStayText() {
        CopydeskConfig c = ConfigReader.parse("""
                # a comment may say &p, *p and !!str
                agencies: ["AT&T News", "Yahoo!", "*p", '&p', '!!str', "!foo"]
                boilerplate:
                  navigation:
                    - AT&T Newsroom
                    - Yahoo! News
                    - Rate this * story
                    - Skip to content & more
                """, "copydesk.yml");
        assertEquals(List.of("AT&T News", "Yahoo!", "*p", "&p", "!!str", "!foo"), c.agencies());
        assertEquals(List.of("AT&T Newsroom", "Yahoo! News", "Rate this * story", "Skip to content & more"),
                c.boilerplate().get(BoilerplateCategory.NAVIGATION));
    }

    @Test
    void aQuotedStarIsAStringNotAnAlias() {
        YamlNode root = YamlNode.parse("boilerplate: {navigation: [\"*p\"]}\n", "copydesk.yml");
        YamlNode phrase = root.map().get("boilerplate").map().get("navigation").list().get(0);
        assertEquals("*p", phrase.text());
        assertEquals(1, phrase.line());
    }

    @Test
    void theExampleFileHasNoAnchorsAliasesOrTags() {
        CopydeskConfig c = ConfigReader.read(java.nio.file.Path.of("..", "copydesk.example.yml"));
        assertEquals(Optional.of(Profile.SCRAPE_AUDIT), c.profile());
    }
}
