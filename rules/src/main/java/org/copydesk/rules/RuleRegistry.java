package org.copydesk.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import jakarta.validation.Constraint;
import java.lang.annotation.Annotation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.copydesk.rules.attribution.AttributionRules;
import org.copydesk.rules.byline.BylineRules;
import org.copydesk.rules.date.DateRules;
import org.copydesk.rules.input.InputRules;
import org.copydesk.rules.provenance.ProvenanceRules;
import org.copydesk.rules.text.TextRules;

/**
 * Every rule of the catalog, in catalog order: the families in turn, each listing its own rules (e.g.
 * {@link TextRules}), so that adding a rule is one line beside it. Everything else (id, severities, summary) is
 * read from the {@link RuleInfo} on its constraint; a new family is one class and one line here.
 */
public final class RuleRegistry {

    private static final List<Class<? extends Annotation>> CONSTRAINTS = Stream.of(DateRules.CATALOG,
            BylineRules.CATALOG, AttributionRules.CATALOG, TextRules.CATALOG, ProvenanceRules.CATALOG,
            InputRules.CATALOG)
            .flatMap(List::stream).toList();

    private static final Map<String, Entry> BY_ID = index();

    /** A registered rule: its descriptor, its constraint and its place in the catalog. */
    record Entry(RuleDescriptor descriptor, Class<? extends Annotation> constraint, int order) {
    }

    private RuleRegistry() {
    }

    /** Every rule, in catalog order. */
    public static List<RuleDescriptor> all() {
        return BY_ID.values().stream().map(Entry::descriptor).collect(ImmutableList.toImmutableList());
    }

    public static Optional<RuleDescriptor> byId(String id) {
        return Optional.ofNullable(BY_ID.get(id)).map(Entry::descriptor);
    }

    static List<Entry> entries() {
        return ImmutableList.copyOf(BY_ID.values());
    }

    private static Map<String, Entry> index() {
        Map<String, Entry> m = new LinkedHashMap<>();
        for (Class<? extends Annotation> c : CONSTRAINTS) {
            RuleInfo info = c.getAnnotation(RuleInfo.class);
            if (info == null || c.getAnnotation(Constraint.class) == null) {
                throw new IllegalStateException(c.getName() + " is not a constraint with @RuleInfo");
            }
            if (m.put(info.id(), new Entry(RuleDescriptor.of(info), c, m.size())) != null) {
                throw new IllegalStateException("rule id registered twice: " + info.id());
            }
        }
        return ImmutableMap.copyOf(m);
    }
}
