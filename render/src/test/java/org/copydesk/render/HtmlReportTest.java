package org.copydesk.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.copydesk.core.ExtractedDocument;
import org.copydesk.core.Finding;
import org.copydesk.core.InputProblem;
import org.copydesk.core.Provenance;
import org.copydesk.core.Quote;
import org.copydesk.core.Report;
import org.copydesk.core.Segment;
import org.copydesk.core.SourceIdentity;
import org.copydesk.core.Span;
import org.copydesk.rules.RuleDescriptor;
import org.copydesk.rules.RuleRegistry;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The HTML report on a hostile article: escaping, the policy, every span marked in place, valid nesting. */
class HtmlReportTest {

    private static Report report;
    private static String html;
    private static Document page;
    private static Element text;

    @BeforeAll
    static void render() throws IOException {
        report = HostileArticle.report();
        html = HtmlReport.render(report, HostileArticle.run());
        page = Jsoup.parse(html);
        text = page.selectFirst("pre.doc");
        assertNotNull(text);
    }

    @Test
    void isWellFormedSoNestingIsValidWithoutAParserRepairingIt() throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        org.w3c.dom.Document xml = f.newDocumentBuilder()
                .parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        assertEquals("html", xml.getDocumentElement().getTagName());
    }

    @Test
    void carriesTheStrictPolicyAndNothingThatLoadsOrRuns() {
        Element csp = page.selectFirst("meta[http-equiv=Content-Security-Policy]");
        assertNotNull(csp);
        assertEquals("default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; script-src 'none'; "
                + "base-uri 'none'; form-action 'none'", csp.attr("content"));
        assertTrue(page.select("script, img, iframe, object, embed, link, base, form, b, i").isEmpty());
        for (Element e : page.getAllElements()) {
            for (Attribute a : e.attributes()) {
                assertFalse(a.getKey().startsWith("on"), "event handler attribute on " + e.tagName());
            }
        }
        for (Element a : page.select("a[href]")) {
            assertTrue(a.attr("href").startsWith("#"), "only links within the page: " + a.attr("href"));
        }
        for (String raw : List.of("<script", "<img", "<b ", "<a href=\"javascript", "<i>", "&lt;b&gt;flat")) {
            assertFalse(html.contains(raw), raw);
        }
        assertTrue(html.contains("&amp;lt;b&amp;gt;flat"), "entities in the text are shown as written");
        assertTrue(page.title().contains("<article>"), "the source path is text, not markup");
    }

    @Test
    void listsTheDocumentsTheCorpusPassRelatedItToWithTheirSharesAndOnlyThen() {
        assertNull(page.getElementById("related"), "checked alone, a document has no relatives to list");
        String hostilePath = "<script>alert(1)</script>.html";
        Provenance found = new Provenance(List.of(
                new Provenance.Relative("wire/agency.html", 0.962, Provenance.Relation.COPY_OF),
                new Provenance.Relative(hostilePath, 0.15, Provenance.Relation.SHARES_PASSAGES)), null, List.of());
        Report related = new Report(report.toolVersion(), report.document().withProvenance(found),
                report.findings());
        Document p = Jsoup.parse(HtmlReport.render(related, HostileArticle.run()));
        Elements rows = p.select("#related tr");
        assertEquals(3, rows.size(), rows.toString());
        assertEquals(List.of("wire/agency.html", "96%", "copied from it (it was published first)"),
                rows.get(1).select("td").eachText());
        assertEquals(hostilePath, rows.get(2).selectFirst("td").text(), "a path is text, never markup");
        assertTrue(p.select("script").isEmpty());
        assertTrue(MarkdownReport.render(related, HostileArticle.run()).contains("wire/agency.html \u2014 96% of this body"));
    }

    @Test
    void rendersTheExtractedTextLosslessly() {
        Element copy = text.clone();
        copy.select("span.seg-label, sup.ref").remove();
        assertEquals(report.document().text(), copy.wholeText());
    }

    @Test
    void marksEveryRemovedSegmentWithItsCategoryAndReason() {
        List<Segment> segments = report.document().segments();
        assertTrue(segments.stream().filter(Segment::isRemoved).count() >= 3);
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            Element e = text.selectFirst("span.seg[data-segment=" + (i + 1) + "]");
            assertNotNull(e, "segment " + (i + 1));
            assertEquals(text, e.parent(), "segments are the outermost elements of the text");
            assertTrue(e.hasClass("seg-" + s.role().id()));
            if (s.isRemoved()) {
                assertTrue(e.hasClass("seg-boilerplate") && e.hasClass("cat-" + s.category().id()), e.className());
                assertEquals(s.category().id(), e.attr("data-category"));
                assertTrue(e.attr("title").contains(s.reason()), e.attr("title"));
                assertEquals(s.category().id(), e.selectFirst("span.seg-label").text());
            }
        }
        assertTrue(text.select("span.seg-headline").size() == 1 && !text.select("span.seg-metadata").isEmpty());
    }

    @Test
    void marksEveryFindingInPlaceLinkedToItsEntry() {
        List<Finding> findings = report.findings();
        for (int n = 1; n <= findings.size(); n++) {
            Finding f = findings.get(n - 1);
            Element entry = page.getElementById("finding-" + n);
            assertNotNull(entry);
            assertTrue(entry.text().contains(f.rule()) && entry.text().contains(f.message())
                    && entry.text().contains(f.severity().id()) && entry.text().contains(f.line() + ":" + f.column()),
                    entry.text());
            RuleRegistry.byId(f.rule()).ifPresent(d -> assertTrue(entry.text().contains(d.summary())
                    && entry.text().contains(d.rationale())));
            assertNotNull(page.getElementById("at-finding-" + n), "anchor of finding " + n);
            assertEquals(1, text.select("a[href=#finding-" + n + "]").size());
            Elements marks = text.select("mark[data-finding=" + n + "]");
            if (f.span().length() == 0) {
                assertTrue(marks.isEmpty());
                continue;
            }
            String marked = marks.stream().map(m -> {
                Element c = m.clone();
                c.select("span.seg-label, sup.ref").remove();
                return c.wholeText();
            }).collect(Collectors.joining());
            assertEquals(f.span().in(report.document().text()), marked, f.rule());
            for (Element m : marks) {
                assertTrue(m.hasClass("sev-" + f.severity().id()) && m.attr("title").contains(f.message()));
                assertEquals(1, m.parents().stream().filter(p -> p.hasClass("seg")).count());
            }
        }
    }

    @Test
    void splitsSpansAtSegmentEdges() {
        Elements inside = text.select("mark[data-rule=text.invented-inside]");
        assertEquals(1, inside.size());
        assertTrue(inside.first().closest("span.seg").hasClass("cat-cookie-consent"));
        Elements across = text.select("mark[data-rule=text.invented-across]");
        assertTrue(across.size() >= 2, "split at the segment edge");
        assertTrue(across.last().closest("span.seg").hasClass("cat-cookie-consent"));
        assertTrue(across.first().closest("span.seg").hasClass("seg-body"));
        int lastQuote = report.document().quotes().quotes().size();
        Elements quote = text.select("u[data-quote=" + lastQuote + "]");
        assertTrue(quote.size() >= 2, "a quote over two segments is split");
        assertTrue(quote.first().attr("title").contains("Ada <i>O'Brien</i>"));
        assertEquals(2, text.select("mark[data-rule=text.invented-overlap-b]").size(), "split where the first ends");
        assertEquals(1, text.select("mark[data-rule=text.invented-overlap-a] > mark[data-rule=text.invented-overlap-b]")
                .size(), "the later one nests in the earlier one while both are open");
    }

    @Test
    void listsMetadataQuotesAndRemovedSpans() {
        String article = page.getElementById("article").text();
        for (String s : List.of("Harbour council <script>alert(1)</script> votes", "Maren O'Dwyer (person, top)",
                "2023-03-14 (source: visible:published)", "PORT ELLISBY", "First published", "Modified", "en")) {
            assertTrue(article.contains(s), s);
        }
        String quotes = page.getElementById("quotes").text();
        for (Quote q : report.document().quotes().quotes()) {
            assertTrue(quotes.contains(q.speakerKind().id()) && (q.speaker() == null || quotes.contains(q.speaker())));
        }
        Elements removed = page.select("#removed tr[class^=cat-]");
        List<Segment> segments = report.document().segments().stream().filter(Segment::isRemoved).toList();
        assertEquals(segments.size(), removed.size());
        for (int i = 0; i < segments.size(); i++) {
            assertTrue(removed.get(i).text().contains(segments.get(i).reason()));
        }
        Element verdict = page.getElementById("verdict");
        assertTrue(verdict.hasClass("verdict-" + report.verdict().id()) && verdict.text().startsWith("FAIL"));
    }

    @Test
    void hasALegendFromTheCategoriesAndTheRegistry() {
        Element legend = page.getElementById("legend");
        for (org.copydesk.core.BoilerplateCategory c : org.copydesk.core.BoilerplateCategory.values()) {
            assertNotNull(legend.selectFirst("span.cat-" + c.id()), c.id());
        }
        for (RuleDescriptor d : HostileArticle.engine().activeRules()) {
            assertNotNull(page.getElementById("rule-" + d.id()), d.id());
        }
    }

    @Test
    void isDeterministic() throws IOException {
        assertEquals(html, HtmlReport.render(HostileArticle.report(), HostileArticle.run()));
    }

    @Test
    void reportsAnUnreadableDocument() throws Exception {
        ExtractedDocument doc = ExtractedDocument.unreadable(new SourceIdentity("bad <file>.pdf", null, null, 0),
                new InputProblem(InputProblem.Kind.UNREADABLE, "cannot read <the> input"));
        Report r = new Report("v", doc, List.of(new Finding("input.unreadable", org.copydesk.core.Severity.ERROR,
                "cannot read <the> input", Span.of(0, 0), 1, 1)));
        String out = HtmlReport.render(r, HostileArticle.run());
        DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(out.getBytes(StandardCharsets.UTF_8)));
        assertFalse(out.contains("<the>") || out.contains("<file>"));
        assertNotNull(Jsoup.parse(out).getElementById("at-finding-1"));
    }

    @Test
    void escapesEveryMarkupCharacterAndDropsInvalidOnes() {
        assertEquals("&amp;&lt;&gt;&quot;&#39;a\n\uFFFD\uD83D\uDCF0\uFFFD", HtmlText.escape("&<>\"'a\n\u0000\uD83D\uDCF0\uD800"));
    }

    @Test
    void showsBidiControlsAsMarkersAndDropsC1Controls() {
        assertEquals("a&lt;U+202E&gt;b&lt;U+2066&gt;c&lt;U+2028&gt;\uFFFD\uFFFD\uFFFD",
                HtmlText.escape("a\u202eb\u2066c\u2028\u009b\u0085\u007f"));
        String rtl = "\u0645\u0631\u062d\u0628\u0627 \u05e9\u05dc\u05d5\u05dd";
        assertEquals(rtl, HtmlText.escape(rtl));
    }

    @Test
    void keepsMarksInPlaceAroundBidiMarkers() {
        String source = "Ferry \u202efares\u202c rise in spring, the council said on Tuesday.\n";
        ExtractedDocument doc = new org.copydesk.ingest.Ingestor(HostileArticle.NOW).ingest("in/bidi.txt",
                source.getBytes(StandardCharsets.UTF_8));
        String t = doc.text();
        int fares = t.indexOf('\u202e');
        int rise = t.indexOf("rise");
        Report r = new Report("v", doc, List.of(
                Finding.at("text.invented-bidi", org.copydesk.core.Severity.WARNING, "over \u202e",
                        Span.of(fares, fares + "\u202efares\u202c".length()), doc.lineIndex()),
                Finding.at("text.invented-after", org.copydesk.core.Severity.INFO, "after", Span.of(rise,
                        rise + "rise".length()), doc.lineIndex())));
        String markup = HtmlTextMarkup.render(r);
        assertFalse(markup.chars().anyMatch(c -> c == 0x202e || c == 0x202c), markup);
        Element body = Jsoup.parseBodyFragment(markup).body();
        assertEquals("<U+202E>fares<U+202C>", body.selectFirst("mark[data-finding=1]").wholeText());
        assertEquals("rise", body.selectFirst("mark[data-finding=2]").wholeText());
        assertTrue(body.selectFirst("mark[data-finding=1]").attr("title").endsWith("over <U+202E>"));
    }
}
