package org.copydesk.render;

import static org.copydesk.render.HtmlText.escape;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.copydesk.core.BoilerplateCategory;
import org.copydesk.core.ExtractedDocument;
import org.copydesk.core.Finding;
import org.copydesk.core.LineIndex;
import org.copydesk.core.Provenance;
import org.copydesk.core.Quote;
import org.copydesk.core.Report;
import org.copydesk.core.Segment;
import org.copydesk.rules.FieldConfidence;
import org.copydesk.rules.RuleDescriptor;

/**
 * The HTML report's page: one self-contained file (inline CSS, no script, no external resource, a strict
 * Content-Security-Policy) with the verdict, the metadata, each field's confidence (low ones marked), the findings with their rules' explanations, the
 * marked-up text ({@link HtmlTextMarkup}), the quotes, the removed spans and a legend generated from the
 * boilerplate categories and the rule registry. Every value taken from the document is escaped ({@link
 * HtmlText#escape}: markup characters, controls, and bidirectional controls shown as markers).
 */
public final class HtmlReport {

    /** The policy of every report: nothing may load or run; only the page's own inline style applies. */
    static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; script-src 'none'; "
            + "base-uri 'none'; form-action 'none'";

    private static final String STYLE = """
            body{font:14px/1.45 system-ui,sans-serif;margin:0 auto;max-width:84rem;padding:.5rem 1.5rem;color:#1d1d1f}
            .columns{display:grid;grid-template-columns:minmax(0,1fr) 22rem;gap:1.2rem;align-items:start}
            aside h2{margin-top:1rem}aside .why{font-size:.9em}
            h1{font-size:1.3rem;margin:.1rem 0}h2{border-bottom:1px solid #ccc;margin:1.5rem 0 .5rem;font-size:1.2rem}
            .verdict{border-radius:8px;padding:.5rem 1.5rem;border:3px solid}.verdict p{margin:.2rem 0}
            .verdict-pass{background:#e6f6e6;border-color:#2e7d32}.verdict-warn{background:#fff6d6;border-color:#b08800}
            .verdict-fail{background:#fde4e4;border-color:#c62828}
            .verdict-label{font-size:1.8rem;font-weight:800;letter-spacing:.1em;margin:0}
            dl.meta{display:grid;grid-template-columns:8rem minmax(0,1fr);gap:.1rem .8rem;margin:0}dl.meta dt{font-weight:600}
            dl.meta dd{margin:0;overflow-wrap:anywhere}aside{min-width:0;overflow-wrap:anywhere}
            pre.doc{white-space:pre-wrap;overflow-wrap:anywhere;font:14px/1.4 Georgia,serif;background:#fcfcfa;
             border:1px solid #ddd;padding:.8rem 1.2rem;margin:0}
            .seg-headline{font-weight:700;font-size:1.3em;box-shadow:inset 4px 0 #3949ab}
            .seg-metadata{background:#e8eaf6;outline:1px dashed #3949ab}
            .seg-boilerplate{text-decoration:line-through;color:#6b6b6b;opacity:.85}
            .seg-label{display:inline-block;font:600 11px/1.4 system-ui,sans-serif;text-decoration:none;color:#fff;
             background:#555;border-radius:3px;padding:0 .35rem;margin-right:.4rem;vertical-align:middle}
            .seg-headline>.seg-label,.seg-metadata>.seg-label{background:#3949ab}
            u.quote{text-decoration:underline 2px #00897b;text-underline-offset:3px}
            mark.finding{border-radius:2px;padding:0 1px}mark.sev-error{background:#ffb4b4}
            mark.sev-warning{background:#ffe27a}mark.sev-info{background:#cfe3ff}
            sup.ref a{color:#333;font:600 10px system-ui,sans-serif;text-decoration:none}
            ol.findings{padding-left:1.6rem}ol.findings li{margin-bottom:.5rem}.sev{font-weight:700;text-transform:uppercase;font-size:.8em;
             padding:0 .3rem;border-radius:3px}.sev.sev-error{background:#ffb4b4}.sev.sev-warning{background:#ffe27a}
            .sev.sev-info{background:#cfe3ff}.why{color:#444;margin:.2rem 0 0}
            table{border-collapse:collapse;width:100%}td,th{border:1px solid #ddd;padding:.3rem .5rem;
             text-align:left;vertical-align:top}.fired{background:#fff6d6}
            .chip{border-radius:3px;padding:0 .3rem 0 0;font-size:.9em;color:#333;text-decoration:none}
            tr.low{background:#fde4e4}.graded{font-style:italic}
            footer{color:#666;font-size:.85em;margin:2rem 0}
            """;

    private HtmlReport() {
    }

    public static String render(Report report, RunInfo run) {
        ExtractedDocument doc = report.document();
        StringBuilder h = new StringBuilder(doc.text().length() * 3 + 16_384);
        String verdict = report.verdict().id();
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\" />\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CSP).append("\" />\n")
                .append("<meta name=\"referrer\" content=\"no-referrer\" />\n")
                .append("<title>").append(escape(verdict.toUpperCase(java.util.Locale.ROOT) + " \u2014 "
                        + doc.source().path() + " \u2014 Copydesk report")).append("</title>\n")
                .append("<style>\n").append(STYLE).append(categoryStyle()).append("</style>\n</head>\n<body>\n");
        h.append("<header class=\"verdict verdict-").append(verdict).append("\" id=\"verdict\">\n")
                .append("<p class=\"verdict-label\">").append(verdict.toUpperCase(java.util.Locale.ROOT))
                .append("</p>\n<h1>").append(escape(doc.article().headline() == null ? doc.source().path()
                        : doc.article().headline())).append("</h1>\n<p>").append(escape(ReadableReport.tally(report)))
                .append(" \u00B7 ").append(doc.segments().stream().filter(Segment::isRemoved).count())
                .append(" removed span(s) \u00B7 ").append(doc.quotes().quotes().size()).append(" quote(s)");
        for (BoilerplateCategory c : BoilerplateCategory.values()) {
            List<Segment> removed = doc.segments().stream().filter(s -> s.category() == c).toList();
            if (!removed.isEmpty()) {
                h.append(" <a class=\"chip cat-").append(c.id()).append("\" href=\"#segment-")
                        .append(doc.segments().indexOf(removed.get(0)) + 1).append("\"><span class=\"seg-label\">")
                        .append(c.id()).append("</span>\u00D7").append(removed.size()).append("</a>");
            }
        }
        h.append("</p>\n</header>\n");
        h.append("<nav><a href=\"#text\">Text</a> \u00B7 <a href=\"#article\">Article</a> \u00B7 ")
                .append("<a href=\"#findings\">Findings</a> \u00B7 <a href=\"#quotes\">Quotes</a> \u00B7 ")
                .append("<a href=\"#removed\">Removed</a> \u00B7 <a href=\"#legend\">Legend</a></nav>\n");
        // the text first, beside the metadata and findings, so the marked article is what a reader sees at once
        h.append("<div class=\"columns\">\n<section id=\"text\">\n<h2>Text</h2>\n<pre class=\"doc\">")
                .append(HtmlTextMarkup.render(report)).append("</pre>\n</section>\n<aside>\n");
        article(h, report);
        confidence(h, report, run);
        findings(h, report, run);
        related(h, doc);
        h.append("</aside>\n</div>\n");
        quotes(h, doc);
        removed(h, doc);
        legend(h, report, run);
        h.append("<footer>copydesk ").append(escape(run.toolVersion())).append(" \u00B7 profile ")
                .append(run.profile().id())
                .append(" \u00B7 source SHA-256 ").append(escape(doc.source().sha256())).append("</footer>\n")
                .append("</body>\n</html>\n");
        return h.toString();
    }

    private static void article(StringBuilder h, Report report) {
        h.append("<section id=\"article\">\n<h2>Article</h2>\n<dl class=\"meta\">\n");
        for (ReadableReport.Row row : ReadableReport.metadata(report)) {
            h.append("<dt>").append(escape(row.label())).append("</dt><dd>").append(escape(row.value()))
                    .append("</dd>\n");
        }
        h.append("</dl>\n</section>\n");
    }

    private static void confidence(StringBuilder h, Report report, RunInfo run) {
        h.append("<section id=\"confidence\">\n<h2>Confidence</h2>\n<table class=\"confidence\">\n")
                .append("<tr><th>Field</th><th>Confidence</th></tr>\n");
        for (ReadableReport.FieldRow row : ReadableReport.confidence(report, run)) {
            h.append("<tr").append(row.low() ? " class=\"low\"" : "").append("><td>").append(row.field())
                    .append(row.reliedOn() ? " <small>(relied on)</small>" : "").append("</td><td>")
                    .append(row.shown()).append(row.low() ? " <strong>low</strong>: below "
                            + FieldConfidence.twoDecimals(run.minConfidence()) : "").append("</td></tr>\n");
        }
        h.append("</table>\n</section>\n");
    }

    private static void findings(StringBuilder h, Report report, RunInfo run) {
        h.append("<section id=\"findings\">\n<h2>Findings</h2>\n");
        if (report.findings().isEmpty()) {
            h.append("<p>No findings.</p>\n");
        }
        h.append("<ol class=\"findings\">\n");
        int n = 0;
        for (Finding f : report.findings()) {
            n++;
            h.append("<li id=\"finding-").append(n).append("\" class=\"sev-").append(f.severity().id())
                    .append("\"><span class=\"sev sev-").append(f.severity().id()).append("\">")
                    .append(f.severity().id()).append("</span> <code>").append(escape(f.rule()))
                    .append("</code> at <a href=\"#at-finding-").append(n).append("\">").append(f.line()).append(':')
                    .append(f.column()).append("</a> \u2014 ").append(escape(f.message()));
            ReadableReport.rule(f.rule()).ifPresent(d -> h.append("<p class=\"why\"><strong>")
                    .append(escape(d.summary())).append("</strong> ").append(escape(d.rationale())).append("</p>"));
            String sure = ReadableReport.confidenceNote(f, run);
            if (!sure.isEmpty()) {
                h.append("<p class=\"why").append(f.gradedFrom() != null ? " graded" : "").append("\">")
                        .append(escape(sure)).append("</p>");
            }
            h.append("</li>\n");
        }
        h.append("</ol>\n</section>\n");
    }

    /** The documents of the run sharing text with this one (the corpus pass), when there are any. */
    private static void related(StringBuilder h, ExtractedDocument doc) {
        List<Provenance.Relative> related = doc.provenance().related();
        if (related.isEmpty()) {
            return;
        }
        h.append("<section id=\"related\">\n<h2>Related documents</h2>\n<table>\n")
                .append("<tr><th>document</th><th>share of this body</th><th>relation</th></tr>\n");
        for (Provenance.Relative r : related) {
            h.append("<tr><td>").append(escape(r.path())).append("</td><td>")
                    .append(ReadableReport.percent(r.sharedText())).append("</td><td>")
                    .append(ReadableReport.relation(r.relation())).append("</td></tr>\n");
        }
        h.append("</table>\n</section>\n");
    }

    private static void quotes(StringBuilder h, ExtractedDocument doc) {
        h.append("<section id=\"quotes\">\n<h2>Quotes</h2>\n");
        List<Quote> quotes = doc.quotes().quotes();
        if (quotes.isEmpty()) {
            h.append("<p>No quotes.</p>\n");
        }
        h.append("<ol class=\"quotes\">\n");
        for (Quote q : quotes) {
            h.append("<li class=\"speaker-").append(q.speakerKind().id()).append("\"><q>")
                    .append(escape(ReadableReport.oneLine(q.text()))).append("</q> \u2014 <strong>")
                    .append(escape(q.speaker() == null ? "nobody credited" : q.speaker())).append("</strong> (")
                    .append(q.speakerKind().id()).append(", cue ").append(escape(q.cue() == null ? "none"
                            : "\u201C" + q.cue() + "\u201D")).append(ReadableReport.speakerConfidence(q))
                    .append(")</li>\n");
        }
        h.append("</ol>\n</section>\n");
    }

    private static void removed(StringBuilder h, ExtractedDocument doc) {
        h.append("<section id=\"removed\">\n<h2>Removed spans</h2>\n<table>\n")
                .append("<tr><th>Where</th><th>Category</th><th>Reason</th><th>Text</th></tr>\n");
        LineIndex lines = doc.lineIndex();
        for (Segment s : doc.segments()) {
            if (s.isRemoved()) {
                LineIndex.Position p = lines.position(s.start());
                h.append("<tr class=\"cat-").append(s.category().id()).append("\"><td>").append(p.line()).append(':')
                        .append(p.column()).append(" [").append(s.start()).append(", ").append(s.end())
                        .append(")</td><td>").append(s.category().id()).append("</td><td>")
                        .append(escape(s.reason())).append("</td><td>").append(escape(ReadableReport.oneLine(s.text())))
                        .append("</td></tr>\n");
            }
        }
        h.append("</table>\n</section>\n");
    }

    private static void legend(StringBuilder h, Report report, RunInfo run) {
        h.append("<section id=\"legend\">\n<h2>Legend</h2>\n<p>")
                .append("<span class=\"seg seg-headline\"><span class=\"seg-label\">headline</span>Headline</span> ")
                .append("<span class=\"seg seg-metadata\"><span class=\"seg-label\">metadata</span>Metadata</span> ")
                .append("<u class=\"quote\">Quote</u> <mark class=\"finding sev-error\">error</mark> ")
                .append("<mark class=\"finding sev-warning\">warning</mark> <mark class=\"finding sev-info\">info")
                .append("</mark></p>\n<h3>Removed categories</h3>\n<ul class=\"categories\">\n");
        for (BoilerplateCategory c : BoilerplateCategory.values()) {
            long count = report.document().segments().stream().filter(s -> s.category() == c).count();
            h.append("<li><span class=\"seg seg-boilerplate cat-").append(c.id()).append("\"><span class=\"seg-label\">")
                    .append(c.id()).append("</span>removed text</span> ").append(count).append(" in this document</li>\n");
        }
        h.append("</ul>\n<h3>Rules (profile ").append(run.profile().id()).append(")</h3>\n<table class=\"rules\">\n")
                .append("<tr><th>Rule</th><th>Severity</th><th>Summary</th><th>Findings here</th></tr>\n");
        Set<String> fired = new LinkedHashSet<>(report.findings().stream().map(Finding::rule).toList());
        for (RuleDescriptor d : run.activeRules()) {
            long count = report.findings().stream().filter(f -> f.rule().equals(d.id())).count();
            h.append("<tr id=\"rule-").append(escape(d.id())).append('"').append(count > 0 ? " class=\"fired\"" : "")
                    .append("><td><code>").append(escape(d.id())).append("</code></td><td>")
                    .append(d.severityIn(run.profile()).id()).append("</td><td>").append(escape(d.summary()))
                    .append("</td><td>").append(count).append("</td></tr>\n");
            fired.remove(d.id());
        }
        for (String id : fired) {
            h.append("<tr class=\"fired\"><td><code>").append(escape(id)).append("</code></td><td></td><td>")
                    .append(escape(ReadableReport.explanation(id))).append("</td><td></td></tr>\n");
        }
        h.append("</table>\n</section>\n");
    }

    // one tint per category, generated from the enum so that a new category gets a colour without a CSS edit
    private static String categoryStyle() {
        StringBuilder css = new StringBuilder();
        BoilerplateCategory[] all = BoilerplateCategory.values();
        for (int i = 0; i < all.length; i++) {
            int hue = i * 360 / all.length;
            css.append(".cat-").append(all[i].id()).append("{background:hsl(").append(hue).append(",70%,93%)}")
                    .append(".cat-").append(all[i].id()).append(">.seg-label{background:hsl(").append(hue)
                    .append(",45%,38%)}\n");
        }
        return css.toString();
    }
}
