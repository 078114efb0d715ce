package org.copydesk.rules;

import java.util.List;
import java.util.Objects;
import org.copydesk.core.Confidence;
import org.copydesk.core.Severity;

/**
 * One rule of the catalog as the command line, SARIF and report legends describe it; {@code basis} names the
 * extracted fields its findings rely on ({@link RuleInfo#basis}).
 */
public record RuleDescriptor(String id, String summary, Severity scrapeAudit, Severity prePublication,
        String rationale, String example, List<String> basis) {

    public RuleDescriptor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(scrapeAudit, "scrapeAudit");
        Objects.requireNonNull(prePublication, "prePublication");
        Objects.requireNonNull(rationale, "rationale");
        Objects.requireNonNull(example, "example");
        basis = List.copyOf(basis);
    }

    /** A rule whose findings rely on no extracted field. */
    public RuleDescriptor(String id, String summary, Severity scrapeAudit, Severity prePublication,
            String rationale, String example) {
        this(id, summary, scrapeAudit, prePublication, rationale, example, List.of());
    }

    /** Said in the rationale of every {@link RuleInfo#englishOnly} rule. */
    static final String ENGLISH_ONLY = "It reads English wording, so it stays quiet on bodies in other languages.";

    static RuleDescriptor of(RuleInfo info) {
        String rationale = info.englishOnly() ? info.rationale() + " " + ENGLISH_ONLY : info.rationale();
        for (String field : info.basis()) {
            if (!Confidence.FIELDS.contains(field)) {
                throw new IllegalStateException(info.id() + ": basis " + field + " is no field with a confidence");
            }
        }
        return new RuleDescriptor(info.id(), info.summary(), info.scrape(), info.prePublication(), rationale,
                info.example(), List.of(info.basis()));
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
