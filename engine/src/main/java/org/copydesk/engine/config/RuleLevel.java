package org.copydesk.engine.config;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.copydesk.core.Severity;

/** What {@code rules:} in {@code copydesk.yml} (or {@code --rule ID=LEVEL}) does to one rule. */
public enum RuleLevel {
    /** The rule does not run. */
    OFF(null),
    /** The rule runs at its profile's severity. */
    ON(null),
    ERROR(Severity.ERROR),
    WARNING(Severity.WARNING),
    INFO(Severity.INFO);

    private final Severity severity;

    RuleLevel(Severity severity) {
        this.severity = severity;
    }

    /** The severity the rule is re-graded to, if any. */
    public Optional<Severity> severity() {
        return Optional.ofNullable(severity);
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<RuleLevel> fromId(String id) {
        return id == null ? Optional.empty()
                : Arrays.stream(values()).filter(l -> l.id().equalsIgnoreCase(id.strip())).findFirst();
    }

    /** The accepted spellings, for messages. */
    public static String ids() {
        return String.join(", ", Arrays.stream(values()).map(RuleLevel::id).toList());
    }
}
