package org.copydesk.render;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.copydesk.core.ArticleMetadata;
import org.copydesk.core.Byline;
import org.copydesk.core.Confidence;
import org.copydesk.core.DateValue;
import org.copydesk.core.ExtractedDocument;
import org.copydesk.core.Finding;
import org.copydesk.core.InputProblem;
import org.copydesk.core.Provenance;
import org.copydesk.core.Quote;
import org.copydesk.core.Report;
import org.copydesk.core.Severity;
import org.copydesk.rules.FieldConfidence;
import org.copydesk.rules.RuleDescriptor;
import org.copydesk.rules.RuleRegistry;

/**
 * What the reports for people (Markdown, HTML) say, before either format dresses it: the verdict in words,
 * the article's metadata as labelled rows, a quote's speaker and a rule's explanation from the registry.
 * Both renderers read it so that the two reports never disagree.
 */
final class ReadableReport {

    /** One labelled line of the metadata block. */
    record Row(String label, String value) {
    }

    /**
     * One field's confidence: {@code shown} its value with three decimals ("not estimated" when unknown),
     * {@code low} whether it is below the run's minimum, {@code reliedOn} whether the run's profile relies on it.
     */
    record FieldRow(String field, String shown, boolean low, boolean reliedOn) {
    }

    private ReadableReport() {
    }

    /** "warn: 2 warnings, 9 info" — the verdict and the findings by severity. */
    static String tally(Report r) {
        if (r.findings().isEmpty()) {
            return "no findings";
        }
        Map<Severity, Long> counts = new EnumMap<>(Severity.class);
        for (Finding f : r.findings()) {
            counts.merge(f.severity(), 1L, Long::sum);
        }
        return counts.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey().id() + (e.getValue() == 1 || e.getKey() == Severity.INFO
                        ? "" : "s"))
                .collect(Collectors.joining(", "));
    }

    /** Source and article metadata, in the order the report contract gives them. */
    static List<Row> metadata(Report r) {
        ExtractedDocument doc = r.document();
        ArticleMetadata a = doc.article();
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("Source", doc.source().path()));
        rows.add(new Row("Media type", doc.source().mediaType() == null ? "unknown" : doc.source().mediaType()));
        rows.add(new Row("Size", doc.source().bytes() + " bytes, " + doc.text().length() + " characters extracted"));
        rows.add(new Row("Headline", orNone(a.headline())));
        rows.add(new Row("Dateline", orNone(a.dateline())));
        rows.add(new Row("Bylines", bylines(a.bylines())));
        rows.add(new Row("Published", date(a.published())));
        rows.add(new Row("First published", date(a.firstPublished())));
        rows.add(new Row("Modified", date(a.modified())));
        rows.add(new Row("Language", orNone(a.language())));
        for (InputProblem p : doc.problems()) {
            rows.add(new Row("Input problem", p.kind().name().toLowerCase(java.util.Locale.ROOT) + ": " + p.message()));
        }
        return rows;
    }

    /** Every field's confidence, in the report's order, judged against the run's minimum. */
    static List<FieldRow> confidence(Report r, RunInfo run) {
        List<FieldRow> rows = new ArrayList<>();
        for (String field : Confidence.FIELDS) {
            Double p = r.document().confidence().of(field);
            rows.add(new FieldRow(field, p == null ? "not estimated" : String.format(java.util.Locale.ROOT, "%.3f", p),
                    p != null && p < run.minConfidence(), run.profile().reliesOn().contains(field)));
        }
        return rows;
    }

    /**
     * What a finding's confidence says, or the empty string for a finding that relies on no field: "confidence
     * 0.31 (published)", and when it was graded down, "; graded down from error: below the minimum 0.50".
     */
    static String confidenceNote(Finding f, RunInfo run) {
        if (f.basis().isEmpty()) {
            return "";
        }
        String note = "confidence " + (f.confidence() == null ? "not estimated"
                : String.format(java.util.Locale.ROOT, "%.3f", f.confidence())) + " (" + String.join(", ", f.basis())
                + ")";
        return f.gradedFrom() == null ? note : note + "; graded down from " + f.gradedFrom().id()
                + ": below the minimum " + FieldConfidence.twoDecimals(run.minConfidence());
    }

    static String bylines(List<Byline> bylines) {
        if (bylines.isEmpty()) {
            return "none found";
        }
        return bylines.stream().map(b -> b.name() + " (" + b.kind().id() + ", " + b.placement().id() + ")")
                .collect(Collectors.joining("; "));
    }

    /** A date with where it came from: {@code 2024-05-02 (source: visible)}. */
    static String date(DateValue v) {
        return v == null ? "not found" : v.iso() + " (source: " + v.source() + ")";
    }

    /** Who a quote is credited to, with the kind of speaker, the cue and how sure that credit is. */
    static String speaker(Quote q) {
        String who = q.speaker() == null ? "nobody credited" : q.speaker();
        String cue = q.cue() == null ? "no cue" : "cue \u201C" + q.cue() + "\u201D";
        return who + " (" + q.speakerKind().id() + ", " + cue + speakerConfidence(q) + ")";
    }

    /** ", confidence 0.862" when the quote's speaker confidence was estimated, else the empty string. */
    static String speakerConfidence(Quote q) {
        return q.confidence() == null ? ""
                : String.format(java.util.Locale.ROOT, ", confidence %.3f", q.confidence());
    }

    static Optional<RuleDescriptor> rule(String id) {
        return RuleRegistry.byId(id);
    }

    /** The registry's summary and rationale of a rule, or the empty string for a rule it does not know. */
    static String explanation(String ruleId) {
        return rule(ruleId).map(d -> sentence(d.summary()) + " " + d.rationale()).orElse("");
    }

    /** A summary as a sentence: registry summaries are headings, without a closing full stop. */
    static String sentence(String summary) {
        String s = summary.strip();
        return s.isEmpty() || ".!?".indexOf(s.charAt(s.length() - 1)) >= 0 ? s : s + ".";
    }

    /** Collapses every run of whitespace (newlines included) to one space, for one-line renderings. */
    static String oneLine(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ");
    }

    private static String orNone(String s) {
        return s == null || s.isBlank() ? "none found" : s;
    }

    /** A share (0 to 1) as a whole percentage. */
    static String percent(double share) {
        return Math.round(share * 100) + "%";
    }

    /** A corpus-pass relation as a reader says it. */
    static String relation(Provenance.Relation r) {
        return switch (r) {
            case COPY_OF -> "copied from it (it was published first)";
            case COPIED_BY -> "copied by it (this was published first)";
            case SHARES_PASSAGES -> "shared passages (which came first is not known)";
        };
    }
}
