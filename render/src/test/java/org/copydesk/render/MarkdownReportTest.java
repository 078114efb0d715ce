package org.copydesk.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.regex.Pattern;
import org.copydesk.core.Finding;
import org.copydesk.core.Quote;
import org.copydesk.core.Report;
import org.copydesk.core.Segment;
import org.copydesk.rules.RuleRegistry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Markdown report on a hostile article: its sections, and document text that cannot become structure. */
class MarkdownReportTest {

    private static Report report;
    private static String md;

    @BeforeAll
    static void render() throws IOException {
        report = HostileArticle.report();
        md = MarkdownReport.render(report, HostileArticle.run());
    }

    @Test
    void escapesEverythingThatCouldBecomeMarkupOrStructure() {
        assertFalse(Pattern.compile("(?<!\\\\)[<>&\\[\\]|$~]").matcher(md).find(), "an unescaped character");
        assertFalse(md.contains("<script>"));
        assertTrue(md.contains("\\<script\\>alert(1)\\</script\\>"));
        assertTrue(md.contains("\\<a href=\"javascript:alert(4)\"\\>Accept\\</a\\>"), "the banner's link is text");
        assertEquals("\\&lt;b\\&gt; \\&amp;", MarkdownReport.escape("&lt;b&gt; &amp;"), "entities stay as written");
        assertEquals("a\\*b\\* c\\_ snake_case \\`x\\` \\# \\[l\\](javascript:x) \\\\",
                MarkdownReport.escape("a*b*\n\n c_ snake_case `x` # [l](javascript:x) \\"));
        for (String line : md.split("\n")) {
            assertFalse(line.startsWith("#") && !line.startsWith("# ") && !line.startsWith("## "), line);
        }
    }

    @Test
    void showsControlsAsReplacementsAndBidiControlsAsMarkers() {
        assertEquals("a\uFFFD\\[2J\uFFFD\\]0;OWNED\uFFFD \uFFFD \uFFFD b",
                MarkdownReport.escape("a\u001b[2J\u001b]0;OWNED\u0007 \u0085 \u007f b"));
        assertEquals("access\\<U+202E\\> \\<U+2066\\>// check\\<U+2069\\> a\\<U+2028\\>b",
                MarkdownReport.escape("access\u202e \u2066// check\u2069 a\u2028b"));
        String rtl = "\u0645\u0631\u062d\u0628\u0627 \u05e9\u05dc\u05d5\u05dd \uD83D\uDCF0";
        assertEquals(rtl, MarkdownReport.escape(rtl));
    }

    @Test
    void saysTheVerdictMetadataFindingsQuotesAndRemovedSpans() {
        assertTrue(md.startsWith("# FAIL \u2014 Harbour council"));
        assertTrue(md.contains("**Verdict: FAIL**"));
        assertTrue(md.contains("- **Bylines:** Maren O'Dwyer (person, top)"));
        assertTrue(md.contains("- **Published:** 2023-03-14 (source: visible:published)"));
        assertTrue(md.contains("- **Dateline:** PORT ELLISBY") && md.contains("- **Language:** en"));
        for (Finding f : report.findings()) {
            assertTrue(md.contains("`" + f.rule() + "` at " + f.line() + ":" + f.column()), f.rule());
            RuleRegistry.byId(f.rule()).ifPresent(d -> assertTrue(md.contains(MarkdownReport.escape(
                    d.rationale())), d.id()));
        }
        for (Quote q : report.document().quotes().quotes()) {
            assertTrue(md.contains(MarkdownReport.escape(ReadableReport.speaker(q))), q.text());
        }
        for (Segment s : report.document().segments()) {
            if (s.isRemoved()) {
                assertTrue(md.contains("- `" + s.category().id() + "` at ")
                        && md.contains(MarkdownReport.escape(s.reason())), s.category().id());
            }
        }
    }

    @Test
    void isDeterministic() throws IOException {
        assertEquals(md, MarkdownReport.render(HostileArticle.report(), HostileArticle.run()));
    }
}
