package org.copydesk.ingest.markup;

import com.google.common.collect.ImmutableList;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.copydesk.core.DateValue;
import org.copydesk.ingest.dates.DateParser;

/**
 * What a document's markup says about its article, every value with its source: the title, the author
 * claims and the publication and modification dates, each list in the order of trust ({@link SourceTrust})
 * and then of appearance. Read from HTML by {@link MarkupMetadataReader}, from a mail's header by the parser;
 * empty for formats without markup. Dates after the run's reference time are kept here: {@link ArticleDates}
 * judges them.
 *
 * @param title       the headline the markup gives, or {@code null}
 * @param titleSource where the title came from ({@code json-ld}, {@code meta:og:title}, {@code title})
 * @param authorClaims every author claim, most trusted first; names are cleaned later by the byline parser
 * @param publishedCandidates every publication date the markup gives (HTML's from 1995 on), most trusted first
 * @param modifiedCandidates every modification date the markup gives (HTML's from 1995 on), most trusted first
 * @param claims      everything read, for provenance and debugging
 */
public record MarkupMetadata(String title, String titleSource, List<MarkupClaim> authorClaims,
        List<DateValue> publishedCandidates, List<DateValue> modifiedCandidates, List<MarkupClaim> claims) {

    public MarkupMetadata {
        authorClaims = ImmutableList.copyOf(authorClaims);
        publishedCandidates = ImmutableList.copyOf(publishedCandidates);
        modifiedCandidates = ImmutableList.copyOf(modifiedCandidates);
        claims = ImmutableList.copyOf(claims);
    }

    /**
     * Hints from a format with plain header fields (a mail subject, a document property): one value each,
     * all from {@code source}-like labels; {@code null} for what is unknown.
     */
    public MarkupMetadata(String title, String titleSource, List<String> authors, String authorSource,
            String published, String publishedSource, String modified, String modifiedSource) {
        this(title, titleSource, claims(authors, authorSource), date(published, publishedSource),
                date(modified, modifiedSource), List.of());
    }

    public static MarkupMetadata none() {
        return new MarkupMetadata(null, null, List.of(), List.of(), List.of(), List.of());
    }

    /**
     * The hints of a document without markup of its own fetched from {@code url} (may be {@code null}): the
     * date in the URL's path, if any, as a publication date of source {@code url}.
     */
    public static MarkupMetadata fromUrl(String url) {
        return none().withUrl(url);
    }

    /**
     * These hints with the date in {@code url}'s path (may be {@code null}) added as a publication date of
     * source {@code url}, in its place in the order of trust; these same hints when it gives none or it is
     * already among them.
     */
    public MarkupMetadata withUrl(String url) {
        Optional<DateValue> d = MarkupDates.fromUrl(url);
        if (d.isEmpty() || publishedCandidates.contains(d.get())) {
            return this;
        }
        List<DateValue> published = new ArrayList<>(publishedCandidates);
        published.add(d.get());
        published.sort(java.util.Comparator.comparingInt(v -> SourceTrust.rank(v.source())));
        return new MarkupMetadata(title, titleSource, authorClaims, published, modifiedCandidates, claims);
    }

    /**
     * The site the page belongs to: the host of the first address the markup gives for the page (lower case,
     * without "www."), else the first publisher name; {@code null} when it gives neither.
     */
    public String site() {
        for (MarkupClaim c : claims) {
            if (c.field() == MarkupClaim.Field.URL) {
                String host = host(c.value());
                if (host != null) {
                    return host;
                }
            }
        }
        return claims.stream().filter(c -> c.field() == MarkupClaim.Field.PUBLISHER).map(c -> c.value().strip())
                .filter(v -> !v.isEmpty()).findFirst().orElse(null);
    }

    private static String host(String url) {
        try {
            String host = URI.create(url.strip().replace(" ", "%20")).getHost();
            if (host == null || host.isBlank()) {
                return null;
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The most trusted publication date, if the markup gives one. */
    public Optional<DateValue> published() {
        return publishedCandidates.stream().findFirst();
    }

    /** The most trusted modification date, if the markup gives one. */
    public Optional<DateValue> modified() {
        return modifiedCandidates.stream().findFirst();
    }

    /**
     * These hints without the publication and modification dates after {@code lastDay}; these same hints when
     * none is later.
     */
    public MarkupMetadata withoutDatesAfter(LocalDate lastDay) {
        List<DateValue> published = notAfter(publishedCandidates, lastDay);
        List<DateValue> modified = notAfter(modifiedCandidates, lastDay);
        if (published.size() == publishedCandidates.size() && modified.size() == modifiedCandidates.size()) {
            return this;
        }
        return new MarkupMetadata(title, titleSource, authorClaims, published, modified, claims);
    }

    private static List<DateValue> notAfter(List<DateValue> dates, LocalDate lastDay) {
        return dates.stream().filter(d -> !d.date().isAfter(lastDay)).toList();
    }

    private static List<MarkupClaim> claims(List<String> authors, String source) {
        List<MarkupClaim> out = new ArrayList<>();
        for (String a : authors == null ? List.<String>of() : authors) {
            out.add(new MarkupClaim(MarkupClaim.Field.AUTHOR, a, source == null ? "meta" : source, null));
        }
        return out;
    }

    private static List<DateValue> date(String value, String source) {
        if (value == null) {
            return List.of();
        }
        return DateParser.parse(value).filter(p -> p.date() != null)
                .map(p -> List.of(new DateValue(p.date(), p.time(), p.time() == null ? null : p.offset(),
                        source == null ? "meta" : source, null)))
                .orElse(List.of());
    }
}
