package org.copydesk.rules;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.copydesk.core.Severity;

/**
 * A rule's metadata, written on its constraint annotation: everything {@code copydesk rules}, {@code explain},
 * SARIF and the report legends show is generated from this, never written twice.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.ANNOTATION_TYPE)
public @interface RuleInfo {

    /** Stable id, {@code family.name}. */
    String id();

    /** One line: what the rule finds. */
    String summary();

    /** Default severity in the {@code scrape-audit} profile. */
    Severity scrape();

    /** Default severity in the {@code pre-publication} profile. */
    Severity prePublication();

    /** Why a copy desk cares. */
    String rationale();

    /** A short text the rule fires on. */
    String example();

    /**
     * Whether the rule reads English wording (cue verbs, relative dates, credit lines): it then judges only
     * bodies detected as English or of unknown language, and its rationale says so.
     */
    boolean englishOnly() default false;

    /**
     * The extracted fields (by their report names: {@code body}, {@code headline}, {@code published},
     * {@code modified}, {@code bylines}, {@code language}) whose values the rule's judgement relies on. A finding
     * carries the lowest confidence among them, and is graded down one step when that is below
     * {@code thresholds.min-confidence}. Empty for a rule that judges the input itself. A rule that reports a
     * field's absence relies on the body, not on the absent field: an empty field's confidence is fitted on pages
     * known to have a value (as the evaluation counts it), so it is always low and cannot tell a page that truly
     * has none from one whose value was missed; that the page was read right is what the finding rests on.
     */
    String[] basis() default {};
}
