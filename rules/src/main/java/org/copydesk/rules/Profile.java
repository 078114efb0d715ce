package org.copydesk.rules;

import java.util.List;
import java.util.Optional;

/**
 * A checking profile: which severities the catalog uses. Each profile is also a Bean Validation group, so one
 * validator holds every rule at both profiles' severities and a check asks for one group.
 */
public enum Profile {
    /**
     * Auditing scraped pages before a pipeline trusts them: gaps are warnings, contradictions errors. A corpus is
     * used for its text and its dates, so those are the fields it relies on.
     */
    SCRAPE_AUDIT("scrape-audit", ScrapeAudit.class, List.of("body", "published")),
    /**
     * Gating an article before it is published: what an editor must fix is an error. Everything a reader sees at
     * the top of the article is relied on.
     */
    PRE_PUBLICATION("pre-publication", PrePublication.class, List.of("body", "headline", "published", "bylines"));

    /** Validation group of the {@code scrape-audit} profile. */
    public interface ScrapeAudit {
    }

    /** Validation group of the {@code pre-publication} profile. */
    public interface PrePublication {
    }

    private final String id;
    private final Class<?> group;
    private final List<String> reliesOn;

    Profile(String id, Class<?> group, List<String> reliesOn) {
        this.id = id;
        this.group = group;
        this.reliesOn = reliesOn;
    }

    /**
     * The extracted fields (report names, in the report's order) this profile relies on: {@code input.low-confidence}
     * fires when one of them is less sure than {@code thresholds.min-confidence}.
     */
    public List<String> reliesOn() {
        return reliesOn;
    }

    /** The profile's name on the command line and in configuration. */
    public String id() {
        return id;
    }

    /** The validation group that carries this profile's severities. */
    public Class<?> group() {
        return group;
    }

    public static Optional<Profile> fromId(String id) {
        for (Profile p : values()) {
            if (p.id.equalsIgnoreCase(id)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** The default profile. */
    public static Profile defaultProfile() {
        return SCRAPE_AUDIT;
    }
}
