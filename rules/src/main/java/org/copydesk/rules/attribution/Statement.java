package org.copydesk.rules.attribution;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.copydesk.core.Attribution;
import org.copydesk.core.ExtractedDocument;
import org.copydesk.core.Quote;
import org.copydesk.core.Span;
import org.copydesk.core.SpeakerKind;

/**
 * One statement credited to a speaker, counted once: every attribution, plus each credited quote whose cue
 * no attribution already covers. Rules that count or judge sources read these, so a direct quote with its
 * attribution is not reported twice.
 *
 * @param span    the cue clause, or the quote when it has no attribution
 * @param verb    the cue verb or phrase, lower case, or {@code null}
 * @param speaker the speaker as resolved, or {@code null}
 * @param outlet  the outlet the statement was taken from, or {@code null}
 */
public record Statement(Span span, String verb, String speaker, SpeakerKind kind, String outlet) {

    /** The statements of {@code doc}, in text order of attributions then uncovered quotes. */
    public static List<Statement> of(ExtractedDocument doc) {
        List<Attribution> attributions = doc.quotes().attributions();
        ImmutableList.Builder<Statement> b = ImmutableList.builder();
        for (Attribution a : attributions) {
            b.add(new Statement(a.span(), a.verb(), a.speaker(), a.speakerKind(), a.outlet()));
        }
        for (Quote q : doc.quotes().quotes()) {
            if (!covered(q, attributions)) {
                b.add(new Statement(q.cueSpan() != null ? q.cueSpan() : q.span(), lower(q.cue()), q.speaker(),
                        q.speakerKind(), q.outlet()));
            }
        }
        return b.build();
    }

        private static boolean covered(Quote q, List<Attribution> attributions) {
        if (q.speakerKind() == SpeakerKind.NONE) {
            return true; // credited to nobody: attribution.unattributed-quote speaks about it
        }
        if (q.cueSpan() == null) {
            return attributions.stream().anyMatch(a -> a.direct() && a.speakerKind() == q.speakerKind()
                    && Objects.equals(a.speaker(), q.speaker()));
        }
        return attributions.stream().anyMatch(a -> a.span().overlaps(q.cueSpan()) || a.span().equals(q.cueSpan()));
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }
}
