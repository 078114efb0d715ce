package org.copydesk.ingest.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.copydesk.ingest.lang.Languages;
import org.copydesk.ingest.lang.Sections;

/**
 * The wording that opens a byline in the languages read ({@code lang/<code>/byline-markers.txt}), as the
 * regular-expression alternations that {@link CreditFinder}, {@link BylineParser} and
 * {@link PublicationLineFinder} build their patterns from: one reading of the data, so the three agree.
 *
 * @param roles   words before the marker ("Written" in "Written by"), or "" when there are none
 * @param marker  the word before the names ("By", "Von")
 * @param sources the marker and the words read only in a known credit ("From")
 * @param label   a label before a colon ("Author"), or "" when there are none
 */
public record BylineMarkers(String roles, String marker, String sources, String label) {

    private static final Map<Languages, BylineMarkers> BY_LANGUAGES = new ConcurrentHashMap<>();

    /** The markers of {@code languages}, read once per set. */
    public static BylineMarkers of(Languages languages) {
        return BY_LANGUAGES.computeIfAbsent(languages, l -> {
            Map<String, List<String>> w = Sections.of(l.lines("byline-markers"));
            List<String> sources = new ArrayList<>(w.getOrDefault("marker", List.of()));
            sources.addAll(w.getOrDefault("source-marker", List.of()));
            return new BylineMarkers(Sections.alternation(w.getOrDefault("role", List.of())),
                    Sections.alternation(w.getOrDefault("marker", List.of())), Sections.alternation(sources),
                    Sections.alternation(w.getOrDefault("label", List.of())));
        });
    }
}
