package org.copydesk.core;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * One problem a rule found: the rule id, its severity, a message, and where in the text (1-based line/column).
 * A finding that judges an estimated field also carries that dependence: {@code basis} names the fields it relies
 * on ({@link Confidence#FIELDS} names, e.g. {@code published}), {@code confidence} is the lowest of their
 * confidences ({@code null} when the finding relies on no field, or none of its fields was estimated), and
 * {@code gradedFrom} is the severity the rule gave before a low confidence graded it down one step ({@code null}
 * when it was not graded down).
 */
public record Finding(String rule, Severity severity, String message, Span span, int line, int column,
        Double confidence, List<String> basis, Severity gradedFrom) implements Serializable {

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(span, "span");
        basis = List.copyOf(basis);
        if (confidence != null && !(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence " + confidence + " is not a probability");
        }
        if (gradedFrom != null && gradedFrom.ordinal() + 1 != severity.ordinal()) {
            throw new IllegalArgumentException("graded from " + gradedFrom + " to " + severity + " is not one step");
        }
    }

    /** A finding that relies on no estimated field. */
    public Finding(String rule, Severity severity, String message, Span span, int line, int column) {
        this(rule, severity, message, span, line, column, null, List.of(), null);
    }

    /** A finding whose line and column are taken from {@code lines}. */
    public static Finding at(String rule, Severity severity, String message, Span span, LineIndex lines) {
        LineIndex.Position p = lines.position(span.start());
        return new Finding(rule, severity, message, span, p.line(), p.column());
    }

    /** This finding relying on the fields {@code fields}, whose lowest confidence is {@code lowest} (or null). */
    public Finding withBasis(List<String> fields, Double lowest) {
        return new Finding(rule, severity, message, span, line, column, lowest, fields, gradedFrom);
    }

    /**
     * This finding one step less serious (error to warning, warning to info), remembering what it was; an info
     * finding, or one already graded down, is returned as it is.
     */
    public Finding gradedDown() {
        if (severity == Severity.INFO || gradedFrom != null) {
            return this;
        }
        Severity lower = Severity.values()[severity.ordinal() + 1];
        return new Finding(rule, lower, message, span, line, column, confidence, basis, severity);
    }
}
