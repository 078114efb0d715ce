package org.copydesk.core;

import java.util.Objects;

/** One problem a rule found: the rule id, its severity, a message, and where in the text (1-based line/column). */
public record Finding(String rule, Severity severity, String message, Span span, int line, int column) {

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(span, "span");
    }

    /** A finding whose line and column are taken from {@code lines}. */
    public static Finding at(String rule, Severity severity, String message, Span span, LineIndex lines) {
        LineIndex.Position p = lines.position(span.start());
        return new Finding(rule, severity, message, span, p.line(), p.column());
    }
}
