package org.copydesk.render;

import java.util.List;
import java.util.Locale;
import org.copydesk.core.ExtractedDocument;
import org.copydesk.core.Finding;
import org.copydesk.core.LineIndex;
import org.copydesk.core.Provenance;
import org.copydesk.core.Quote;
import org.copydesk.core.Report;
import org.copydesk.core.Segment;
import org.copydesk.rules.FieldConfidence;

/**
 * The Markdown report of one document ({@code --format md}), a report for people that reads well in a
 * terminal and on a code host: the verdict, the metadata, each field's confidence, each finding with its place and its rule's
 * explanation, the quotes and the removed spans. Document text is escaped so that it cannot become Markdown
 * (or HTML) structure.
 */
public final class MarkdownReport {

    private static final int EXCERPT = 160;

    private MarkdownReport() {
    }

    /** The Markdown report of {@code report}, made in {@code run}. */
    public static String render(Report report, RunInfo run) {
        ExtractedDocument doc = report.document();
        StringBuilder md = new StringBuilder();
        String verdict = report.verdict().id().toUpperCase(Locale.ROOT);
        String title = doc.article().headline() == null ? doc.source().path() : doc.article().headline();
        md.append("# ").append(verdict).append(" \u2014 ").append(escape(title)).append("\n\n")
                .append("**Verdict: ").append(verdict).append("** \u2014 ").append(ReadableReport.tally(report))
                .append(" \u00B7 ").append(doc.segments().stream().filter(Segment::isRemoved).count())
                .append(" removed span(s) \u00B7 ").append(doc.quotes().quotes().size()).append(" quote(s)\n\n");
        md.append("## Article\n\n");
        for (ReadableReport.Row row : ReadableReport.metadata(report)) {
            md.append("- **").append(row.label()).append(":** ").append(escape(row.value())).append('\n');
        }
        md.append("\n## Confidence\n\n");
        for (ReadableReport.FieldRow row : ReadableReport.confidence(report, run)) {
            md.append("- **").append(row.field()).append(":** ")
                    .append(row.low() ? "**" + row.shown() + " \u2014 low, below "
                            + FieldConfidence.twoDecimals(run.minConfidence()) + "**" : row.shown())
                    .append(row.reliedOn() ? " (the profile relies on it)" : "").append('\n');
        }
        md.append("\n## Findings\n\n");
        if (report.findings().isEmpty()) {
            md.append("No findings.\n");
        }
        int n = 0;
        for (Finding f : report.findings()) {
            md.append("- **").append(++n).append(". ").append(f.severity().id()).append("** `").append(f.rule())
                    .append("` at ").append(f.line()).append(':').append(f.column()).append(" \u2014 ")
                    .append(escape(f.message())).append('\n');
            String why = ReadableReport.explanation(f.rule());
            if (!why.isEmpty()) {
                md.append("  - why: ").append(escape(why)).append('\n');
            }
            String sure = ReadableReport.confidenceNote(f, run);
            if (!sure.isEmpty()) {
                md.append("  - ").append(escape(sure)).append('\n');
            }
            String excerpt = excerpt(doc.text(), f.span().start(), f.span().end());
            if (!excerpt.isEmpty()) {
                md.append("  - text: \u201C").append(escape(excerpt)).append("\u201D\n");
            }
        }
        related(md, doc.provenance().related());
        quotes(md, doc.quotes().quotes());
        removed(md, doc);
        md.append("\n---\n\ncopydesk ").append(escape(run.toolVersion())).append(" \u00B7 profile ")
                .append(run.profile().id()).append(" \u00B7 source SHA-256 `")
                .append(doc.source().sha256() == null ? "unknown" : doc.source().sha256()).append("`\n");
        return md.toString();
    }

    /** The documents of the run sharing text with this one (the corpus pass), when there are any. */
    private static void related(StringBuilder md, List<Provenance.Relative> related) {
        if (related.isEmpty()) {
            return;
        }
        md.append("\n## Related documents\n\n");
        for (Provenance.Relative r : related) {
            md.append("- ").append(escape(r.path())).append(" \u2014 ").append(ReadableReport.percent(r.sharedText()))
                    .append(" of this body, ").append(ReadableReport.relation(r.relation())).append('\n');
        }
    }

    private static void quotes(StringBuilder md, List<Quote> quotes) {
        md.append("\n## Quotes\n\n");
        if (quotes.isEmpty()) {
            md.append("No quotes.\n");
        }
        int n = 0;
        for (Quote q : quotes) {
            md.append("- **").append(++n).append(".** \u201C").append(escape(ReadableReport.oneLine(q.text())))
                    .append("\u201D \u2014 ").append(escape(ReadableReport.speaker(q))).append('\n');
        }
    }

    private static void removed(StringBuilder md, ExtractedDocument doc) {
        md.append("\n## Removed spans\n\n");
        LineIndex lines = doc.lineIndex();
        boolean any = false;
        for (Segment s : doc.segments()) {
            if (s.isRemoved()) {
                any = true;
                LineIndex.Position p = lines.position(s.start());
                md.append("- `").append(s.category().id()).append("` at ").append(p.line()).append(':')
                        .append(p.column()).append(" (offsets ").append(s.start()).append('\u2013').append(s.end())
                        .append(") \u2014 ").append(escape(s.reason() == null ? "no reason given" : s.reason()))
                        .append("\n  - text: \u201C").append(escape(ReadableReport.oneLine(s.text()))).append("\u201D\n");
            }
        }
        if (!any) {
            md.append("Nothing removed.\n");
        }
    }

    // an underscore between letters or digits cannot open or close emphasis (CommonMark's flanking rules)
    private static boolean intraword(String s, int i) {
        return i > 0 && i + 1 < s.length() && Character.isLetterOrDigit(s.charAt(i - 1))
                && Character.isLetterOrDigit(s.charAt(i + 1));
    }

    private static String excerpt(String text, int start, int end) {
        int s = Math.min(start, text.length());
        int e = Math.min(Math.max(end, s), text.length());
        String one = ReadableReport.oneLine(text.substring(s, e));
        return one.length() <= EXCERPT ? one : one.substring(0, EXCERPT) + "\u2026";
    }

    /**
     * Document text safe inside one Markdown line: whitespace runs become one space (no block structure, no hard
     * breaks) and every character that starts inline structure (emphasis, code, links, raw HTML, entities, tables,
     * strike-through, math, headings' closing marks) is backslash-escaped. Control characters become U+FFFD (so
     * that {@code cat} of the report cannot send a terminal an escape sequence), and bidirectional controls and
     * line separators become visible markers such as {@code <U+202E>} ({@link VisibleText#bidiVisible}), so the
     * text cannot show itself in another order than it has.
     */
    static String escape(String s) {
        String one = VisibleText.bidiVisible(ReadableReport.oneLine(s));
        StringBuilder out = new StringBuilder(one.length() + 8);
        for (int i = 0; i < one.length(); i++) {
            char c = one.charAt(i);
            if ("\\`*[]<>|~&#$!".indexOf(c) >= 0 || c == '_' && !intraword(one, i)) {
                out.append('\\');
            }
            out.append(Character.isISOControl(c) ? '\uFFFD' : c);
        }
        return out.toString();
    }
}
