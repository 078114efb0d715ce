package org.copydesk.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.copydesk.core.ExtractedDocument;
import org.copydesk.core.Finding;
import org.copydesk.core.LineIndex;
import org.copydesk.core.Severity;
import org.copydesk.core.Span;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.cfg.GenericConstraintDef;
import org.hibernate.validator.cfg.context.TypeConstraintMappingContext;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;
import org.hibernate.validator.resourceloading.PlatformResourceBundleLocator;

/**
 * Runs the rule catalog over documents. Every enabled rule is registered on {@link ExtractedDocument} once
 * per profile (group) with that profile's severity as payload; a check validates the engine's profile group. A
 * finding of a rule with a {@link RuleInfo#basis} carries the lowest confidence of those fields and is graded down
 * one step when that is below {@link RuleSettings#minConfidence()}, so that the verdict follows what is known.
 * Built once, then thread-safe: the Hibernate {@link Validator} is shared.
 */
public final class RuleEngine {

    private final Profile profile;
    private final RuleSettings settings;
    private final Validator validator;
    private final Map<Class<? extends Annotation>, RuleRegistry.Entry> rules;

    private RuleEngine(Profile profile, RuleSettings settings, Validator validator,
            Map<Class<? extends Annotation>, RuleRegistry.Entry> rules) {
        this.profile = profile;
        this.settings = settings;
        this.validator = validator;
        this.rules = rules;
    }

    /**
     * An engine for {@code profile}. Rules in {@code settings.disabled()} are not registered; those in
     * {@code settings.severityOverrides()} report at the given severity in every profile.
     *
     * @throws IllegalArgumentException when a disabled or re-graded id names no rule
     */
    public static RuleEngine create(Profile profile, RuleSettings settings) {
        Set<String> named = new HashSet<>(settings.disabled());
        named.addAll(settings.severityOverrides().keySet());
        for (String id : named) {
            if (RuleRegistry.byId(id).isEmpty()) {
                throw new IllegalArgumentException("no such rule: " + id);
            }
        }
        HibernateValidatorConfiguration config = Validation.byProvider(HibernateValidator.class).configure();
        ConstraintMapping mapping = config.createConstraintMapping();
        TypeConstraintMappingContext<ExtractedDocument> type = mapping.type(ExtractedDocument.class);
        ImmutableMap.Builder<Class<? extends Annotation>, RuleRegistry.Entry> active = ImmutableMap.builder();
        for (RuleRegistry.Entry e : RuleRegistry.entries()) {
            String id = e.descriptor().id();
            if (settings.disabled().contains(id)) {
                continue;
            }
            active.put(e.constraint(), e);
            for (Profile p : Profile.values()) {
                Severity s = settings.severityOverrides().getOrDefault(id, e.descriptor().severityIn(p));
                type.constraint(definition(e.constraint(), p, s));
            }
        }
        // Messages come from this module's bundle whatever the context class loader; one locale keeps
        // reports byte-identical across machines.
        Validator validator = config.addMapping(mapping)
                .constraintValidatorPayload(settings)
                .messageInterpolator(new ResourceBundleMessageInterpolator(
                        new PlatformResourceBundleLocator("ValidationMessages", RuleEngine.class.getClassLoader())))
                .defaultLocale(Locale.ROOT)
                .buildValidatorFactory()
                .getValidator();
        return new RuleEngine(profile, settings, validator, active.build());
    }

    /** The rule's constraint in {@code profile}'s group, reporting at {@code severity}. */
    @SuppressWarnings("unchecked") // a varargs array of Class<? extends Payload>
    private static <A extends Annotation> GenericConstraintDef<A> definition(Class<A> constraint, Profile profile,
            Severity severity) {
        return new GenericConstraintDef<>(constraint).groups(profile.group())
                .payload(SeverityPayload.of(severity), ProfilePayload.of(profile));
    }

    public Profile profile() {
        return profile;
    }

    public RuleSettings settings() {
        return settings;
    }

    /** The rules this engine runs, in catalog order. */
    public List<RuleDescriptor> activeRules() {
        return rules.values().stream().sorted(Comparator.comparingInt(RuleRegistry.Entry::order))
                .map(RuleRegistry.Entry::descriptor).collect(ImmutableList.toImmutableList());
    }

    /** The findings on {@code doc}, ordered by place in the text, then catalog order, then message. */
    public List<Finding> check(ExtractedDocument doc) {
        Set<ConstraintViolation<ExtractedDocument>> violations = validator.validate(doc, profile.group());
        LineIndex lines = doc.lineIndex();
        List<Ranked> found = new ArrayList<>(violations.size());
        for (ConstraintViolation<ExtractedDocument> v : violations) {
            RuleRegistry.Entry rule = rules.get(v.getConstraintDescriptor().getAnnotation().annotationType());
            Severity severity = SeverityPayload.from(v.getConstraintDescriptor().getPayload())
                    .orElseThrow(() -> new IllegalStateException("constraint without severity: " + rule));
            HibernateConstraintViolation<?> hv = v.unwrap(HibernateConstraintViolation.class);
            Span span = hv.getDynamicPayload(Span.class);
            Finding f = Finding.at(rule.descriptor().id(), severity, v.getMessage(),
                    span == null ? Evidence.WHOLE_DOCUMENT : span, lines);
            found.add(new Ranked(weighed(f, rule.descriptor().basis(), doc), rule.order()));
        }
        found.sort(Comparator.comparingInt((Ranked r) -> r.finding().span().start())
                .thenComparingInt(r -> r.finding().span().end())
                .thenComparingInt(Ranked::order)
                .thenComparing(r -> r.finding().message()));
        return found.stream().map(Ranked::finding).collect(ImmutableList.toImmutableList());
    }

    /**
     * {@code f} with the confidence of the fields it relies on, graded down one step when that is below the
     * settings' minimum. A field nobody estimated (an unreadable document) neither lowers nor grades anything.
     */
    private Finding weighed(Finding f, List<String> basis, ExtractedDocument doc) {
        if (basis.isEmpty()) {
            return f;
        }
        Double lowest = FieldConfidence.lowest(doc.confidence(), basis);
        Finding weighed = f.withBasis(basis, lowest);
        return lowest != null && lowest < settings.minConfidence() ? weighed.gradedDown() : weighed;
    }

    private record Ranked(Finding finding, int order) {
    }
}
