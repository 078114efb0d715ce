package org.copydesk.ingest.parse;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;

/**
 * Reads article metadata from HTML markup: JSON-LD ({@code datePublished}, {@code dateModified}, author
 * names, {@code headline}) and the meta tags Tika reports (OpenGraph, {@code article:*}, {@code author}).
 * JSON-LD is trusted first because publishers fill it for search engines; meta tags next; the title last.
 */
final class HtmlHints {

    private static final Pattern LD_BLOCK = Pattern.compile(
            "<script[^>]*application/ld\\+json[^>]*>(.*?)</script>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern LD_PUBLISHED = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]{6,40})\"");
    private static final Pattern LD_MODIFIED = Pattern.compile("\"dateModified\"\\s*:\\s*\"([^\"]{6,40})\"");
    private static final Pattern LD_HEADLINE = Pattern.compile("\"headline\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.){3,300})\"");
    private static final Pattern LD_AUTHOR = Pattern.compile(
            "\"author\"\\s*:\\s*(\\[[^\\]]*\\]|\\{[^}]*\\}|\"[^\"]*\")", Pattern.DOTALL);
    private static final Pattern LD_NAME = Pattern.compile("\"name\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.){2,80})\"");
    private static final Pattern LD_STRING = Pattern.compile("^\"([^\"]{2,80})\"$");

    private static final String[] META_PUBLISHED = {"article:published_time", "og:published_time",
        "datePublished", "publish-date", "pubdate", "sailthru.date", "parsely-pub-date", "dc.date.issued",
        "DC.date.issued", "dcterms:created", "date"};
    private static final String[] META_MODIFIED = {"article:modified_time", "og:updated_time", "dateModified",
        "dcterms:modified"};
    private static final String[] META_AUTHOR = {"author", "article:author", "byl", "parsely-author",
        "sailthru.author", "dc.creator", "DC.creator"};

    private HtmlHints() {
    }

    static MarkupHints read(String html, Metadata md) {
        String title = null;
        String titleSource = null;
        List<String> authors = new ArrayList<>();
        String authorSource = null;
        String published = null;
        String publishedSource = null;
        String modified = null;
        String modifiedSource = null;

        Matcher blocks = LD_BLOCK.matcher(html);
        while (blocks.find()) {
            String ld = blocks.group(1);
            if (published == null) {
                published = first(LD_PUBLISHED, ld);
                publishedSource = published == null ? null : "json-ld";
            }
            if (modified == null) {
                modified = first(LD_MODIFIED, ld);
                modifiedSource = modified == null ? null : "json-ld";
            }
            if (title == null) {
                title = unescape(first(LD_HEADLINE, ld));
                titleSource = title == null ? null : "json-ld";
            }
            if (authors.isEmpty()) {
                authors.addAll(ldAuthors(ld));
                authorSource = authors.isEmpty() ? null : "json-ld";
            }
        }
        if (published == null) {
            published = meta(md, META_PUBLISHED);
            publishedSource = published == null ? null : "meta";
        }
        if (modified == null) {
            modified = meta(md, META_MODIFIED);
            modifiedSource = modified == null ? null : "meta";
        }
        if (authors.isEmpty()) {
            String a = meta(md, META_AUTHOR);
            if (a != null && !a.startsWith("http")) {
                authors.add(a);
                authorSource = "meta";
            }
        }
        if (title == null) {
            title = meta(md, "og:title", "twitter:title");
            titleSource = title == null ? null : "meta";
        }
        if (title == null) {
            title = md.get(TikaCoreProperties.TITLE);
            titleSource = title == null ? null : "title";
        }
        return new MarkupHints(title, titleSource, authors, authorSource, published, publishedSource, modified,
                modifiedSource);
    }

    private static List<String> ldAuthors(String ld) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = LD_AUTHOR.matcher(ld);
        while (m.find()) {
            String v = m.group(1);
            Matcher s = LD_STRING.matcher(v);
            if (s.matches()) {
                out.add(unescape(s.group(1)));
            } else {
                Matcher n = LD_NAME.matcher(v);
                while (n.find()) {
                    out.add(unescape(n.group(1)));
                }
            }
        }
        return new ArrayList<>(out);
    }

    private static String meta(Metadata md, String... names) {
        for (String n : names) {
            String v = md.get(n);
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    private static String first(Pattern p, String s) {
        Matcher m = p.matcher(s);
        return m.find() ? m.group(1) : null;
    }

    private static String unescape(String s) {
        return s == null ? null : s.replace("\\\"", "\"").replace("\\/", "/").replace("\\u0026", "&")
                .replace("&amp;", "&").replace("&#39;", "'").replace("&quot;", "\"").strip();
    }
}
