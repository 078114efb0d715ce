package org.copydesk.ingest.html;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.copydesk.core.BoilerplateCategory;
import org.copydesk.core.WireAgencies;
import org.copydesk.ingest.boilerplate.Classification;
import org.copydesk.ingest.boilerplate.PhraseFamilies;
import org.copydesk.ingest.text.SentenceShape;

/**
 * Decides, block by block, what is furniture once the article's containers are known. Outside them every block
 * is furniture (except a standfirst just under the headline, or above the container and repeated by the page's
 * description meta tags), categorised by its wording, then by the class
 * and id words of its elements, then by its tag and link density. Inside them a block is furniture only when
 * something says so: an element between it and the container marked as furniture, a caption or credit, a
 * link-heavy sub-container, a nav, aside, form or footer, furniture wording in a short block, a block that is
 * mostly link text, or a short line before the first or after the last paragraph. Text that the page's own
 * JSON-LD articleBody repeats is never removed inside the container.
 */
final class BlockJudge {

    /** Inside the article, furniture wording removes blocks up to this many words (longer ones are prose). */
    private static final int SHORT_BLOCK_WORDS = 30;
    /** Outside the article, wording names the category of blocks up to this many words. */
    private static final int OUTSIDE_PHRASE_WORDS = 80;
    /** A block inside the article this long, ending a sentence and with few links, is prose. */
    private static final int PROSE_WORDS = 15;
    /** Categories whose class words (sidebar, widget, modal) are too loose to remove prose inside the article. */
    private static final Set<BoilerplateCategory> WEAK = Set.of(BoilerplateCategory.NAVIGATION,
            BoilerplateCategory.OTHER, BoilerplateCategory.LEGAL_FOOTER);

    /** An element inside the article with this share of link text (and a small part of it) is a link list. */
    private static final double LINK_HEAVY = 0.33;
    /** An element inside the article with this much prose, and few links, is writing whatever its class words say. */
    private static final int WRITING_CHARS = 500;
    private static final double WRITING_LINK_DENSITY = 0.15;
    /** Blocks up to this long inside an element marked byline, author or date are metadata, not prose. */
    private static final int METADATA_WORDS = 15;
    /** How the reason of a block in a byline or date element begins; the layout reader lifts these. */
    static final String METADATA_REASON = "byline or date element, marked";

    /** Figures hold images with their captions and credits, which the article's prose does not include. */
    private static final Set<String> CAPTION_TAGS = Set.of("figure", "figcaption", "picture");
    /** Lines shorter than this before the article's first paragraph, not headings, are labels and menus. */
    private static final int LEADING_WORDS = 12;
    /** A standfirst is at most this many blocks after the headline. */
    private static final int MAX_LEDE_BLOCKS = 4;
    /** A standfirst its markup names is at most this many blocks after the headline (a byline or picture between). */
    private static final int MAX_MARKED_LEDE_BLOCKS = 10;
    /** A standfirst its markup names is a phrase or a few sentences: this many words at least, and at most. */
    private static final int MIN_MARKED_LEDE_WORDS = 5;
    private static final int MAX_MARKED_LEDE_WORDS = 80;
    /** Lists whose items are the article's own lines when they carry next to no link text. */
    private static final Set<String> LIST_TAGS = Set.of("ul", "ol", "dl", "table", "tbody");
    private static final int MIN_LIST_ITEMS = 3;
    private static final double PLAIN_LIST_LINK_DENSITY = 0.1;
    /** Elements marked with one loose furniture word holding this share of the article's prose are its parts. */
    private static final double TEMPLATE_SHARE = 0.5;
    /** Elements marked with another furniture word (comments, say) must hold this share to be the article. */
    private static final double LIVE_SHARE = 0.85;
    /** A line closing the article (a sign-off, a source line) carries less link text than this. */
    private static final double CLOSING_LINK_DENSITY = 0.2;
    /** A credit line naming a wire agency is at most this many words. */
    private static final int CREDIT_WORDS = 4;
    private static final WireAgencies AGENCIES = WireAgencies.builtIn();
    /** Characters that open a bullet point written as a paragraph. */
    private static final String BULLETS = "•●▪◦";
    /** Class words of elements whose prose is someone else's text: an author's biography, an embedded post. */
    private static final Set<String> FOREIGN_PROSE = Set.of("bio", "biography", "tweet", "tweets", "instagram",
            "tiktok", "embed");
    /**
     * Class words of a "read more" box: teasers for other pages when they are links, but the rest of the article
     * itself, folded away until a click, when they hold paragraphs of prose with few links.
     */
    private static final Set<String> CONTINUATION = Set.of("readmore");
    /** A "read more" box with this much text and few links holds the article's continuation. */
    private static final int CONTINUATION_CHARS = 150;

    private final PhraseFamilies phrases;
    private final AttributeWords hints;

    BlockJudge(PhraseFamilies phrases, AttributeWords hints) {
        this.phrases = phrases;
        this.hints = hints;
    }

    /** The furniture of {@code page} given the article's containers; {@code echo} may be {@code null}. */
    Map<Integer, Classification> judge(HtmlPage page, PageStats stats, List<PageElement> containers, BodyEcho echo) {
        Map<Integer, Classification> out = new HashMap<>();
        int lede = ledeStart(page, containers);
        Set<Integer> marked = markedLedes(page, stats, lede);
        Set<Integer> standfirst = new HashSet<>(marked);
        PageDescription summary = PageDescription.of(page);
        int start = firstInside(page, containers);
        Map<PageElement, Set<String>> templateWords = new HashMap<>();
        for (PageElement c : containers) {
            templateWords.put(c, templateWords(page, stats, c));
        }
        for (PageBlock b : page.blocks()) {
            PageElement container = containerOf(b, containers);
            Optional<Classification> c;
            if (container == null && b.index() >= lede && b.index() < lede + MAX_LEDE_BLOCKS && isLede(b, stats)
                    && nearby(b, containers)) {
                c = Optional.empty(); // the standfirst between the headline and the article's container
            } else if (container == null && marked.contains(b.index())) {
                c = Optional.empty(); // the standfirst the markup names (dek, chapo, Vorspann), short as it may be
            } else if (container == null && summary != null && b.index() < start && isSummary(b, summary)) {
                c = Optional.empty(); // the standfirst the page's description repeats, wherever the template put it
                standfirst.add(b.index());
            } else if (container == null && echo != null && echo.repeats(b) && isProse(b) && !b.element().hidden()) {
                c = Optional.empty(); // a paragraph of the publisher's articleBody that sits apart from the rest
            } else if (container == null) {
                c = Optional.of(b.element().hidden() ? new Classification(BoilerplateCategory.OTHER,
                        "hidden in the markup (hidden attribute or display:none) outside the article")
                        : outside(b, stats));
            } else if (echo != null && echo.repeats(b)) {
                // the publisher's own articleBody has this text: no class name outweighs that, but a CMS that
                // writes its "Read also: …" links into the body gives them away by their wording
                c = furnitureWording(b, true);
            } else {
                // text hidden inside the article is usually its continuation behind a "read more" or a paywall
                c = inside(b, container, stats, templateWords.get(container));
            }
            c.ifPresent(x -> out.put(b.index(), x));
        }
        surroundingLines(page, stats, out, standfirst);
        return out;
    }

    /** The index of the first block inside the article's containers (the number of blocks when none is). */
    private static int firstInside(HtmlPage page, List<PageElement> containers) {
        for (PageBlock b : page.blocks()) {
            if (containerOf(b, containers) != null) {
                return b.index();
            }
        }
        return page.blocks().size();
    }

    /**
     * Whether a block above the article's container is its opening by the page's own description: visible prose
     * (a paragraph, not a one-line dek, a heading, a caption or a link) that the description meta tags repeat.
     */
    private boolean isSummary(PageBlock b, PageDescription summary) {
        if (!isProse(b) || b.element().hidden() || b.linkDensity() > 0.2 || !summary.repeats(b)) {
            return false;
        }
        for (PageElement e = b.element(); e != null; e = e.parent()) {
            if (CAPTION_TAGS.contains(e.tag()) || hints.first(e, AttributeWords.Kind.CAPTION).isPresent()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Around the article's prose, short lines without a sentence ending are the furniture of its container, as
     * in the text path: labels and menus before the first paragraph, and after the last one a "More from …"
     * heading, teaser titles or "Featured".
     */
    private static void surroundingLines(HtmlPage page, PageStats stats, Map<Integer, Classification> out,
            Set<Integer> standfirst) {
        int first = -1;
        int last = -1;
        for (PageBlock b : page.blocks()) {
            if (!out.containsKey(b.index()) && isProse(b)) {
                first = first < 0 ? b.index() : first;
                last = b.index();
            }
        }
        if (last < 0) {
            return;
        }
        for (PageBlock b : page.blocks().subList(0, first)) {
            if (!out.containsKey(b.index()) && !standfirst.contains(b.index()) && !b.isHeading()
                    && !SentenceShape.endsLikeSentence(b.text()) && b.words() < LEADING_WORDS
                    && !inPlainList(b, stats)) {
                out.put(b.index(), new Classification(BoilerplateCategory.NAVIGATION,
                        "short line without a sentence ending before the article's first paragraph"));
            }
        }
        PageElement lastParagraph = page.blocks().get(last).element();
        boolean closing = true;
        List<PageBlock> after = page.blocks().subList(last + 1, page.blocks().size());
        for (int i = 0; i < after.size(); i++) {
            PageBlock b = after.get(i);
            // a label ending in a colon closes the article only when what it introduces does too
            closing = closing && !out.containsKey(b.index()) && closesArticle(b, lastParagraph)
                    && (!b.text().strip().endsWith(":") || i + 1 < after.size()
                            && !out.containsKey(after.get(i + 1).index()) && closesArticle(after.get(i + 1), lastParagraph));
            if (!closing && !out.containsKey(b.index()) && (!SentenceShape.endsLikeSentence(b.text()) || b.words() < 4)
                    && !inPlainList(b, stats)) {
                out.put(b.index(), new Classification(BoilerplateCategory.OTHER,
                        "short line without a sentence ending after the article's last paragraph"));
            }
        }
    }

    /**
     * Whether a line after the article's last paragraph closes the article rather than starting the furniture
     * below it: plain text (no heading, next to no link text) in the last paragraph's own element or beside it
     * in the same parent, as a sign-off, a signature, a source line or a short last paragraph is written. Teaser
     * titles, "More from" headings and tag lists sit in elements of their own, or are links.
     */
    private static boolean closesArticle(PageBlock b, PageElement lastParagraph) {
        PageElement e = b.element();
        String t = b.text().strip();
        return !b.isHeading() && b.linkDensity() < CLOSING_LINK_DENSITY && !e.hidden() && !isAgencyCredit(t)
                && (e == lastParagraph || e.parent() != null && e.parent() == lastParagraph.parent()
                        || e.parent() == lastParagraph);
    }

    /** A credit line of a few words naming a wire agency ("abc/AP", "(dpa)"): metadata, not the article's close. */
    private static boolean isAgencyCredit(String line) {
        String[] words = line.split("[\\s/,;()\\[\\]]+");
        if (words.length > CREDIT_WORDS) {
            return false;
        }
        for (String w : words) {
            if (!w.isEmpty() && AGENCIES.isAgency(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the block is an item of a list of plain text inside the article (ingredients, specifications,
     * bullet points): a list element of several items with almost no link text, or a line opened by a bullet.
     * Menus and teaser lists are links; these lines are the article's own, sentence or not.
     */
    private static boolean inPlainList(PageBlock b, PageStats stats) {
        if (!b.text().isEmpty() && BULLETS.indexOf(b.text().charAt(0)) >= 0 && b.linkDensity() == 0) {
            return true;
        }
        PageElement e = b.element();
        for (int level = 0; e != null && level < 3; e = e.parent(), level++) {
            if (LIST_TAGS.contains(e.tag())) {
                return stats.blocks[e.id()] >= MIN_LIST_ITEMS && stats.linkDensity(e) < PLAIN_LIST_LINK_DENSITY;
            }
        }
        return false;
    }

    /**
     * A block worded as furniture ("Read also: …", a subscription prompt): a short one, or a longer one where two
     * of its category's patterns match, except in the publisher's own {@code articleBody}, where only a short
     * block's wording outweighs the publisher's word.
     */
    private Optional<Classification> furnitureWording(PageBlock b, boolean inArticleBody) {
        boolean shortBlock = b.words() <= SHORT_BLOCK_WORDS;
        if (inArticleBody && !shortBlock) {
            return Optional.empty();
        }
        Optional<PhraseFamilies.Hit> hit = phrases.best(b.text());
        if (hit.isEmpty() || !shortBlock && hit.get().patterns() < 2) {
            return Optional.empty();
        }
        String where = inArticleBody ? "in a short block of the publisher's articleBody" : "in a short block";
        return Optional.of(new Classification(hit.get().category(),
                hit.get().category().id() + " wording (\"" + hit.get().evidence() + "\") " + where));
    }

    private static boolean isProse(PageBlock b) {
        int w = b.words();
        return !b.isHeading() && (w >= 20 && SentenceShape.endsLikeSentence(b.text()) || w >= 40);
    }

    /**
     * Where a standfirst may start: after the last h1 above the article's container (nowhere when there is no
     * such heading, so that a page's teasers are never taken for the opening of the article).
     */
    private static int ledeStart(HtmlPage page, List<PageElement> containers) {
        int h1 = Integer.MAX_VALUE;
        for (PageBlock b : page.blocks()) {
            if (containerOf(b, containers) != null) {
                return h1 == Integer.MAX_VALUE ? h1 : h1 + 1;
            }
            if (b.headingLevel() == 1) {
                h1 = b.index();
            }
        }
        return Integer.MAX_VALUE;
    }

    /** Whether the block sits in the container's parent or grandparent, as a standfirst does. */
    private static boolean nearby(PageBlock b, List<PageElement> containers) {
        PageElement c = containers.get(0);
        PageElement up = c.parent() == null || c.parent().parent() == null ? c.parent() : c.parent().parent();
        return up != null && !up.tag().equals("body") && b.element().isWithin(up);
    }

    /** A standfirst is prose outside any element whose markup says furniture, before the container. */
    private boolean isLede(PageBlock b, PageStats stats) {
        if (!isProse(b) || b.linkDensity() > 0.2 || b.element().hidden()) {
            return false;
        }
        for (PageElement e = b.element(); e != null && !stats.holdsMostProse(e); e = e.parent()) {
            if (hints.furniture(e).isPresent() || e.isFurnitureTag()
                    || CAPTION_TAGS.contains(e.tag())) {
                return false;
            }
        }
        return true;
    }

    /** The blocks from the headline to the article's first paragraph that the markup names as its standfirst. */
    private Set<Integer> markedLedes(HtmlPage page, PageStats stats, int lede) {
        Set<Integer> out = new HashSet<>();
        if (lede == Integer.MAX_VALUE) {
            return out;
        }
        PageElement headline = page.blocks().get(lede - 1).element();
        for (PageBlock b : page.blocks().subList(lede, Math.min(page.blocks().size(), lede + MAX_MARKED_LEDE_BLOCKS))) {
            if (isMarkedLede(b, stats, headline)) {
                out.add(b.index());
            } else if (isProse(b) && !b.element().hidden()) {
                break; // the article has begun
            }
        }
        return out;
    }

    /**
     * A standfirst its markup names: a phrase or a few sentences of few links, whose element's class or id
     * or its parent's says standfirst (dek, summary, chapo), which does not also hold the headline, and nothing says
     * furniture, caption or byline. A sub-heading counts (decks are often h2), the headline does not.
     */
    private boolean isMarkedLede(PageBlock b, PageStats stats, PageElement headline) {
        int words = b.words();
        if (b.headingLevel() == 1 || words < MIN_MARKED_LEDE_WORDS || words > MAX_MARKED_LEDE_WORDS
                || b.linkDensity() > 0.2 || b.element().hidden()) {
            return false;
        }
        boolean named = false;
        int level = 0;
        for (PageElement e = b.element(); e != null && !stats.holdsMostProse(e); e = e.parent(), level++) {
            if (hints.furniture(e).isPresent() || e.isFurnitureTag()
                    || CAPTION_TAGS.contains(e.tag())
                    || hints.first(e, AttributeWords.Kind.CAPTION).isPresent()
                    || hints.first(e, AttributeWords.Kind.METADATA).isPresent()) {
                return false;
            }
            // the word names the block's own element or its parent; a wrapper named "intro" holds more than that
            named |= level < 2 && hints.first(e, AttributeWords.Kind.STANDFIRST).isPresent()
                    && !headline.isWithin(e);
        }
        return named;
    }

    /**
     * Whether an element inside the article whose class words say furniture holds a body of writing all the same:
     * paragraphs of prose with few links, which no widget, advertisement or navigation holds (template words such
     * as "widget", "cmp" or "nav" also name the blocks of page builders). Comments, related links (except a
     * "read more" box, which folds away the article's own continuation) and other people's prose (biographies,
     * embedded posts) stay what their words say, however long.
     */
    private static boolean holdsWriting(PageElement e, AttributeWords.Hint h, PageStats stats) {
        if (CONTINUATION.contains(h.word())) {
            // folded text is often cut into short lines, so its length counts, not its sentences
            return stats.chars[e.id()] >= CONTINUATION_CHARS && stats.linkDensity(e) < WRITING_LINK_DENSITY;
        }
        return stats.proseChars[e.id()] >= WRITING_CHARS && stats.linkDensity(e) < WRITING_LINK_DENSITY
                && h.category() != BoilerplateCategory.COMMENT_FORM && h.category() != BoilerplateCategory.RELATED_LINKS
                && !isForeignProse(h);
    }

    /** An author's biography or an embedded social-media post is prose, but not the article's. */
    private static boolean isForeignProse(AttributeWords.Hint h) {
        return FOREIGN_PROSE.contains(h.word());
    }

    /** The container of {@code containers} that holds {@code b}, or null when none does. */
    static PageElement containerOf(PageBlock b, List<PageElement> containers) {
        for (PageElement c : containers) {
            if (b.element().isWithin(c)) {
                return c;
            }
        }
        return null;
    }

    /**
     * The furniture words that name the article's own parts in {@code container}: elements marked with the word
     * (the outermost of each nest) hold most of its prose together, as when a page builder calls every block a
     * "widget", or nearly all of it, as when a live page calls every entry a "comment" (readers' comments under
     * a short article hold less). Inside this container such a word says nothing.
     */
    private Set<String> templateWords(HtmlPage page, PageStats stats, PageElement container) {
        Map<AttributeWords.Hint, Integer> prose = new HashMap<>();
        for (PageElement e : page.elements().subList(container.id() + 1, page.elements().size())) {
            if (!e.isWithin(container)) {
                break;
            }
            Optional<AttributeWords.Hint> h = hints.furniture(e);
            if (h.isPresent() && !markedAbove(e.parent(), container, h.get().word())) {
                prose.merge(h.get(), stats.proseChars[e.id()], Integer::sum);
            }
        }
        Set<String> out = new HashSet<>();
        prose.forEach((h, n) -> {
            // readers' comments can outweigh a short article; only a page of nothing else is a live page
            double share = WEAK.contains(h.category()) ? TEMPLATE_SHARE : LIVE_SHARE;
            if (n > 0 && n >= share * stats.proseChars[container.id()]) {
                out.add(h.word());
            }
        });
        return out;
    }

    /** Whether an element from {@code e} up to (not including) {@code container} is first marked {@code word}. */
    private boolean markedAbove(PageElement e, PageElement container, String word) {
        for (PageElement a = e; a != null && a != container; a = a.parent()) {
            Optional<AttributeWords.Hint> h = hints.furniture(a);
            if (h.isPresent() && h.get().word().equals(word)) {
                return true;
            }
        }
        return false;
    }

    private Optional<Classification> inside(PageBlock b, PageElement container, PageStats stats,
            Set<String> templateWords) {
        boolean prose = b.words() >= PROSE_WORDS && b.linkDensity() < 0.3 && SentenceShape.endsLikeSentence(b.text());
        PageElement outermost = null;
        for (PageElement e = b.element(); e != null && e != container; e = e.parent()) {
            if (PageStats.isSide(e) && !e.tag().equals("aside") && !e.tag().equals("nav")) {
                outermost = e;
            }
        }
        // a slideshow embedded in the article is not the article, however much of the container it fills; a
        // slideshow that is the article leaves too little beside it
        int containerProse = stats.proseChars[container.id()];
        if (outermost != null && !PageStats.withinSide(container)
                && PageStats.enoughBeside(containerProse - stats.proseChars[outermost.id()], containerProse)) {
            return Optional.of(new Classification(BoilerplateCategory.OTHER,
                    "image caption, credit or gallery (" + outermost + ") within the article"));
        }
        for (PageElement e = b.element(); e != null && e != container; e = e.parent()) {
            if (stats.proseChars[e.id()] * 2 >= stats.proseChars[container.id()]) {
                break; // an element holding most of the article's prose is the article, whatever its name
            }
            Optional<AttributeWords.Hint> meta = hints.first(e, AttributeWords.Kind.METADATA);
            if (meta.isPresent() && b.words() <= METADATA_WORDS && !prose) {
                return Optional.of(new Classification(BoilerplateCategory.OTHER, METADATA_REASON + " \""
                        + meta.get().word() + "\""));
            }
            if (stats.blocks[e.id()] >= 2 && stats.linkDensity(e) >= LINK_HEAVY
                    && stats.chars[e.id()] * 4 < stats.chars[container.id()]) {
                return Optional.of(new Classification(wordingOr(b, BoilerplateCategory.RELATED_LINKS),
                        "inside a link-heavy " + e + " within the article (" + Math.round(100 * stats.linkDensity(e))
                        + "% link text)"));
            }
            Optional<AttributeWords.Hint> h = hints.furniture(e)
                    .filter(x -> !templateWords.contains(x.word()));
            if (h.isPresent() && !(prose && WEAK.contains(h.get().category()) && !isForeignProse(h.get()))
                    && !holdsWriting(e, h.get(), stats)) {
                return Optional.of(new Classification(wordingOr(b, h.get().category()),
                        "inside an element marked \"" + h.get().word() + "\" within the article"));
            }
            if (CAPTION_TAGS.contains(e.tag())
                    || hints.first(e, AttributeWords.Kind.CAPTION).isPresent()) {
                return Optional.of(new Classification(BoilerplateCategory.OTHER,
                        "image caption or credit (" + e + ") within the article"));
            }
            switch (e.tag()) {
                case "nav", "aside", "form", "footer" -> {
                    return Optional.of(new Classification(wordingOr(b, byTag(e.tag())),
                            "inside <" + e.tag() + "> within the article"));
                }
                default -> {
                    // other elements say nothing by their tag
                }
            }
        }
        if (stats.inTeaser[b.element().id()] && !stats.inTeaser[container.id()]) {
            return Optional.of(new Classification(wordingOr(b, BoilerplateCategory.RELATED_LINKS),
                    "teaser for another page (a linked heading with a short summary) within the article"));
        }
        Optional<Classification> worded = furnitureWording(b, false);
        if (worded.isPresent()) {
            return worded;
        }
        if (b.linkDensity() > 0.5 && b.words() < 40 && !b.isHeading()) {
            return Optional.of(new Classification(BoilerplateCategory.RELATED_LINKS,
                    "mostly link text within the article"));
        }
        return Optional.empty();
    }

    private Classification outside(PageBlock b, PageStats stats) {
        Optional<PhraseFamilies.Hit> hit = phrases.best(b.text());
        if (hit.isPresent() && b.words() <= OUTSIDE_PHRASE_WORDS) {
            return new Classification(hit.get().category(), hit.get().category().id() + " wording (\""
                    + hit.get().evidence() + "\") outside the article");
        }
        for (PageElement e = b.element(); e != null && !stats.holdsMostProse(e); e = e.parent()) {
            Optional<AttributeWords.Hint> h = hints.furniture(e);
            if (h.isPresent()) {
                return new Classification(h.get().category(),
                        "inside an element marked \"" + h.get().word() + "\" outside the article");
            }
            if (e.tag().equals("nav") || e.tag().equals("footer") || e.tag().equals("header")
                    || e.tag().equals("aside") || e.tag().equals("form")) {
                return new Classification(byTag(e.tag()), "inside <" + e.tag() + "> outside the article");
            }
        }
        if (b.linkDensity() > 0.5) {
            return new Classification(BoilerplateCategory.NAVIGATION, "mostly link text outside the article");
        }
        return new Classification(BoilerplateCategory.OTHER, "outside the article's container");
    }

    private BoilerplateCategory wordingOr(PageBlock b, BoilerplateCategory fallback) {
        return phrases.best(b.text()).map(PhraseFamilies.Hit::category).orElse(fallback);
    }

    private static BoilerplateCategory byTag(String tag) {
        return switch (tag) {
            case "nav", "header" -> BoilerplateCategory.NAVIGATION;
            case "form" -> BoilerplateCategory.COMMENT_FORM;
            default -> BoilerplateCategory.OTHER;
        };
    }
}
