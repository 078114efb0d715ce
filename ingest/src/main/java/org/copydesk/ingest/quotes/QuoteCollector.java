package org.copydesk.ingest.quotes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.copydesk.core.DataFiles;
import org.copydesk.core.Span;

/**
 * Collects the quoted stretches of an article's paragraphs, applies the multi-paragraph convention (a paragraph
 * left open and reopened by the next is one quotation) and sorts quotations from scare quotes and titles.
 */
final class QuoteCollector {

    /** Scare quotes are one to three words; four or more make a (partial) quotation. */
    private static final int MIN_QUOTE_WORDS = 4;

    private static final Set<String> TERM_MARKERS = Set.copyOf(DataFiles.lines(QuoteCollector.class,
            "term-markers.txt"));

    private static final Set<String> TITLE_MINOR_WORDS = Set.copyOf(DataFiles.lines(QuoteCollector.class,
            "title-minor-words.txt"));

    final List<QuotePart> parts = new ArrayList<>();
    final List<List<QuotedRegion>> regionsByPara = new ArrayList<>();
    final List<Span> unbalanced = new ArrayList<>();

    private final String text;
    private final Lexicon lexicon;

    QuoteCollector(String text, List<Span> paragraphs, QuoteMarks marks, Lexicon lexicon) {
        this.text = text;
        this.lexicon = lexicon;
        List<QuoteMarks.Paragraph> scanned = new ArrayList<>();
        for (Span p : paragraphs) {
            scanned.add(marks.scan(text, p));
        }
        int pendingGroup = -1; // group the previous paragraph left open for this one to continue
        for (int p = 0; p < scanned.size(); p++) {
            QuoteMarks.Paragraph para = scanned.get(p);
            regionsByPara.add(para.regions());
            boolean reopensNext = p + 1 < scanned.size() && scanned.get(p + 1).opensWithMark();
            for (int s : para.stray()) {
                unbalanced.add(new Span(s, s + 1));
            }
            if (para.openAtEnd() >= 0 && !reopensNext) {
                unbalanced.add(new Span(para.openAtEnd(), para.openAtEnd() + 1));
            }
            if (para.wrongCloseAtEnd() >= 0 && !reopensNext) {
                unbalanced.add(new Span(para.wrongCloseAtEnd(), para.wrongCloseAtEnd() + 1));
            }
            QuotePart previous = null;
            for (QuotedRegion r : para.regions()) {
                boolean continues = pendingGroup >= 0 && previous == null && para.opensWithMark() && !r.single();
                boolean leftOpen = !r.closed() && reopensNext
                        || r.closed() && r.end() == para.wrongCloseAtEnd() + 1 && reopensNext;
                QuotePart.Kind kind = isHeading(r, paragraphs.get(p), para.regions().size())
                        ? QuotePart.Kind.TITLE : kind(r, previous, continues || leftOpen, p == 0);
                QuotePart part = new QuotePart(r, p, kind, continues ? pendingGroup : parts.size());
                if (kind == QuotePart.Kind.QUOTE && previous != null && brokenByCue(r, previous)) {
                    part.group = previous.group;
                    part.joinsPrevious = true;
                }
                parts.add(part);
                previous = part;
            }
            QuotePart last = previous;
            boolean lastLeftOpen = last != null && (!last.region.closed()
                    || last.region.end() == para.wrongCloseAtEnd() + 1);
            pendingGroup = reopensNext && lastLeftOpen ? last.group : -1;
        }
    }

    private QuotePart.Kind kind(QuotedRegion r, QuotePart previous, boolean multiParagraph, boolean firstParagraph) {
        String inner = r.inner(text);
        int words = inner.isBlank() ? 0 : (int) Arrays.stream(inner.split("[\\s\\p{Z}]+"))
                .filter(w -> w.codePoints().anyMatch(Character::isLetterOrDigit)).count();
        if (multiParagraph || words > 0 && afterCueVerb(r)) {
            return QuotePart.Kind.QUOTE; // Roe said, “Probably.”; fans chanted, “Open the Gates”
        }
        if (isTitle(r, inner, words) || afterWorkNoun(r, inner) || termMarked(r) || namesWork(r, inner, words)
                || !firstParagraph && titleCase(inner, words)) {
            return QuotePart.Kind.TITLE;
        }
        if (words >= MIN_QUOTE_WORDS) {
            return QuotePart.Kind.QUOTE;
        }
        if (words > 0 && startsSentence(r) && endsWithPunctuation(r)
                || previous != null && previous.kind == QuotePart.Kind.QUOTE && brokenByCue(r, previous)) {
            return QuotePart.Kind.QUOTE; // “No,” he said. / “We will,” he said, “win.”
        }
        return QuotePart.Kind.SCARE;
    }

    /** Whether a cue verb and a comma or colon stand right before the opening mark ("tweeted: “…”"). */
    private boolean afterCueVerb(QuotedRegion r) {
        int k = r.open() - 1;
        while (k >= 0 && QuoteMarks.isSpace(text.charAt(k))) {
            k--;
        }
        if (k < 0 || text.charAt(k) != ',' && text.charAt(k) != ':') {
            return false;
        }
        int end = k;
        k--;
        while (k >= 0 && Character.isLetter(text.charAt(k))) {
            k--;
        }
        return lexicon.isCueVerb(text.substring(k + 1, end));
    }

    /** ‘Countering Violent Extremism’: capitalised words without sentence punctuation name a work or event. */
    private boolean isTitle(QuotedRegion r, String inner, int words) {
        return words >= 2 && !endsWithPunctuation(r) && titleWords(inner);
    }

    /** Every word of four letters or more capitalised, the first word too ("Port Deal Collapses as Mayor Quits"). */
    private static boolean titleWords(String inner) {
        for (String w : inner.split("[\\s\\p{Z}]+")) {
            if (w.length() >= 4 && Character.isLetter(w.charAt(0)) && !Character.isUpperCase(w.charAt(0))) {
                return false;
            }
        }
        return !inner.isEmpty() && Character.isUpperCase(inner.charAt(0));
    }

    /**
     * A title written with the sentence's comma inside its marks: “Ferry Fares to Double,” the Harbour Gazette
     * announced (the headline of an outlet named right after it), or the network’s “State of the Union,” (a show
     * of the name before it). Only a comma may end it: a full stop, question or exclamation mark ends a statement.
     */
    private boolean namesWork(QuotedRegion r, String inner, int words) {
        if (words < 2 || !r.closed() || !titleWords(inner)) {
            return false;
        }
        String raw = text.substring(r.open() + r.openWidth(), r.end() - r.closeWidth()).strip();
        if (!raw.endsWith(",")) {
            return false;
        }
        return afterPossessive(r) || outletAfter(r);
    }

    /**
     * “Tales From the Crypt.”, “Meet the Press,”: three words or more, every one capitalised but the short words a
     * title leaves in lower case (title-minor-words.txt), at least one of those among them, and no question or
     * exclamation and no comma between words: a title, even with the sentence's full stop or comma inside the
     * marks. Words all in capitals are shouted, not a title; the first paragraph is left alone, as a headline in
     * title case quotes that way.
     */
    private static boolean titleCase(String inner, int words) {
        if (words < 3 || inner.endsWith("?") || inner.endsWith("!") || inner.equals(inner.toUpperCase(Locale.ROOT))
                || inner.contains(", ")) {
            return false; // "Bernie or Jill, No Hill": a comma between words makes a chant or a list, not a title
        }
        boolean minor = false;
        boolean first = true;
        for (String w : inner.split("[\\s\\p{Z}—–]+")) {
            String bare = w.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
            if (bare.isEmpty() || !Character.isLetter(bare.charAt(0))) {
                continue;
            }
            if (Character.isLowerCase(bare.charAt(0))) {
                if (first || !TITLE_MINOR_WORDS.contains(bare)) {
                    return false;
                }
                minor = true;
            }
            first = false;
        }
        return minor;
    }

    /** Whether a capitalised possessive stands right before the opening mark ("the network’s “…”"). */
    private boolean afterPossessive(QuotedRegion r) {
        int k = r.open() - 1;
        while (k >= 0 && text.charAt(k) != '\n' && QuoteMarks.isSpace(text.charAt(k))) {
            k--;
        }
        int end = k + 1;
        while (k >= 0 && (Character.isLetterOrDigit(text.charAt(k)) || "’'".indexOf(text.charAt(k)) >= 0)) {
            k--;
        }
        String word = text.substring(k + 1, end);
        return word.length() > 2 && Character.isUpperCase(word.charAt(0))
                && (word.endsWith("’s") || word.endsWith("'s") || word.endsWith("s’") || word.endsWith("s'"));
    }

    /** Whether the words right after the closing mark name an outlet ("…,” the Harbour Gazette wrote). */
    private boolean outletAfter(QuotedRegion r) {
        int to = r.end();
        while (to < text.length() && to < r.end() + 80 && text.charAt(to) != '\n') {
            to++;
        }
        List<Token> tokens = Token.tokenize(text, r.end(), to, lexicon);
        int k = 0;
        while (k < tokens.size() && !tokens.get(k).isWord()) {
            k++;
        }
        if (k < tokens.size() && tokens.get(k).is("the")) {
            k++;
        }
        for (; k < tokens.size() && tokens.get(k).isCapitalized(); k++) {
            if (lexicon.outletWords.contains(tokens.get(k).bare().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** The so-called “…”: the word or two before the marks flag the term as a label, not anyone's words. */
    private boolean termMarked(QuotedRegion r) {
        int k = r.open() - 1;
        String words = null;
        for (int w = 0; w < 2; w++) {
            while (k >= 0 && QuoteMarks.isSpace(text.charAt(k))) {
                k--;
            }
            int end = k + 1;
            while (k >= 0 && (Character.isLetter(text.charAt(k)) || text.charAt(k) == '-')) {
                k--;
            }
            if (end == k + 1) {
                return false;
            }
            String word = text.substring(k + 1, end).toLowerCase(Locale.ROOT);
            words = words == null ? word : word + " " + words;
            if (TERM_MARKERS.contains(words)) {
                return true;
            }
        }
        return false;
    }

    /** ‘Tail wagging the dog’ alone on its line: a subheading that borrows a quote, not the quote itself. */
    private boolean isHeading(QuotedRegion r, Span para, int regionsInParagraph) {
        return regionsInParagraph == 1 && r.closed() && !endsWithPunctuation(r)
                && r.open() == QuoteMarks.firstNonSpace(text, para.start(), para.end())
                && r.end() == QuoteMarks.trimEnd(text, para);
    }

    /**
     * The song “When the river forgot its banks”, a plan dubbed “the sea wall”: after a naming word the marks name
     * something; after a work noun they name the work when they open with a capital (the program “is gaining
     * traction” is a statement about the program).
     */
    private boolean afterWorkNoun(QuotedRegion r, String inner) {
        int k = r.open() - 1;
        while (k >= 0 && (text.charAt(k) != '\n' && QuoteMarks.isSpace(text.charAt(k)) || text.charAt(k) == ',')) {
            k--;
        }
        int end = k + 1;
        while (k >= 0 && Character.isLetter(text.charAt(k))) {
            k--;
        }
        if (end == k + 1) {
            return false;
        }
        String word = text.substring(k + 1, end);
        return lexicon.is("namingword", word) || lexicon.is("worknoun", word)
                && (inner.isEmpty() || !Character.isLowerCase(inner.charAt(0)));
    }

    private boolean endsWithPunctuation(QuotedRegion r) {
        if (!r.closed()) {
            return true;
        }
        String raw = text.substring(r.open() + r.openWidth(), r.end() - r.closeWidth()).strip();
        return !raw.isEmpty() && ",.!?;:…".indexOf(raw.charAt(raw.length() - 1)) >= 0;
    }

    private boolean startsSentence(QuotedRegion r) {
        int k = r.open() - 1;
        while (k >= 0 && text.charAt(k) != '\n' && QuoteMarks.isSpace(text.charAt(k))) {
            k--;
        }
        return k < 0 || text.charAt(k) == '\n' || ".!?:”\"’".indexOf(text.charAt(k)) >= 0;
    }

    /**
     * The second half of “We will,” he said, “win.”: a comma-ended quote, one short cue, a comma. Two cues between
     * ("…,” Roe said on Monday, though she added, “…”) make two quotes.
     */
    private boolean brokenByCue(QuotedRegion r, QuotePart previous) {
        if (previous.kind != QuotePart.Kind.QUOTE || !previous.region.closed()) {
            return false;
        }
        QuotedRegion p = previous.region;
        String raw = text.substring(p.open() + p.openWidth(), p.end() - p.closeWidth()).strip();
        String between = text.substring(previous.region.end(), r.open()).strip();
        return raw.endsWith(",") && between.endsWith(",") && between.length() < 60 && !between.contains(".")
                && Arrays.stream(between.split("[^\\p{L}]+")).filter(lexicon::isCueVerb).count() < 2;
    }
}
