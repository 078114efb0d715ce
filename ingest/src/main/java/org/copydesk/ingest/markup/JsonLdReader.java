package org.copydesk.ingest.markup;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.copydesk.ingest.markup.MarkupClaim.Field;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads schema.org JSON-LD blocks: the article node (NewsArticle, Article, BlogPosting and their kin, found at
 * the top, in arrays, in {@code @graph} or as a page's {@code mainEntity}) gives headline, dates, authors and
 * url, source {@code json-ld}; a WebPage node stands in for what no article node says, source
 * {@code json-ld:webpage}. Authors may be strings, Person or Organization objects, arrays of either, or
 * {@code @id} references into the graph.
 */
final class JsonLdReader {

    private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle",
            "askpublicnewsarticle", "blogposting", "liveblogposting", "socialmediaposting", "techarticle",
            "scholarlyarticle", "report", "satiricalarticle", "advertisercontentarticle", "medicalscholarlyarticle",
            "discussionforumposting", "review", "posting");
    private static final Set<String> PAGE_TYPES = Set.of("webpage", "itempage", "aboutpage", "collectionpage",
            "profilepage", "qapage", "faqpage", "medicalwebpage", "realestatelisting", "searchresultspage");
    private static final List<String> DESCEND = List.of("@graph", "mainEntity", "mainEntityOfPage");

    private JsonLdReader() {
    }

    static List<MarkupClaim> read(Document doc) {
        List<JsonNode> roots = new ArrayList<>();
        for (Element script : doc.select("script[type~=(?i)ld\\+json]")) {
            roots.addAll(LenientJson.parse(script.data()));
        }
        Map<String, JsonNode> byId = new HashMap<>();
        roots.forEach(r -> index(r, byId, 0));
        List<JsonNode> articles = new ArrayList<>();
        List<JsonNode> pages = new ArrayList<>();
        roots.forEach(r -> collect(r, articles, pages, 0));
        List<MarkupClaim> out = new ArrayList<>();
        roots.forEach(r -> publishers(r, out, 0));
        claims(articles, "json-ld", byId, out);
        claims(pages, "json-ld:webpage", byId, out);
        return out;
    }

    private static void claims(List<JsonNode> nodes, String source, Map<String, JsonNode> byId,
            List<MarkupClaim> out) {
        for (JsonNode n : nodes) {
            text(n.get("headline")).ifPresent(v -> out.add(MarkupClaim.of(Field.HEADLINE, v, source)));
            text(n.get("datePublished")).or(() -> text(n.get("dateCreated")))
                    .ifPresent(v -> out.add(MarkupClaim.of(Field.PUBLISHED, v, source)));
            text(n.get("dateModified")).ifPresent(v -> out.add(MarkupClaim.of(Field.MODIFIED, v, source)));
            text(n.get("url")).ifPresent(v -> out.add(MarkupClaim.of(Field.URL, v, source)));
            JsonNode publisher = n.get("publisher");
            if (publisher != null) {
                String name = name(publisher.isObject() && !publisher.has("name") && publisher.has("@id")
                        ? byId.getOrDefault(publisher.get("@id").asText(), publisher).get("name") : publisher);
                if (!name.isEmpty()) {
                    out.add(MarkupClaim.of(Field.PUBLISHER, name, source));
                }
            }
            JsonNode author = n.has("author") ? n.get("author") : n.get("creator");
            authors(author, source, byId, out, 0);
        }
    }

    private static void authors(JsonNode a, String source, Map<String, JsonNode> byId, List<MarkupClaim> out,
            int depth) {
        if (a == null || depth > 4) {
            return;
        }
        if (a.isArray()) {
            a.forEach(x -> authors(x, source, byId, out, depth + 1));
        } else if (a.isTextual()) {
            String v = clean(a.asText());
            if (!v.isEmpty()) {
                out.add(new MarkupClaim(Field.AUTHOR, v, source, looksLikeUrl(v) ? "url" : null));
            }
        } else if (a.isObject()) {
            JsonNode n = a;
            if (!a.has("name") && a.has("@id") && byId.containsKey(a.get("@id").asText())) {
                n = byId.get(a.get("@id").asText());
            }
            String kind = type(n).stream().filter(t -> t.equals("person") || t.contains("organization"))
                    .findFirst().map(t -> t.equals("person") ? "Person" : "Organization").orElse(null);
            JsonNode names = n.get("name");
            if (names != null && names.isArray() && names.size() > 1) {
                // one author node naming several people: each is an author
                names.forEach(x -> authors(x, source, byId, out, depth + 1));
                return;
            }
            String name = name(names);
            if (name.isEmpty() && n.has("givenName")) {
                name = clean(n.path("givenName").asText() + " " + n.path("familyName").asText());
            }
            if (!name.isEmpty()) {
                out.add(new MarkupClaim(Field.AUTHOR, name, source, kind));
                return;
            }
            for (String key : List.of("url", "@id", "sameAs")) {
                JsonNode u = n.get(key);
                String url = u == null ? "" : clean(u.isArray() && !u.isEmpty() ? u.get(0).asText() : u.asText());
                if (looksLikeUrl(url)) {
                    out.add(new MarkupClaim(Field.AUTHOR, url, source, "url"));
                    return;
                }
            }
        }
    }

    /** A name that may itself be an array or a nested object with a name. */
    private static String name(JsonNode n) {
        if (n == null) {
            return "";
        }
        if (n.isArray()) {
            return n.isEmpty() ? "" : name(n.get(0));
        }
        if (n.isObject()) {
            return name(n.has("name") ? n.get("name") : n.get("@value"));
        }
        return clean(n.asText());
    }

    /** Top-level WebSite and Organization nodes name the publication itself. */
    private static void publishers(JsonNode n, List<MarkupClaim> out, int depth) {
        if (n == null || depth > 3) {
            return;
        }
        if (n.isArray()) {
            n.forEach(c -> publishers(c, out, depth + 1));
        } else if (n.isObject()) {
            if (type(n).stream().anyMatch(t -> t.equals("website") || t.contains("organization"))) {
                String name = name(n.get("name"));
                if (!name.isEmpty()) {
                    out.add(MarkupClaim.of(Field.PUBLISHER, name, "json-ld"));
                }
            }
            publishers(n.get("@graph"), out, depth + 1);
        }
    }

    private static void index(JsonNode n, Map<String, JsonNode> byId, int depth) {
        if (n == null || depth > 8) {
            return;
        }
        if (n.isObject() && n.has("@id") && n.size() > 1) {
            byId.putIfAbsent(n.get("@id").asText(), n);
        }
        if (n.isContainerNode()) {
            n.forEach(c -> index(c, byId, depth + 1));
        }
    }

    private static void collect(JsonNode n, List<JsonNode> articles, List<JsonNode> pages, int depth) {
        if (n == null || depth > 6) {
            return;
        }
        if (n.isArray()) {
            n.forEach(c -> collect(c, articles, pages, depth + 1));
            return;
        }
        if (!n.isObject()) {
            return;
        }
        List<String> types = type(n);
        if (types.stream().anyMatch(ARTICLE_TYPES::contains)) {
            articles.add(n);
        } else if (types.stream().anyMatch(PAGE_TYPES::contains)) {
            pages.add(n);
        }
        for (String key : DESCEND) {
            JsonNode c = n.get(key);
            if (c != null && c.isContainerNode()) {
                collect(c, articles, pages, depth + 1);
            }
        }
    }

    private static List<String> type(JsonNode n) {
        // some pages write "type" for "@type"; a plain "type" is read only where "@type" is absent
        JsonNode t = n.has("@type") ? n.get("@type") : n.get("type");
        List<String> out = new ArrayList<>();
        if (t != null && t.isArray()) {
            t.forEach(x -> out.add(simple(x.asText())));
        } else if (t != null) {
            out.add(simple(t.asText()));
        }
        return out;
    }

    /** "http://schema.org/NewsArticle" and "schema:NewsArticle" are NewsArticle. */
    private static String simple(String type) {
        String s = type.substring(Math.max(type.lastIndexOf('/'), type.lastIndexOf(':')) + 1);
        return s.toLowerCase(Locale.ROOT);
    }

    private static java.util.Optional<String> text(JsonNode n) {
        if (n == null) {
            return java.util.Optional.empty();
        }
        String v = n.isArray() ? (n.isEmpty() ? "" : n.get(0).asText()) : n.isValueNode() ? n.asText() : "";
        v = clean(v);
        return v.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(v);
    }

    static String clean(String s) {
        return MarkupText.clean(s);
    }

    static boolean looksLikeUrl(String s) {
        return s.matches("(?i)^(?:https?:)?//\\S+$|^/[\\w./-]+/?$|^www\\.\\S+$");
    }
}
