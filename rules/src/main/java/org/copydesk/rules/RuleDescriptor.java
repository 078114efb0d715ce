package org.copydesk.rules;

import java.util.Objects;
import org.copydesk.core.Severity;

/** One rule of the catalog as the command line, SARIF and report legends describe it. */
public record RuleDescriptor(String id, String summary, Severity scrapeAudit, Severity prePublication,
        String rationale, String example) {

    public RuleDescriptor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(scrapeAudit, "scrapeAudit");
        Objects.requireNonNull(prePublication, "prePublication");
        Objects.requireNonNull(rationale, "rationale");
        Objects.requireNonNull(example, "example");
    }

    /** Said in the rationale of every {@link RuleInfo#englishOnly} rule. */
    static final String ENGLISH_ONLY = "It reads English wording, so it stays quiet on bodies in other languages.";

    static RuleDescriptor of(RuleInfo info) {
        String rationale = info.englishOnly() ? info.rationale() + " " + ENGLISH_ONLY : info.rationale();
        return new RuleDescriptor(info.id(), info.summary(), info.scrape(), info.prePublication(), rationale,
                info.example());
    }

    /** The rule's default severity in {@code profile}. */
    public Severity severityIn(Profile profile) {
        return profile == Profile.PRE_PUBLICATION ? prePublication : scrapeAudit;
    }

    /** The rule's family: the part of the id before the dot ({@code date}, {@code byline}, …). */
    public String family() {
        return id.substring(0, id.indexOf('.'));
    }
}
