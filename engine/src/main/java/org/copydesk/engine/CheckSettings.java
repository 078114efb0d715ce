package org.copydesk.engine;

import org.copydesk.engine.config.CopydeskConfig;
import org.copydesk.ingest.Ingestor;
import org.copydesk.ingest.limits.IngestLimits;
import org.copydesk.rules.Profile;
import org.copydesk.rules.RuleEngine;
import org.copydesk.rules.RuleSettings;

/**
 * A check's settings resolved from its {@link CheckOptions}: the configuration, profile, rule settings and limits.
 * The rule settings carry the run's one reference time ({@link RuleSettings#now()}); the ingest stages and the
 * rules both judge dates against it.
 */
public record CheckSettings(CopydeskConfig file, Profile profile, RuleSettings rules, IngestLimits limits) {

    /**
     * A new engine for these settings: Tika, the validator factory and the word lists, loaded once. Every front end
     * (the command line, the Spark job) builds its engine here, so that the reference time reaches the ingestor
     * and the rules alike.
     */
    public DocumentChecker checker() {
        RuleEngine engine = RuleEngine.create(profile, rules);
        return new DocumentChecker(new Ingestor(rules.agencies(), file.phrases(), limits, rules.now()), engine);
    }
}
