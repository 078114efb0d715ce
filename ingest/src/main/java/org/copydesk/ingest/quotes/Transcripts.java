package org.copydesk.ingest.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.core.DataFiles;
import org.copydesk.core.Quote;
import org.copydesk.core.QuoteForm;
import org.copydesk.core.SpeakerKind;
import org.copydesk.core.SpeakerResolution;
import org.copydesk.core.Span;

/**
 * Transcripts and interviews: a paragraph that opens with a speaker label ("ROE: Well, look…", "Q: …", "Jane Roe:
 * …") holds that speaker's own words without quotation marks, and the turn runs on over the unlabelled paragraphs
 * after it until the next label or until the reporter's narration resumes.
 *
 * <p>A capitalised run and a colon also open notes ("Update:"), datelines ("MOSCOW:"), lists ("Pros:") and
 * subheadings ("Roe: Win the county."), glossaries ("Stock Status: steady") and fact boxes, so a label counts only
 * inside a stretch that reads like a conversation: questions and answers, or several turns one of whose labels names
 * a person the article writes about outside the labels, or a single such turn. A short turn followed by narration
 * about its own speaker is a subheading, and a turn that names its own speaker is narration.
 */
final class Transcripts {

    /** The most words a label may have ("SEN. JANE Q. ROE"). */
    private static final int MAX_LABEL_WORDS = 5;
    /** A turn this short, followed by narration naming its speaker, is a subheading ("Roe: Win the county."). */
    private static final int HEADING_WORDS = 6;
    /** The fewest words the only turn of a stretch must have. */
    private static final int LONE_TURN_WORDS = 4;
    /** How many paragraphs after the last turn of a stretch may still belong to it (when they speak like it). */
    private static final int TAIL_PARAGRAPHS = 3;
    /** The fewest turns of two speakers alternating that make a dialogue without a person the article names. */
    private static final int DIALOGUE_TURNS = 3;
    /** How many unlabelled paragraphs may stand between two turns of one stretch. */
    private static final int MAX_GAP = 8;

    private static final Pattern LABEL = Pattern.compile(
            "([“\"„«]\\s*)?(\\p{Lu}[\\p{L}'’.\\-]*(?: \\p{Lu}[\\p{L}'’.\\-]*){0," + (MAX_LABEL_WORDS - 1)
            + "})\\s*:\\s+(?=\\S)");
    private static final String MARKS = "“”\"„«»";
    /** How a question's asker is reported: the text names them only in the byline, if at all. */
    private static final String ASKER = "the interviewer";
    /** How the answering side is reported when the text names nobody before the interview. */
    private static final String ANSWERER = "the interviewee";
    private static final Map<String, Set<String>> WORDS = load();

    /** Who a label stands for. */
    private enum Role { INTERVIEWER, INTERVIEWEE, PERSON, OTHER }

    /** A speaker label opening a paragraph, and where the turn's words start. */
    private record Label(int para, Span span, int body, boolean marked, Role role, Speaker person, String key) {
    }

    /** One speaker's turn: the labelled paragraph and the unlabelled ones that continue it. */
    private static final class Turn {
        final Label label;
        final List<Integer> paras = new ArrayList<>();
        /** Whether the stretch ended right after this turn on a paragraph naming its speaker. */
        boolean namedAfter;

        Turn(Label label) {
            this.label = label;
            paras.add(label.para);
        }
    }

    private final String text;
    private final List<Span> paragraphs;
    private final Lexicon lexicon;
    private final PersonRegistry registry;
    private final IntFunction<List<Attributed>> cuesIn;
    private final Label[] labels;
    private final List<Turn> turns = new ArrayList<>();
    /** How each kept turn's speaker is written when the article does not name them: the stretch's fullest label. */
    private final Map<Turn, String> written = new HashMap<>();
    /** Offsets where a label starts: a name written as a label is no mention of the person in the article. */
    private final Set<Integer> labelStarts = new HashSet<>();
    private Set<Speaker> credited;

    /**
     * @param cuesIn the cues found in a paragraph, by paragraph index
     */
    Transcripts(String text, List<Span> paragraphs, Lexicon lexicon, PersonRegistry registry,
            IntFunction<List<Attributed>> cuesIn) {
        this.text = text;
        this.paragraphs = paragraphs;
        this.lexicon = lexicon;
        this.registry = registry;
        this.cuesIn = cuesIn;
        this.labels = new Label[paragraphs.size()];
        for (int p = 0; p < paragraphs.size(); p++) {
            labels[p] = label(p);
            if (labels[p] != null) {
                labelStarts.add(labels[p].span.start());
            }
        }
        int p = 0;
        while (p < paragraphs.size()) {
            p = stretch(p);
        }
    }

    /**
     * {@code quotes} (in text order) with every quote standing in a turn left out (the turn reports those words)
     * and the turns added in text order.
     */
    List<Quote> merge(List<Quote> quotes) {
        if (turns.isEmpty()) {
            return quotes;
        }
        List<Quote> out = new ArrayList<>();
        List<Span> extents = new ArrayList<>();
        for (Turn t : turns) {
            extents.add(new Span(paragraphs.get(t.paras.get(0)).start(),
                    paragraphs.get(t.paras.get(t.paras.size() - 1)).end()));
        }
        for (Quote q : quotes) {
            if (extents.stream().noneMatch(e -> e.start() < q.span().end() && q.span().start() < e.end())) {
                out.add(q);
            }
        }
        for (Turn t : turns) {
            out.add(quote(t));
        }
        out.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        return out;
    }

    /** Reads the stretch of turns starting at paragraph {@code p}; returns the paragraph to go on from. */
    private int stretch(int p) {
        Label first = labels[p];
        if (first == null || first.role == Role.OTHER) {
            return p + 1;
        }
        List<Turn> group = new ArrayList<>();
        Turn current = new Turn(first);
        List<Integer> pending = new ArrayList<>();
        int q = p + 1;
        for (; q < paragraphs.size(); q++) {
            Label l = labels[q];
            if (l != null && l.role != Role.OTHER) {
                if (current != null) {
                    current.paras.addAll(pending);
                    group.add(current);
                }
                current = new Turn(l);
                pending.clear();
                continue;
            }
            if (l != null || stageDirection(q)) {
                // "(END VIDEO CLIP)", "VIDEO: …": the turn ends, the transcript goes on
                if (current != null) {
                    tail(current, pending);
                    group.add(current);
                }
                current = null;
                pending.clear();
                continue;
            }
            if (current == null || pending.size() >= MAX_GAP) {
                break;
            }
            if (namesSpeaker(q, current.label)) {
                current.namedAfter = pending.isEmpty();
                break;
            }
            if (narrates(q, current.label)) {
                break;
            }
            pending.add(q);
        }
        if (current != null) {
            tail(current, pending);
            group.add(current);
        }
        accept(group);
        int last = p;
        for (Turn t : group) {
            last = Math.max(last, t.paras.get(t.paras.size() - 1));
        }
        return Math.max(last + 1, Math.min(q, paragraphs.size()));
    }

    /** The paragraphs after a stretch's last turn that still speak in its voice, at most a few. */
    private void tail(Turn t, List<Integer> pending) {
        for (int i = 0; i < pending.size() && i < TAIL_PARAGRAPHS; i++) {
            if (!speaksInPerson(pending.get(i))) {
                return;
            }
            t.paras.add(pending.get(i));
        }
    }

    /** Keeps the turns of a stretch that reads like a conversation. */
    private void accept(List<Turn> group) {
        List<Turn> kept = new ArrayList<>();
        for (Turn t : group) {
            boolean heading = t.namedAfter && t.paras.size() == 1 && words(t) <= HEADING_WORDS;
            if (!heading && !namesOwnSpeaker(t)) {
                kept.add(t);
            }
        }
        boolean asks = kept.stream().anyMatch(t -> t.label.role == Role.INTERVIEWER);
        boolean answers = kept.stream().anyMatch(t -> t.label.role == Role.INTERVIEWEE);
        List<Turn> persons = kept.stream().filter(t -> t.label.role == Role.PERSON).toList();
        boolean known = persons.stream().anyMatch(t -> namedInText(t.label.person));
        boolean interview = asks && (answers || !persons.isEmpty());
        boolean conversation = persons.size() >= 2 && (known || dialogue(persons));
        boolean lone = kept.size() == 1 && persons.size() == 1 && known && loneTurn(persons.get(0));
        Speaker interviewee = answers ? interviewee(group.get(0).label.para) : null;
        Map<String, String> fullest = new HashMap<>();
        for (Turn t : persons) {
            fullest.merge(t.label.key, t.label.span.in(text), (a, b) -> b.length() > a.length() ? b : a);
        }
        for (Turn t : kept) {
            boolean keep = switch (t.label.role) {
                case INTERVIEWER -> interview;
                case INTERVIEWEE -> interview;
                default -> interview || conversation || lone;
            };
            if (keep) {
                if (t.label.role == Role.INTERVIEWEE && interviewee != null) {
                    Label l = t.label;
                    t = copy(t, new Label(l.para, l.span, l.body, l.marked, l.role, interviewee, l.key));
                }
                turns.add(t);
                written.put(t, fullest.getOrDefault(t.label.key, t.label.span.in(text)));
            }
        }
    }

    /**
     * Two speakers taking turns, neither twice in a row, at least {@value #DIALOGUE_TURNS} turns: a conversation
     * even when the article names neither speaker elsewhere (a glossary or fact box repeats more labels, or one).
     */
    private static boolean dialogue(List<Turn> turns) {
        if (turns.size() < DIALOGUE_TURNS) {
            return false;
        }
        Set<String> speakers = new HashSet<>();
        for (int i = 0; i < turns.size(); i++) {
            speakers.add(turns.get(i).label.key);
            if (i > 0 && turns.get(i).label.key.equals(turns.get(i - 1).label.key)) {
                return false;
            }
        }
        return speakers.size() == 2;
    }

    /**
     * The only turn of its stretch: long enough, after the article's first paragraph (a headline "Roe: Taxes will
     * rise" reads like one) and not written like a title, every word capitalised.
     */
    private boolean loneTurn(Turn t) {
        Span part = part(t.label.para, t.label);
        if (t.label.para == 0 || part == null || words(part.in(text)) < LONE_TURN_WORDS) {
            return false;
        }
        int capitalised = 0;
        int all = 0;
        for (String w : part.in(text).split("\\s+")) {
            int k = 0;
            while (k < w.length() && !Character.isLetter(w.charAt(k))) {
                k++;
            }
            if (k < w.length()) {
                all++;
                capitalised += Character.isUpperCase(w.charAt(k)) ? 1 : 0;
            }
        }
        return capitalised * 2 < all;
    }

    private static Turn copy(Turn t, Label label) {
        Turn c = new Turn(label);
        c.paras.clear();
        c.paras.addAll(t.paras);
        c.namedAfter = t.namedAfter;
        return c;
    }

    /** The person an interview is with: the one the paragraphs before its first question name most. */
    private Speaker interviewee(int before) {
        Map<Speaker, Integer> counts = new LinkedHashMap<>(); // text order: a tie goes to the first named
        for (PersonRegistry.Mention m : registry.mentions()) {
            if (m.para() < before && m.person().kind == SpeakerKind.NAMED && !labelStarts.contains(m.start())) {
                counts.merge(m.person(), 1, Integer::sum);
            }
        }
        return mostCounted(counts);
    }

    private Quote quote(Turn t) {
        List<Span> parts = new ArrayList<>();
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < t.paras.size(); i++) {
            Span part = part(t.paras.get(i), i == 0 ? t.label : null);
            if (part == null) {
                continue;
            }
            parts.add(part);
            words.append(words.length() == 0 ? "" : " ").append(part.in(text));
        }
        Span span = new Span(parts.get(0).start(), parts.get(parts.size() - 1).end());
        Label l = t.label;
        String written = l.span.in(text);
        Speaker p = l.person;
        switch (l.role) {
            case INTERVIEWER:
                return new Quote(span, words.toString(), ASKER, SpeakerKind.ANONYMOUS, null, null, null, parts,
                        QuoteForm.TRANSCRIPT);
            case INTERVIEWEE:
                if (p == null) {
                    return new Quote(span, words.toString(), ANSWERER, SpeakerKind.ANONYMOUS, null, null, null,
                            parts, QuoteForm.TRANSCRIPT);
                }
                break;
            default:
                break;
        }
        if (p == null) {
            return new Quote(span, words.toString(), this.written.get(t), SpeakerKind.NAMED, null, null, null, parts,
                    QuoteForm.TRANSCRIPT);
        }
        return new Quote(span, words.toString(), p.display, p.kind, null, null, null, parts, QuoteForm.TRANSCRIPT,
                new SpeakerResolution(p.display, p.introduced(), written));
    }

    /** The words of one paragraph of a turn (after the label in the first), without marks wrapping them. */
    private Span part(int para, Label label) {
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

    private int words(Turn t) {
        Span part = part(t.label.para, t.label);
        return part == null ? 0 : words(part.in(text));
    }

    private static int words(String s) {
        int n = 0;
        for (String w : s.split("\\s+")) {
            if (w.codePoints().anyMatch(Character::isLetter)) {
                n++;
            }
        }
        return n;
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
            String bare = w.replaceAll("[.’']+$", "");
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
        for (PersonRegistry.Mention m : registry.mentions()) {
            Speaker s = m.person();
            if (s.kind != SpeakerKind.NAMED) {
                continue;
            }
            List<String> tokens = new ArrayList<>();
            for (String w : s.display.toLowerCase(Locale.ROOT).split("\\s+")) {
                tokens.add(w.replace(".", ""));
            }
            if (tokens.get(tokens.size() - 1).equals(name.get(name.size() - 1).replace(".", ""))
                    && tokens.containsAll(name.stream().map(w -> w.replace(".", "")).toList())) {
                counts.merge(s, labelStarts.contains(m.start()) ? 0 : 1, Integer::sum);
            }
        }
        return mostCounted(counts);
    }

    /**
     * Whether the article names the person anywhere but in a label, and shows they are a person: a cue credits
     * them, a title or a given name introduces them. A glossary's capitalised terms ("Special Attack: …") are
     * repeated in the text too, but nothing there makes them people.
     */
    private boolean namedInText(Speaker person) {
        if (person == null) {
            return false;
        }
        boolean named = false;
        boolean titled = false;
        for (PersonRegistry.Mention m : registry.mentions()) {
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
                for (Attributed a : cuesIn.apply(p)) {
                    if (a.person() != null) {
                        credited.add(a.person());
                    }
                }
            }
        }
        return credited;
    }

    private boolean inLabel(int offset) {
        for (Label l : labels) {
            if (l != null && l.span.contains(offset)) {
                return true;
            }
        }
        return false;
    }

    /** A paragraph that names the turn's speaker outside a label: the reporter writing about them. */
    private boolean namesSpeaker(int para, Label label) {
        if (label.person == null) {
            return false;
        }
        for (PersonRegistry.Mention m : registry.mentions()) {
            if (m.para() == para && m.person() == label.person && !inLabel(m.start())) {
                return true;
            }
        }
        return false;
    }

    /** A turn whose own words name its speaker ("Roe: Credit scores. Senator Jane Roe wants…") is narration. */
    private boolean namesOwnSpeaker(Turn t) {
        return t.label.role == Role.PERSON && namesSpeaker(t.label.para, t.label);
    }

    /**
     * A paragraph with a cue crediting the turn's speaker, or a cue beside double quotation marks (the reporter
     * quoting someone): the narration again. A speaker's own "as Roe has said" has neither.
     */
    private boolean narrates(int para, Label label) {
        boolean marks = paragraphs.get(para).in(text).chars().anyMatch(c -> MARKS.indexOf(c) >= 0);
        for (Attributed a : cuesIn.apply(para)) {
            if (marks || label.person != null && a.person() == label.person) {
                return true;
            }
        }
        return false;
    }

    /** "(CROSSTALK)", "[END VIDEO CLIP]": a paragraph wholly in brackets describes rather than speaks. */
    private boolean stageDirection(int para) {
        Span p = paragraphs.get(para);
        int from = QuoteMarks.firstNonSpace(text, p.start(), p.end());
        int to = QuoteMarks.trimEnd(text, p);
        String s = text.substring(from, to);
        return s.matches("(?s)[(\\[].*[)\\]][.!]?");
    }

    /** Whether a paragraph speaks in the first or second person ("we will", "you know"). */
    private boolean speaksInPerson(int para) {
        Span p = paragraphs.get(para);
        for (String w : p.in(text).toLowerCase(Locale.ROOT).split("[^\\p{L}'’]+")) {
            if (WORDS.get("speech").contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, Set<String>> load() {
        Map<String, Set<String>> lists = new HashMap<>();
        Set<String> current = null;
        for (String line : DataFiles.lines(Transcripts.class, "transcript-labels.txt")) {
            if (line.startsWith("[") && line.endsWith("]")) {
                current = new HashSet<>();
                lists.put(line.substring(1, line.length() - 1), current);
            } else if (current != null) {
                current.add(line.toLowerCase(Locale.ROOT));
            }
        }
        return lists;
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
}
