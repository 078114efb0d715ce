package org.copydesk.rules.attribution;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.copydesk.core.Attribution;
import org.copydesk.core.ExtractedDocument;
import org.copydesk.core.Quote;
import org.copydesk.core.Span;
import org.copydesk.core.SpeakerKind;
import org.copydesk.core.StartOrder;

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
        Covers covers = doc.quotes().quotes().isEmpty() ? null : new Covers(attributions);
        for (Quote q : doc.quotes().quotes()) {
            if (!covers.covered(q)) {
                b.add(new Statement(q.cueSpan() != null ? q.cueSpan() : q.span(), lower(q.cue()), q.speaker(),
                        q.speakerKind(), q.outlet()));
            }
        }
        return b.build();
    }

    /**
     * Which quotes a document's attributions already cover, indexed once so that each quote is judged without a
     * pass over every attribution: the attributions' spans sorted by start with the furthest end so far, their
     * spans, and the speakers of the direct ones.
     */
    private static final class Covers {

        private record Credit(SpeakerKind kind, String speaker) {
        }

        private final int[] starts;
        /** The furthest end among the attributions up to each index of {@link #starts}. */
        private final int[] furthestEnd;
        private final Set<Span> spans = new HashSet<>();
        private final Set<Credit> direct = new HashSet<>();

        Covers(List<Attribution> attributions) {
            List<Span> sorted = new ArrayList<>();
            for (Attribution a : attributions) {
                sorted.add(a.span());
                spans.add(a.span());
                if (a.direct()) {
                    direct.add(new Credit(a.speakerKind(), a.speaker()));
                }
            }
            sorted.sort(Comparator.comparingInt(Span::start));
            starts = new int[sorted.size()];
            furthestEnd = new int[sorted.size()];
            for (int i = 0; i < sorted.size(); i++) {
                starts[i] = sorted.get(i).start();
                furthestEnd[i] = Math.max(i > 0 ? furthestEnd[i - 1] : Integer.MIN_VALUE, sorted.get(i).end());
            }
        }

        boolean covered(Quote q) {
            if (q.speakerKind() == SpeakerKind.NONE) {
                return true; // credited to nobody: attribution.unattributed-quote speaks about it
            }
            Span cue = q.cueSpan();
            if (cue == null) {
                return direct.contains(new Credit(q.speakerKind(), q.speaker()));
            }
            // an attribution overlaps the cue when it starts before the cue ends and ends after the cue starts
            int before = lastBelow(cue.end());
            return before >= 0 && furthestEnd[before] > cue.start() || spans.contains(cue);
        }

        /** The last index whose start is below {@code end}, or -1. */
        private int lastBelow(int end) {
            return StartOrder.startingBefore(starts.length, i -> starts[i], end) - 1;
        }
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }
}
