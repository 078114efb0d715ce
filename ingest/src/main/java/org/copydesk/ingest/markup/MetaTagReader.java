package org.copydesk.ingest.markup;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.tika.metadata.Metadata;
import org.copydesk.core.DataFiles;
import org.copydesk.ingest.markup.MarkupClaim.Field;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads {@code <meta>} tags: OpenGraph and {@code article:*}, {@code author}, {@code byl}, Dublin Core
 * ({@code dc.*}, {@code dcterms.*}), Parse.ly ({@code parsely-*}, including the {@code parsely-page} JSON),
 * Sailthru, {@code pubdate}/{@code date}, microdata {@code itemprop} metas, and the canonical link. Each claim's
 * source is {@code meta:} and the tag's name in lower case; microdata ones are {@code itemprop:…}.
 */
final class MetaTagReader {

    private static final Map<String, Field> FIELDS = fields();
    /** Other tags that look like a publication date ("TACH-Filing-Date", "release_date"): trusted last. */
    private static final Pattern OTHER_DATE = Pattern.compile("date|publish");
    private static final Pattern NOT_PUBLISHED = Pattern.compile(
            "modif|updat|expir|valid|event|start|end|birth|review|copyright|revis|last|format|crawl|index|viewport");

    private MetaTagReader() {
    }

    static List<MarkupClaim> read(Document doc, Metadata tika) {
        List<MarkupClaim> out = new ArrayList<>();
        for (Element m : doc.select("meta[content]")) {
            String key = firstNonEmpty(m.attr("property"), m.attr("name"), m.attr("itemprop"));
            String content = MarkupText.clean(m.attr("content"));
            if (key.isEmpty() || content.isEmpty()) {
                continue;
            }
            String k = key.toLowerCase(Locale.ROOT).strip();
            boolean microdata = m.attr("property").isEmpty() && m.attr("name").isEmpty();
            if (k.equals("parsely-page")) {
                parselyPage(content, out);
                continue;
            }
            Field f = FIELDS.getOrDefault(k, OTHER_DATE.matcher(k).find() && !NOT_PUBLISHED.matcher(k).find()
                    ? Field.PUBLISHED : null);
            if (f != null) {
                String source = microdata ? "itemprop:" + k : "meta:" + k;
                boolean url = f == Field.AUTHOR && JsonLdReader.looksLikeUrl(content);
                out.add(new MarkupClaim(f, content, source, url ? "url" : null));
            }
        }
        for (Element link : doc.select("link[rel~=(?i)^canonical$][href]")) {
            out.add(MarkupClaim.of(Field.URL, link.attr("href").strip(), "link:canonical"));
        }
        if (out.isEmpty() && tika != null) {
            // the DOM had no usable tags (an odd parse): Tika's own reading of the head may still have them
            for (String name : tika.names()) {
                Field f = FIELDS.get(name.toLowerCase(Locale.ROOT));
                String v = MarkupText.clean(tika.get(name));
                if (f != null && !v.isEmpty()) {
                    out.add(MarkupClaim.of(f, v, "meta:" + name.toLowerCase(Locale.ROOT)));
                }
            }
        }
        return out;
    }

    /** {@code <meta name="parsely-page" content='{"pub_date": …, "author": …}'>}. */
    private static void parselyPage(String content, List<MarkupClaim> out) {
        LenientJson.parseValue(content).filter(JsonNode::isObject).ifPresent(j -> {
            String src = "meta:parsely-page";
            value(j, "pub_date").ifPresent(v -> out.add(MarkupClaim.of(Field.PUBLISHED, v, src)));
            value(j, "title").ifPresent(v -> out.add(MarkupClaim.of(Field.HEADLINE, v, src)));
            value(j, "link").ifPresent(v -> out.add(MarkupClaim.of(Field.URL, v, src)));
            JsonNode a = j.has("authors") ? j.get("authors") : j.get("author");
            if (a != null && a.isArray()) {
                a.forEach(x -> add(out, MarkupText.clean(x.isObject() ? x.path("name").asText() : x.asText()), src));
            } else if (a != null) {
                add(out, MarkupText.clean(a.asText()), src);
            }
        });
    }

    private static void add(List<MarkupClaim> out, String name, String source) {
        if (!name.isEmpty()) {
            out.add(new MarkupClaim(Field.AUTHOR, name, source, JsonLdReader.looksLikeUrl(name) ? "url" : null));
        }
    }

    private static java.util.Optional<String> value(JsonNode j, String key) {
        String v = MarkupText.clean(j.path(key).asText(""));
        return v.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(v);
    }

    private static String firstNonEmpty(String... values) {
        for (String v : values) {
            if (!v.isBlank()) {
                return v;
            }
        }
        return "";
    }

    /** {@code meta-tags.txt}: one tag name a line, then what it holds ({@code article:author author}). */
    private static Map<String, Field> fields() {
        Map<String, Field> m = new java.util.HashMap<>();
        for (String line : DataFiles.lines(MetaTagReader.class, "meta-tags.txt")) {
            String[] kv = line.split("\\s+");
            m.put(kv[0].toLowerCase(Locale.ROOT), Field.valueOf(kv[1].toUpperCase(Locale.ROOT)));
        }
        return Map.copyOf(m);
    }
}
