package org.copydesk.rules;

import java.util.Objects;
import org.copydesk.core.Span;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * Where a rule reports what it found: each report becomes one constraint violation carrying its span as
 * Hibernate Validator's dynamic payload and its message parameters for {@code ValidationMessages.properties}.
 */
public final class Evidence {

    /** The span of a finding about the whole document with no better place to point at. */
    public static final Span WHOLE_DOCUMENT = Span.of(0, 0);

    private static final int EXCERPT_LENGTH = 60;
    /**
     * At most this many findings of one rule in one document; the rest become one "more like this" finding. A
     * pathological page (half a million identical paragraphs) would otherwise cost minutes in Hibernate's
     * violation set and megabytes of report, and say nothing the first hundred do not.
     */
    public static final int MAX_PER_RULE = 100;

    private final HibernateConstraintValidatorContext context;
    private int count;
    private int max = MAX_PER_RULE;
    private String moreTemplate = "{copydesk.more}";
    private int unlisted;
    private Span firstUnlisted;

    Evidence(HibernateConstraintValidatorContext context) {
        this.context = context;
    }

    /**
     * Reports one finding at {@code span} with the rule's own message ({@code copydesk.<rule id>}).
     *
     * @param parameters alternating parameter names and values for the message
     */
    public void report(Span span, Object... parameters) {
        reportAs(context.getDefaultConstraintMessageTemplate(), span, parameters);
    }

    /** Reports one finding with another message template of the same rule (a variant key). */
    public void reportAs(String template, Span span, Object... parameters) {
        Objects.requireNonNull(span, "span");
        if (parameters.length % 2 != 0) {
            throw new IllegalArgumentException("parameters come in name/value pairs");
        }
        if (count >= max) {
            unlisted++;
            firstUnlisted = firstUnlisted == null ? span : firstUnlisted;
            return;
        }
        add(template, span, parameters);
    }

    /**
     * Lists at most {@code max} (below {@link #MAX_PER_RULE}) findings of this rule in this document, and reports
     * the rest with {@code moreTemplate}, which may use the parameters {@code count} and {@code max}, at the first
     * place not listed. Call before the first report.
     */
    public void limit(int max, String moreTemplate) {
        this.max = Math.min(max, MAX_PER_RULE);
        this.moreTemplate = moreTemplate;
    }

    /** Reports, once the rule is done, how many findings the cap left unlisted (if any). */
    void finish() {
        if (unlisted > 0) {
            add(moreTemplate, firstUnlisted, "count", unlisted, "max", max);
            unlisted = 0;
        }
    }

    private void add(String template, Span span, Object... parameters) {
        for (int i = 0; i < parameters.length; i += 2) {
            context.addMessageParameter((String) parameters[i], parameters[i + 1]);
        }
        // Hibernate tells violations apart by message and path, not by payload: keying the path by the span
        // keeps the same message at two places as two findings (and the same message twice at one as one).
        context.withDynamicPayload(span).buildConstraintViolationWithTemplate(template)
                .addBeanNode().inIterable().atKey(span).addConstraintViolation();
        count++;
    }

    int count() {
        return count;
    }

    /** {@code text} shortened for a message: whitespace collapsed, at most about 60 characters. */
    public static String excerpt(String text) {
        String t = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        if (t.length() <= EXCERPT_LENGTH) {
            return t;
        }
        int cut = t.lastIndexOf(' ', EXCERPT_LENGTH);
        return t.substring(0, cut > EXCERPT_LENGTH / 2 ? cut : EXCERPT_LENGTH) + "…";
    }
}
