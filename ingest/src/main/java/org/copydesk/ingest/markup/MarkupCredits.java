package org.copydesk.ingest.markup;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.core.Byline;
import org.copydesk.core.BylineKind;
import org.copydesk.core.CreditPlacement;
import org.copydesk.core.Span;
import org.copydesk.ingest.markup.MarkupClaim.Field;
import org.copydesk.ingest.meta.BylineParser;

/**
 * Combines the credits the markup gives with the bylines the page shows.
 * <ul>
 * <li>Markup authors come from the most trusted source that names a person ({@link SourceTrust}), else the
 * most trusted that names anyone, else a name spelled in an author page's address. A name that is the
 * publication's own ({@link PublicationNames}: og:site_name, the JSON-LD publisher, the page's host) is an
 * organisation and no byline, unless the markup types it a person (a personal site).</li>
 * <li>When a visible top byline line names one of those people, that line is the article's byline: its names
 * take the markup's spelling (markup is free of the dates and labels a page glues on) and keep the line's
 * place and span; markup people it does not show (editors, photographers, fact-checkers credited only in
 * markup) and other "By" lines (teasers further down) are left out.</li>
 * <li>When no visible line names a markup person, the first visible line and the markup's people both stay:
 * that is the disagreement {@code byline.conflict} reports.</li>
 * <li>With no person or agency at the top or in markup, the trailing credit. Organisations and unknown
 * credits are dropped when a person or a wire agency is credited (the publication's own name beside a wire
 * credit adds nothing); wire agencies are kept beside people, as in "By Jane Roe, Associated Press".</li>
 * </ul>
 */
public final class MarkupCredits {

    /** Author sources up to here are tags a CMS fills from its author field, not layout. */
    private static final int STRUCTURED_AUTHOR = SourceTrust.rank("meta:*author*");

    /** "Roe, Jane", "Roe, Jane K.", "Jong, Pieter de": the family name first, particles after the given name. */
    private static final Pattern INVERTED = Pattern.compile(
            "^([\\p{Lu}][\\p{L}'’-]+),\\s*(\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*)?"
                    + "(?:\\s+\\p{Ll}{1,3})*)$");

    private final BylineParser parser;

    public MarkupCredits(BylineParser parser) {
        this.parser = parser;
    }

    /**
     * The article's credits from the visible {@code top} and {@code trailing} ones and what {@code hints} says:
     * its author claims, and the publication's names and address, which tell its own name from an author's.
     */
    public List<Byline> combine(List<Byline> top, List<Byline> trailing, MarkupMetadata hints) {
        List<MarkupClaim> claims = new ArrayList<>(hints.authorClaims());
        hints.claims().stream().filter(c -> c.field() == Field.PUBLISHER || c.field() == Field.URL)
                .forEach(claims::add);
        return combine(top, trailing, claims);
    }

    /**
     * The article's credits from the visible {@code top} and {@code trailing} ones and the markup's
     * {@code claims}: author claims most trusted first, publisher names and page addresses in any order.
     */
    public List<Byline> combine(List<Byline> top, List<Byline> trailing, List<MarkupClaim> claims) {
        PublicationNames publishers = new PublicationNames(claims);
        List<Byline> markup = markupCredits(claims, publishers);
        List<Byline> people = markup.stream().filter(b -> b.kind() == BylineKind.PERSON).toList();
        List<List<Byline>> lines = byLine(top);
        List<Byline> out = new ArrayList<>();
        boolean confirmed = false;
        for (List<Byline> line : lines) {
            if (line.stream().noneMatch(t -> people.stream().anyMatch(m -> sameCredit(m.name(), t.name())))) {
                continue;
            }
            confirmed = true;
            for (Byline t : line) {
                Byline m = people.stream().filter(p -> sameCredit(p.name(), t.name())).findFirst().orElse(null);
                out.add(m == null ? t : new Byline(m.name(), m.kind(), t.placement(), t.span()));
            }
        }
        if (!confirmed) {
            if (!lines.isEmpty()) {
                out.addAll(lines.get(0));
            }
            out.addAll(markup);
        }
        if (out.stream().noneMatch(b -> b.kind() == BylineKind.PERSON || b.kind() == BylineKind.AGENCY)) {
            out.addAll(trailing); // "Von Jane Roe" at the foot says more than the publication's name in markup
        } else {
            // A wire credit at the foot ("(AFP)") still credits the agency beside the top byline's people.
            trailing.stream().filter(b -> b.kind() == BylineKind.AGENCY).forEach(out::add);
        }
        boolean person = out.stream().anyMatch(b -> b.kind() == BylineKind.PERSON);
        boolean agency = out.stream().anyMatch(b -> b.kind() == BylineKind.AGENCY);
        Map<String, Byline> distinct = new LinkedHashMap<>();
        for (Byline b : out) {
            if (b.kind() != BylineKind.PERSON && b.kind() != BylineKind.AGENCY
                    && b.placement() == CreditPlacement.MARKUP && publishers.owns(b.name())) {
                // the publication's name in an author field is where the article appeared; a visible desk
                // credit ("By Example Times Staff") is the article's own byline and stays
                continue;
            }
            if (b.kind() == BylineKind.PERSON || b.kind() == BylineKind.AGENCY || !person && !agency) {
                distinct.putIfAbsent(key(b.name()), b);
            }
        }
        return new ArrayList<>(distinct.values());
    }

    /** The credits of the most trusted source that names a person, else of the first that names anyone. */
    private List<Byline> markupCredits(List<MarkupClaim> claims, PublicationNames publishers) {
        Map<String, List<Byline>> bySource = new LinkedHashMap<>();
        for (MarkupClaim c : claims) {
            if (c.field() != Field.AUTHOR || c.isUrl()) {
                continue;
            }
            List<Byline> names = bySource.computeIfAbsent(c.source(), s -> new ArrayList<>());
            if (publishers.ownsClaim(c.value()) && !"Person".equals(c.kind())) {
                continue; // "Example News (www.example.com)" as author: the CMS had no author to give
            }
            for (Byline b : parser.parse(uninverted(c), CreditPlacement.MARKUP, null)) {
                add(names, new Byline(b.name(), kind(b, c, publishers), CreditPlacement.MARKUP, null));
            }
        }
        List<Byline> anyone = null;
        for (List<Byline> names : bySource.values()) {
            if (names.stream().anyMatch(b -> b.kind() == BylineKind.PERSON)) {
                return widest(names, bySource);
            }
            if (anyone == null && !names.isEmpty()) {
                anyone = names;
            }
        }
        if (anyone != null) {
            return anyone;
        }
        for (MarkupClaim c : claims) {
            if (c.field() == Field.AUTHOR && c.isUrl()) {
                List<Byline> fromSlug = AuthorSlug.name(c.value())
                        .map(n -> parser.parse(n, CreditPlacement.MARKUP, null)).orElse(List.of());
                if (!fromSlug.isEmpty()) {
                    return fromSlug;
                }
            }
        }
        return List.of();
    }

    /**
     * {@code chosen}, or a structured source that names all its people and more: JSON-LD often carries only
     * the first of several authors that the meta tags list in full.
     */
    private static List<Byline> widest(List<Byline> chosen, Map<String, List<Byline>> bySource) {
        List<Byline> best = chosen;
        for (Map.Entry<String, List<Byline>> e : bySource.entrySet()) {
            List<Byline> names = e.getValue();
            if (SourceTrust.rank(e.getKey()) <= STRUCTURED_AUTHOR && names.size() > best.size()
                    && best.stream().allMatch(b -> names.stream().anyMatch(n -> sameCredit(n.name(), b.name())))) {
                best = names;
            }
        }
        return best;
    }

    private static BylineKind kind(Byline b, MarkupClaim c, PublicationNames publishers) {
        if (b.kind() == BylineKind.AGENCY) {
            return b.kind();
        }
        if (b.kind() == BylineKind.PERSON && "Person".equals(c.kind()) && publishers.ownsClaim(c.value())) {
            return b.kind(); // a personal site is named after its author: "Jane Roe" on Jane Roe's own pages
        }
        return publishers.owns(b.name()) || "Organization".equals(c.kind()) ? BylineKind.ORGANIZATION : b.kind();
    }

    /** Dublin Core and citation tags write "Roe, Jane": that is Jane Roe, not two people. */
    private static String uninverted(MarkupClaim c) {
        Matcher m = INVERTED.matcher(c.value());
        return c.source().matches("meta:(?:dc|dcterms|citation).*") && m.matches() ? m.group(2) + " " + m.group(1)
                : c.value();
    }

    /** Adds {@code b} unless the source already has it; of "Jane Roe" and "Jane Roe Example Network" the shorter. */
    private static void add(List<Byline> names, Byline b) {
        for (int i = 0; i < names.size(); i++) {
            String k = key(names.get(i).name());
            String nk = key(b.name());
            if (k.startsWith(nk) || nk.startsWith(k)) {
                if (nk.length() < k.length()) {
                    names.set(i, b);
                }
                return;
            }
        }
        names.add(b);
    }

    /** The visible top names grouped by the line they stand on, in page order. */
    private static List<List<Byline>> byLine(List<Byline> top) {
        Map<Span, List<Byline>> lines = new LinkedHashMap<>();
        for (Byline b : top) {
            lines.computeIfAbsent(Objects.requireNonNullElse(b.span(), new Span(0, 0)), s -> new ArrayList<>()).add(b);
        }
        return new ArrayList<>(lines.values());
    }

    /**
     * The same credit: equal once only letters are compared, one a glued-on extension of the other ("Jane
     * RoePublished"), or the same first and last name around a middle one.
     */
    static boolean sameCredit(String a, String b) {
        String ka = key(a);
        String kb = key(b);
        if (ka.isEmpty() || kb.isEmpty()) {
            return false;
        }
        if (ka.startsWith(kb) || kb.startsWith(ka)) {
            return true;
        }
        String[] ta = words(a);
        String[] tb = words(b);
        return ta.length >= 2 && tb.length >= 2 && ta[0].equals(tb[0]) && ta[ta.length - 1].equals(tb[tb.length - 1]);
    }

    private static String[] words(String name) {
        return normalized(name).split("[^\\p{L}]+");
    }

    static String key(String name) {
        return normalized(name).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private static String normalized(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceFirst("^the\\s+", "").strip();
    }
}
