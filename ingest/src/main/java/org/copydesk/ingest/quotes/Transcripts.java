package org.copydesk.ingest.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.copydesk.core.Quote;
import org.copydesk.core.QuoteForm;
import org.copydesk.core.SpeakerKind;
import org.copydesk.core.SpeakerResolution;
import org.copydesk.core.Span;
import org.copydesk.ingest.quotes.SpeakerLabels.Label;
import org.copydesk.ingest.quotes.SpeakerLabels.Role;

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

    /** How a question's asker is reported: the text names them only in the byline, if at all. */
    private static final String ASKER = "the interviewer";
    /** How the answering side is reported when the text names nobody before the interview. */
    private static final String ANSWERER = "the interviewee";

    /** One speaker's turn: the labelled paragraph and the unlabelled ones that continue it. */
    private static final class Turn {
        final Label label;
        final List<Integer> paras = new ArrayList<>();
        /** Whether the stretch ended right after this turn on a paragraph naming its speaker. */
        boolean namedAfter;

        Turn(Label label) {
            this.label = label;
            paras.add(label.para());
        }
    }

    private final String text;
    private final List<Span> paragraphs;
    private final SpeakerLabels labels;
    private final Narration narration;
    private final List<Turn> turns = new ArrayList<>();
    /** How each kept turn's speaker is written when the article does not name them: the stretch's fullest label. */
    private final Map<Turn, String> written = new HashMap<>();

    Transcripts(Article article) {
        this.text = article.text();
        this.paragraphs = article.paragraphs();
        this.labels = new SpeakerLabels(article);
        this.narration = new Narration(article, labels);
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
        Label first = labels.at(p);
        if (first == null || first.role() == Role.OTHER) {
            return p + 1;
        }
        List<Turn> group = new ArrayList<>();
        Turn current = new Turn(first);
        List<Integer> pending = new ArrayList<>();
        int q = p + 1;
        for (; q < paragraphs.size(); q++) {
            Label l = labels.at(q);
            if (l != null && l.role() != Role.OTHER) {
                if (current != null) {
                    current.paras.addAll(pending);
                    group.add(current);
                }
                current = new Turn(l);
                pending.clear();
                continue;
            }
            if (l != null || narration.stageDirection(q)) {
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
            if (narration.namesSpeaker(q, current.label)) {
                current.namedAfter = pending.isEmpty();
                break;
            }
            if (narration.narrates(q, current.label)) {
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
            if (!narration.speaksInPerson(pending.get(i))) {
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
        boolean asks = kept.stream().anyMatch(t -> t.label.role() == Role.INTERVIEWER);
        boolean answers = kept.stream().anyMatch(t -> t.label.role() == Role.INTERVIEWEE);
        List<Turn> persons = kept.stream().filter(t -> t.label.role() == Role.PERSON).toList();
        boolean known = persons.stream().anyMatch(t -> labels.namedInText(t.label.person()));
        boolean interview = asks && (answers || !persons.isEmpty());
        boolean conversation = persons.size() >= 2 && (known || dialogue(persons));
        boolean lone = kept.size() == 1 && persons.size() == 1 && known && loneTurn(persons.get(0));
        Speaker interviewee = answers ? labels.interviewee(group.get(0).label.para()) : null;
        Map<String, String> fullest = new HashMap<>();
        for (Turn t : persons) {
            fullest.merge(t.label.key(), t.label.span().in(text), (a, b) -> b.length() > a.length() ? b : a);
        }
        for (Turn t : kept) {
            boolean keep = switch (t.label.role()) {
                case INTERVIEWER -> interview;
                case INTERVIEWEE -> interview;
                default -> interview || conversation || lone;
            };
            if (keep) {
                if (t.label.role() == Role.INTERVIEWEE && interviewee != null) {
                    Label l = t.label;
                    t = copy(t, new Label(l.para(), l.span(), l.body(), l.marked(), l.role(), interviewee, l.key()));
                }
                turns.add(t);
                written.put(t, fullest.getOrDefault(t.label.key(), t.label.span().in(text)));
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
            speakers.add(turns.get(i).label.key());
            if (i > 0 && turns.get(i).label.key().equals(turns.get(i - 1).label.key())) {
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
        Span part = labels.part(t.label.para(), t.label);
        if (t.label.para() == 0 || part == null || SpeakerLabels.words(part.in(text)) < LONE_TURN_WORDS) {
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

    private Quote quote(Turn t) {
        List<Span> parts = new ArrayList<>();
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < t.paras.size(); i++) {
            Span part = labels.part(t.paras.get(i), i == 0 ? t.label : null);
            if (part == null) {
                continue;
            }
            parts.add(part);
            words.append(words.length() == 0 ? "" : " ").append(part.in(text));
        }
        Span span = new Span(parts.get(0).start(), parts.get(parts.size() - 1).end());
        Label l = t.label;
        String written = l.span().in(text);
        Speaker p = l.person();
        switch (l.role()) {
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

    private int words(Turn t) {
        Span part = labels.part(t.label.para(), t.label);
        return part == null ? 0 : SpeakerLabels.words(part.in(text));
    }

    /** A turn whose own words name its speaker ("Roe: Credit scores. Senator Jane Roe wants…") is narration. */
    private boolean namesOwnSpeaker(Turn t) {
        return t.label.role() == Role.PERSON && narration.namesSpeaker(t.label.para(), t.label);
    }
}
