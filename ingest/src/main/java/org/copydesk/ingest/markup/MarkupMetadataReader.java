package org.copydesk.ingest.markup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.copydesk.core.DateValue;
import org.copydesk.ingest.markup.MarkupClaim.Field;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Reads article metadata from a page's raw HTML: JSON-LD, meta tags, the body's {@code <time>}, microdata,
 * {@code rel=author} and byline-classed elements, the dates kept in the page's script state, and the date in the page's URL. Every value keeps its source;
 * dates before 1995 are dropped ({@link MarkupDates}). What the markup says is read as it is, whenever the page
 * is read: dates after the run's reference time are judged against the page's other dates by
 * {@link ArticleDates}.
 */
public final class MarkupMetadataReader {

    private MarkupMetadataReader() {
    }

    /** Reads {@code html}; {@code tika} is the metadata Tika's HTML parse found, consulted when the DOM has none. */
    public static MarkupMetadata read(String html, Metadata tika) {
        return read(Jsoup.parse(html), tika);
    }

    /** Reads the parsed page {@code doc} (only read, never changed); {@code tika} as for {@link #read(String, Metadata)}. */
    public static MarkupMetadata read(Document doc, Metadata tika) {
        List<MarkupClaim> claims = new ArrayList<>(JsonLdReader.read(doc));
        claims.addAll(MetaTagReader.read(doc, tika));
        claims.addAll(BodyMarkupReader.read(doc));
        claims.addAll(ScriptStateReader.read(doc));
        Comparator<MarkupClaim> byTrust = Comparator.comparingInt(c -> SourceTrust.rank(c.source()));
        List<MarkupClaim> ranked = claims.stream().sorted(byTrust).toList();

        String location = tika == null ? null : tika.get(Metadata.CONTENT_LOCATION);
        if (location != null) {
            ranked = new ArrayList<>(ranked);
            ranked.add(MarkupClaim.of(Field.URL, location, "location"));
        }
        List<DateValue> published = dates(ranked, Field.PUBLISHED);
        for (MarkupClaim c : ranked) {
            if (c.field() == Field.URL) {
                MarkupDates.fromUrl(c.value()).ifPresent(published::add);
            }
        }
        published.sort(Comparator.comparingInt(d -> SourceTrust.rank(d.source())));
        List<DateValue> modified = dates(ranked, Field.MODIFIED);

        String title = null;
        String titleSource = null;
        for (MarkupClaim c : ranked) {
            if (c.field() == Field.HEADLINE) {
                title = c.value();
                titleSource = c.source();
                break;
            }
        }
        String docTitle = tika == null ? null : tika.get(TikaCoreProperties.TITLE);
        if (title == null && (docTitle != null || !doc.title().isBlank())) {
            title = docTitle != null ? MarkupText.clean(docTitle) : MarkupText.clean(doc.title());
            titleSource = "title";
        }
        List<MarkupClaim> authors = ranked.stream().filter(c -> c.field() == Field.AUTHOR).toList();
        return new MarkupMetadata(title, titleSource, authors, distinct(published), distinct(modified), claims);
    }

    private static List<DateValue> dates(List<MarkupClaim> ranked, Field field) {
        List<DateValue> out = new ArrayList<>();
        for (MarkupClaim c : ranked) {
            if (c.field() == field) {
                MarkupDates.read(c.value(), c.source()).ifPresent(out::add);
            }
        }
        return out;
    }

    /** One value per source and instant, first kept. */
    private static List<DateValue> distinct(List<DateValue> values) {
        Map<String, DateValue> out = new LinkedHashMap<>();
        values.forEach(v -> out.putIfAbsent(v.source() + "|" + v.iso(), v));
        return new ArrayList<>(out.values());
    }
}
