package org.copydesk.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import jakarta.validation.Constraint;
import java.lang.annotation.Annotation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.copydesk.rules.attribution.AnonymousShare;
import org.copydesk.rules.attribution.AnonymousSource;
import org.copydesk.rules.attribution.LoadedVerb;
import org.copydesk.rules.attribution.PronounUnresolved;
import org.copydesk.rules.attribution.Secondhand;
import org.copydesk.rules.attribution.UnattributedQuote;
import org.copydesk.rules.attribution.UnbalancedQuotes;
import org.copydesk.rules.byline.AgencyOnly;
import org.copydesk.rules.byline.BylineConflict;
import org.copydesk.rules.byline.MalformedCredit;
import org.copydesk.rules.byline.MissingByline;
import org.copydesk.rules.byline.TrailingCredit;
import org.copydesk.rules.date.AmbiguousFormat;
import org.copydesk.rules.date.BodyAfterPublished;
import org.copydesk.rules.date.FutureDate;
import org.copydesk.rules.date.InvalidDate;
import org.copydesk.rules.date.MetadataMismatch;
import org.copydesk.rules.date.MissingPublished;
import org.copydesk.rules.date.ModifiedBeforePublished;
import org.copydesk.rules.date.RelativeInconsistent;
import org.copydesk.rules.date.RelativeUnanchored;
import org.copydesk.rules.date.StaleUpdate;
import org.copydesk.rules.date.WeekdayMismatch;
import org.copydesk.rules.input.LimitExceeded;
import org.copydesk.rules.input.Unreadable;
import org.copydesk.rules.input.UnsupportedMedia;
import org.copydesk.rules.text.BoilerplateHeavy;
import org.copydesk.rules.text.DuplicateParagraph;
import org.copydesk.rules.text.EmptyBody;
import org.copydesk.rules.text.Mojibake;
import org.copydesk.rules.text.TooShort;
import org.copydesk.rules.text.Truncated;
import org.copydesk.rules.text.UnsupportedLanguage;

/**
 * Every rule of the catalog, in catalog order. Adding a rule is one line here; everything else (id,
 * severities, summary) is read from the {@link RuleInfo} on its constraint.
 */
public final class RuleRegistry {

    private static final List<Class<? extends Annotation>> CONSTRAINTS = List.of(
            MissingPublished.class,
            InvalidDate.class,
            WeekdayMismatch.class,
            ModifiedBeforePublished.class,
            StaleUpdate.class,
            FutureDate.class,
            RelativeUnanchored.class,
            RelativeInconsistent.class,
            BodyAfterPublished.class,
            AmbiguousFormat.class,
            MetadataMismatch.class,
            MissingByline.class,
            AgencyOnly.class,
            MalformedCredit.class,
            TrailingCredit.class,
            BylineConflict.class,
            UnattributedQuote.class,
            AnonymousSource.class,
            AnonymousShare.class,
            UnbalancedQuotes.class,
            PronounUnresolved.class,
            LoadedVerb.class,
            Secondhand.class,
            EmptyBody.class,
            TooShort.class,
            BoilerplateHeavy.class,
            Truncated.class,
            Mojibake.class,
            DuplicateParagraph.class,
            UnsupportedLanguage.class,
            Unreadable.class,
            LimitExceeded.class,
            UnsupportedMedia.class);

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
