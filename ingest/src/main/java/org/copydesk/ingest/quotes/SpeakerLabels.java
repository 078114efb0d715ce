package org.copydesk.ingest.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.core.DataFiles;
import org.copydesk.core.SpeakerKind;
import org.copydesk.core.Span;
import org.copydesk.core.StartOrder;

/**
 * The speaker labels that open an article's paragraphs ("ROE:", "Q:", "Jane Roe:") and who they stand for: the
 * interviewer, the interviewee, a person the article names, or nobody (a note, a dateline, a list). Read once per
 * article, for {@link Transcripts} to build turns from.
 */
final class SpeakerLabels {

    /** The most words a label may have ("SEN. JANE Q. ROE"). */
    private static final int MAX_LABEL_WORDS = 5;
    private static final Pattern LABEL = Pattern.compile(
            "([“\"„«]\\s*)?(\\p{Lu}[\\p{L}'’.\\-]*(?: \\p{Lu}[\\p{L}'’.\\-]*){0," + (MAX_LABEL_WORDS - 1)
            + "})\\s*:\\s+(?=\\S)");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern TRAILING_DOTS = Pattern.compile("[.’']+$");
    /** The quotation marks that may wrap a turn's words. */
    static final String MARKS = "“”\"„«»";
    /** The word lists of {@code transcript-labels.txt}, by section name. */
    static final Map<String, Set<String>> WORDS = load();

    /** Who a label stands for. */
    enum Role { INTERVIEWER, INTERVIEWEE, PERSON, OTHER }

    /** A speaker label opening a paragraph, and where the turn's words start. */
    record Label(int para, Span span, int body, boolean marked, Role role, Speaker person, String key) {
    }

    private final Article article;
    private final String text;
    private final List<Span> paragraphs;
    private final Lexicon lexicon;
    private final PersonRegistry registry;
    private final Label[] labels;
    /** Offsets where a label starts: a name written as a label is no mention of the person in the article. */
    private final Set<Integer> labelStarts = new HashSet<>();
    private Set<Speaker> credited;
    /** The label spans in text order, when they do not overlap ({@link #inLabel} bisects them), else null. */
    private final Span[] labelSpans;
    /*
     * The article's mentions, indexed when first asked for (the registry is complete by then) so that a label
     * or a person is not judged by a pass over every mention: named people's mentions by the last word of the
     * name (for resolve), and every mention by person (for namedInText), each in text order.
     */
    private Map<String, List<PersonRegistry.Mention>> namedByLastWord;
    private Map<Speaker, List<String>> nameWords;
    private Map<Speaker, List<PersonRegistry.Mention>> mentionsByPerson;

    SpeakerLabels(Article article) {
        this.article = article;
        this.text = article.text();
        this.paragraphs = article.paragraphs();
        this.lexicon = article.lexicon();
        this.registry = article.registry();
        this.labels = new Label[paragraphs.size()];
        for (int p = 0; p < paragraphs.size(); p++) {
            labels[p] = label(p);
            if (labels[p] != null) {
                labelStarts.add(labels[p].span.start());
            }
        }
        List<Span> spans = new ArrayList<>();
        boolean ordered = true;
        for (Label l : labels) {
            if (l != null) {
                ordered &= spans.isEmpty() || spans.get(spans.size() - 1).end() <= l.span.start();
                spans.add(l.span);
            }
        }
        labelSpans = ordered ? spans.toArray(new Span[0]) : null;
    }

    private void indexMentions() {
        if (namedByLastWord != null) {
            return;
        }
        namedByLastWord = new HashMap<>();
        nameWords = new IdentityHashMap<>();
        mentionsByPerson = new IdentityHashMap<>();
        for (PersonRegistry.Mention m : registry.mentions()) {
            Speaker s = m.person();
            mentionsByPerson.computeIfAbsent(s, k -> new ArrayList<>()).add(m);
            if (s.kind != SpeakerKind.NAMED) {
                continue;
            }
            List<String> tokens = nameWords.computeIfAbsent(s, SpeakerLabels::tokens);
            namedByLastWord.computeIfAbsent(tokens.get(tokens.size() - 1), k -> new ArrayList<>()).add(m);
        }
    }

    /** The label opening paragraph {@code p} (of role OTHER when it is no speaker's), or null when there is none. */
    Label at(int p) {
        return labels[p];
    }

    /** The label opening paragraph {@code p}, or null when it opens with none (or with one and no words). */
    private Label label(int p) {
        Span para = paragraphs.get(p);
        Matcher m = LABEL.matcher(text).region(QuoteMarks.firstNonSpace(text, para.start(), para.end()), para.end());
        if (!m.lookingAt()) {
            return null;
        }
        Span span = new Span(m.start(2), m.end(2));
        int body = m.end();
        String written = span.in(text);
        String lower = written.toLowerCase(Locale.ROOT);
        Label probe = new Label(p, span, body, m.group(1) != null, Role.OTHER, null, lower);
        Span first = part(p, probe);
        if (first == null || words(first.in(text)) == 0 || MARKS.indexOf(text.charAt(first.start())) >= 0) {
            return null; // "Roe: 1,769." is a tally; "Roe: “…”" has marks that tell whose words they are
        }
        if (WORDS.get("interviewer").contains(lower)) {
            return withRole(probe, Role.INTERVIEWER, null);
        }
        if (WORDS.get("interviewee").contains(lower)) {
            return withRole(probe, Role.INTERVIEWEE, null);
        }
        if (WORDS.get("not-speaker").contains(lower)) {
            return probe;
        }
        List<String> name = new ArrayList<>();
        boolean caps = true;
        for (String w : written.split(" ")) {
            String bare = TRAILING_DOTS.matcher(w).replaceAll("");
            if (name.isEmpty() && lexicon.isTitle(w)) {
                continue; // "MS. ROE", "Sen. Jane Roe"
            }
            String l = bare.toLowerCase(Locale.ROOT);
            if (bare.isEmpty() || !fitsName(l)) {
                return probe;
            }
            caps &= bare.equals(bare.toUpperCase(Locale.ROOT));
            name.add(l);
        }
        if (name.isEmpty()) {
            return probe;
        }
        Speaker person = resolve(name);
        boolean nameLike = caps || person != null || name.size() >= 2 && mixedCaseName(span);
        if (!nameLike) {
            return probe;
        }
        String key = person != null ? person.display : name.get(name.size() - 1);
        return new Label(p, span, body, probe.marked, Role.PERSON, person, key);
    }

    private static Label withRole(Label l, Role role, Speaker person) {
        return new Label(l.para, l.span, l.body, l.marked, role, person, l.key);
    }

    /** A word that can be part of a person's name in a label: no function word, place, outlet or note word. */
    private boolean fitsName(String w) {
        return !WORDS.get("not-speaker").contains(w) && !lexicon.places.contains(w)
                && !lexicon.organizationNouns.contains(w) && !lexicon.outletWords.contains(w)
                && !lexicon.anonymousNouns.contains(w) && !lexicon.is("determiner", w) && !lexicon.is("pronoun", w)
                && !lexicon.is("clause", w) && !lexicon.is("preposition", w) && !lexicon.is("nonname", w)
                && !lexicon.is("auxiliary", w) && !lexicon.isCueVerb(w);
    }

    /** "Jane Roe", "Alex Seitz-Wald": name words the registry would take for a person. */
    private boolean mixedCaseName(Span span) {
        List<Token> tokens = Token.tokenize(text, span.start(), span.end(), lexicon);
        return tokens.stream().allMatch(registry::isNameToken) && registry.looksLikePerson(tokens);
    }

    /** The person of the article a label names ("PENCE" → Mike Pence), the one named most when several fit. */
    private Speaker resolve(List<String> name) {
        Map<Speaker, Integer> counts = new LinkedHashMap<>(); // text order: a tie goes to the first named
        indexMentions();
        // only a person whose name ends in the label's last word can fit it
        String last = name.get(name.size() - 1).replace(".", "");
        for (PersonRegistry.Mention m : namedByLastWord.getOrDefault(last, List.of())) {
            Speaker s = m.person();
            List<String> tokens = nameWords.get(s);
            if (tokens.get(tokens.size() - 1).equals(last)
                    && tokens.containsAll(name.stream().map(w -> w.replace(".", "")).toList())) {
                counts.merge(s, labelStarts.contains(m.start()) ? 0 : 1, Integer::sum);
            }
        }
        return mostCounted(counts);
    }

    /** A person's name as the lower-case words a label is matched against, without dots. */
    private static List<String> tokens(Speaker s) {
        List<String> tokens = new ArrayList<>();
        for (String w : SPACES.split(s.display.toLowerCase(Locale.ROOT))) {
            tokens.add(w.replace(".", ""));
        }
        return tokens;
    }

    /** The person an interview is with: the one the paragraphs before its first question name most. */
    Speaker interviewee(int before) {
        Map<Speaker, Integer> counts = new LinkedHashMap<>(); // text order: a tie goes to the first named
        for (PersonRegistry.Mention m : registry.mentions()) {
            if (m.para() < before && m.person().kind == SpeakerKind.NAMED && !labelStarts.contains(m.start())) {
                counts.merge(m.person(), 1, Integer::sum);
            }
        }
        return mostCounted(counts);
    }

    /**
     * Whether the article names the person anywhere but in a label, and shows they are a person: a cue credits
     * them, a title or a given name introduces them. A glossary's capitalised terms ("Special Attack: …") are
     * repeated in the text too, but nothing there makes them people.
     */
    boolean namedInText(Speaker person) {
        if (person == null) {
            return false;
        }
        boolean named = false;
        boolean titled = false;
        indexMentions();
        for (PersonRegistry.Mention m : mentionsByPerson.getOrDefault(person, List.of())) {
            if (m.person() == person && !labelStarts.contains(m.start()) && !inLabel(m.start())) {
                named = true;
                String[] title = m.title().split(" ");
                titled |= lexicon.isTitle(title[title.length - 1]);
            }
        }
        return named && (titled || person.gender() != 0 || credited().contains(person));
    }

    /** The people a cue of the article credits. */
    private Set<Speaker> credited() {
        if (credited == null) {
            credited = new HashSet<>();
            for (int p = 0; p < paragraphs.size(); p++) {
                for (Attributed a : article.cuesIn(p)) {
                    if (a.person() != null) {
                        credited.add(a.person());
                    }
                }
            }
        }
        return credited;
    }

    boolean inLabel(int offset) {
        if (labelSpans != null) {
            // in order and apart: only the last label starting at or before the offset can hold it
            int found = StartOrder.lastStartingAtOrBefore(labelSpans.length, i -> labelSpans[i].start(), offset);
            return found >= 0 && labelSpans[found].contains(offset);
        }
        for (Label l : labels) {
            if (l != null && l.span.contains(offset)) {
                return true;
            }
        }
        return false;
    }

    /** The words of one paragraph of a turn (after the label in the first), without marks wrapping them. */
    Span part(int para, Label label) {
        Span p = paragraphs.get(para);
        int from = label != null ? label.body : QuoteMarks.firstNonSpace(text, p.start(), p.end());
        int to = QuoteMarks.trimEnd(text, p);
        boolean marked = label != null ? label.marked : from < to && MARKS.indexOf(text.charAt(from)) >= 0;
        if (label == null && marked) {
            from = QuoteMarks.firstNonSpace(text, from + 1, to);
        }
        if (marked && to > from && MARKS.indexOf(text.charAt(to - 1)) >= 0) {
            to--;
        }
        return to > from ? new Span(from, to) : null;
    }

    static int words(String s) {
        int n = 0;
        for (String w : SPACES.split(s)) {
            if (w.codePoints().anyMatch(Character::isLetter)) {
                n++;
            }
        }
        return n;
    }

    /** The speaker counted most often; the first counted on a tie; null when none is counted. */
    private static Speaker mostCounted(Map<Speaker, Integer> counts) {
        Speaker best = null;
        for (Map.Entry<Speaker, Integer> e : counts.entrySet()) {
            if (best == null || e.getValue() > counts.get(best)) {
                best = e.getKey();
            }
        }
        return best;
    }

    private static Map<String, Set<String>> load() {
        Map<String, Set<String>> lists = new HashMap<>();
        Set<String> current = null;
        for (String line : DataFiles.lines(SpeakerLabels.class, "transcript-labels.txt")) {
            if (line.startsWith("[") && line.endsWith("]")) {
                current = new HashSet<>();
                lists.put(line.substring(1, line.length() - 1), current);
            } else if (current != null) {
                current.add(line.toLowerCase(Locale.ROOT));
            }
        }
        return lists;
    }
}
