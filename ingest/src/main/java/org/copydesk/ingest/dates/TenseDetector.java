package org.copydesk.ingest.dates;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.copydesk.core.Span;
import org.copydesk.core.TimeReference;

/**
 * Guesses whether the sentence around a date reports it as past or announces it as future, from the tense cue
 * nearest the date in the same sentence: "said", "was", "-ed" verbs for the past; "will", "is due to",
 * "is expected to" for the future. A heuristic, meant only to pick which Thursday "on Thursday" is.
 */
final class TenseDetector {

    private static final Pattern ED_WORD = Pattern.compile("(?<![\\w'])[a-z]{3,}ed(?![\\w'])");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"'\u201d\u2019)\\]]*\\s+");
    private static final String CLAUSE_BREAKS = ",;:()\u2013\u2014";
    private static final Pattern WORD_BEFORE_DOT = Pattern.compile("([\\p{L}.]+)\\.$");

    private final Pattern future;
    private final Pattern past;
    private final Set<String> notPast;
    private final Set<String> abbreviations;

    TenseDetector(DateVocabulary v) {
        future = cues(v.tenseCues.get("future"));
        past = cues(v.tenseCues.get("past"));
        notPast = v.lowerSet(v.tenseCues.get("not-past"));
        // short forms only: "in May. Then" ends a sentence, "on Sept. 26" does not
        abbreviations = v.lowerSet(Stream.of(v.section("sentence-abbreviations"), v.monthAllNames,
                v.weekdayAllNames).flatMap(List::stream)
                .filter(w -> !v.monthFullNames.contains(w) && !v.weekdayFullNames.contains(w)).toList());
    }

    private static Pattern cues(List<String> words) {
        // "'ll" hangs on the word before it; every other cue stands as whole words
        String alt = DateVocabulary.phraseAlternation(words);
        return Pattern.compile("(?:(?<![\\w'])" + alt + "|(?<=\\w)(?=')" + alt + ")(?![\\w'])");
    }

    /**
     * The tense the sentence around {@code mention} gives it; {@code region} bounds the paragraph. The clause
     * (between commas, semicolons, dashes or brackets) is asked first, so "the vote, held in May, will be
     * repeated" reports May as past; when the clause has no cue, the whole sentence is asked.
     */
    TimeReference detect(String text, Span region, Span mention) {
        Span sentence = sentenceAround(text, region, mention);
        String s = text.substring(sentence.start(), sentence.end()).replace('\u2019', '\'');
        int from = mention.start() - sentence.start();
        int to = mention.end() - sentence.start();
        int clauseStart = from;
        while (clauseStart > 0 && CLAUSE_BREAKS.indexOf(s.charAt(clauseStart - 1)) < 0) {
            clauseStart--;
        }
        int clauseEnd = to;
        while (clauseEnd < s.length() && CLAUSE_BREAKS.indexOf(s.charAt(clauseEnd)) < 0) {
            clauseEnd++;
        }
        TimeReference inClause = nearestCue(s.substring(clauseStart, clauseEnd), from - clauseStart, to - clauseStart);
        return inClause != TimeReference.UNKNOWN ? inClause : nearestCue(s, from, to);
    }

    /** The tense of the cue nearest {@code [from, to)} in {@code s}; a tie goes to the future. */
    private TimeReference nearestCue(String s, int from, int to) {
        int bestFuture = nearest(future, s, from, to, false);
        int bestPast = Math.min(nearest(past, s, from, to, false), nearest(ED_WORD, s, from, to, true));
        if (bestFuture == Integer.MAX_VALUE && bestPast == Integer.MAX_VALUE) {
            return TimeReference.UNKNOWN;
        }
        return bestFuture <= bestPast ? TimeReference.FUTURE : TimeReference.PAST;
    }

    /** Distance in characters from the mention to the closest cue in {@code s} outside it, or {@code MAX_VALUE}. */
    private int nearest(Pattern cue, String s, int from, int to, boolean edWords) {
        int best = Integer.MAX_VALUE;
        Matcher m = cue.matcher(s);
        while (m.find()) {
            if (m.end() > from && m.start() < to) {
                continue;  // words of the mention itself ("last" in "last week") were weighed when it was found
            }
            if (edWords && !isPastTense(s, m)) {
                continue;
            }
            best = Math.min(best, m.end() <= from ? from - m.end() : m.start() - to);
        }
        return best;
    }

    /** "killed" is past, "indeed" is not, and "to be published" looks forward. */
    private boolean isPastTense(String s, Matcher m) {
        return !notPast.contains(m.group().toLowerCase(Locale.ROOT))
                && !s.regionMatches(true, Math.max(0, m.start() - 3), "be ", 0, 3);
    }

    /** The sentence holding the mention, within the region; full stops after abbreviations do not end one. */
    Span sentenceAround(String text, Span region, Span mention) {
        int start = region.start();
        int end = region.end();
        Matcher m = SENTENCE_END.matcher(text).region(region.start(), region.end());
        while (m.find()) {
            if (!endsSentence(text, m.start(), m.end(), end)) {
                continue;
            }
            if (m.end() <= mention.start()) {
                start = m.end();
            } else if (m.start() >= mention.end()) {
                end = m.start() + 1;
                break;
            }
        }
        return new Span(start, end);
    }

    private boolean endsSentence(String text, int mark, int next, int limit) {
        if (next < limit && Character.isLowerCase(text.charAt(next))) {
            return false;
        }
        if (text.charAt(mark) != '.') {
            return true;
        }
        Matcher w = WORD_BEFORE_DOT.matcher(text.substring(Math.max(0, mark - 12), mark + 1));
        if (!w.find()) {
            return true;
        }
        String word = w.group(1).toLowerCase(Locale.ROOT);
        // a single letter is an initial ("J. Smith"); the rest are listed abbreviations
        return word.length() > 1 && !abbreviations.contains(word);
    }
}
