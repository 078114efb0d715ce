package org.copydesk.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.copydesk.core.ArticleMetadata;
import org.copydesk.core.Byline;
import org.copydesk.core.Confidence;
import org.copydesk.core.DateMention;
import org.copydesk.core.DateValue;
import org.copydesk.core.ExtractedDocument;
import org.copydesk.core.Finding;
import org.copydesk.core.Hashes;
import org.copydesk.core.Quote;
import org.copydesk.core.Provenance;
import org.copydesk.core.QuoteAnalysis;
import org.copydesk.core.RejectedDate;
import org.copydesk.core.Report;
import org.copydesk.core.Segment;
import org.copydesk.core.SegmentRole;
import org.copydesk.core.Span;
import org.copydesk.core.SpeakerKind;
import org.copydesk.rules.attribution.Statement;

/** Writes a {@link Report} as the JSON of the report contract ({@code copydesk/report/v1}), fields in a fixed order. */
public final class ReportJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final com.fasterxml.jackson.databind.ObjectWriter LINE =
            MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT);

    private ReportJson() {
    }

    /** The report as the contract's JSON document, indented, ending with a newline (the CLI's report files). */
    public static String write(Report report) {
        try {
            return MAPPER.writeValueAsString(tree(report)) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a report", e);
        }
    }

    /** The same JSON on one line without a newline, fields in the same order: one line of a JSON-lines file. */
    public static String writeLine(Report report) {
        return line(tree(report));
    }

    /** A tree of {@link #tree} on one line. */
    public static String line(ObjectNode tree) {
        try {
            return LINE.writeValueAsString(tree);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a report", e);
        }
    }

    /** The report as a JSON tree, fields in the contract's order. */
    public static ObjectNode tree(Report report) {
        ExtractedDocument doc = report.document();
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schema", Report.SCHEMA);
        ObjectNode tool = root.putObject("tool");
        tool.put("name", "copydesk");
        tool.put("version", report.toolVersion());
        ObjectNode source = root.putObject("source");
        source.put("path", doc.source().path());
        source.put("sha256", doc.source().sha256());
        source.put("mediaType", doc.source().mediaType());
        source.put("bytes", doc.source().bytes());
        ObjectNode text = root.putObject("text");
        text.put("length", doc.text().length());
        text.put("sha256", Hashes.sha256(doc.text()));
        root.set("article", article(doc.article()));
        ObjectNode confidence = root.putObject("confidence");
        for (String field : Confidence.FIELDS) {
            confidence.put(field, doc.confidence().of(field));
        }
        ArrayNode segments = root.putArray("segments");
        for (Segment s : doc.segments()) {
            ObjectNode n = segments.addObject();
            n.put("start", s.start());
            n.put("end", s.end());
            n.put("role", s.role().id());
            n.put("category", s.category() == null ? null : s.category().id());
            n.put("reason", s.reason());
            if (s.role() != SegmentRole.BODY) {
                n.put("text", s.text());
            }
        }
        root.put("body", doc.body());
        root.set("quotes", quotes(doc.quotes(), doc.text()));
        root.set("attribution", attributionSummary(doc));
        ArrayNode dates = root.putArray("dates");
        for (DateMention d : doc.dates()) {
            ObjectNode n = dates.addObject();
            n.put("start", d.span().start());
            n.put("end", d.span().end());
            n.put("text", d.text());
            n.put("kind", d.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            n.put("resolved", d.date() == null ? null : d.date().toString());
        }
        ArrayNode related = root.putArray("related"); // the run's corpus pass: documents sharing text with this one
        for (Provenance.Relative r : doc.provenance().related()) {
            related.addObject().put("path", r.path()).put("sharedText", r.sharedText())
                    .put("relation", r.relation().id());
        }
        ArrayNode findings = root.putArray("findings");
        for (int i = 0; i < report.findings().size(); i++) {
            Finding f = report.findings().get(i);
            ObjectNode n = findings.addObject();
            n.put("rule", f.rule());
            n.put("severity", f.severity().id());
            n.put("message", f.message());
            n.put("start", f.span().start());
            n.put("end", f.span().end());
            n.put("line", f.line());
            n.put("column", f.column());
            if (!f.basis().isEmpty()) {
                // the fields the finding relies on and the lowest of their confidences (null: not estimated)
                n.put("confidence", f.confidence());
                ArrayNode basis = n.putArray("basis");
                f.basis().forEach(basis::add);
            }
            if (f.gradedFrom() != null) { // graded down one step: its basis is less sure than the minimum
                n.put("gradedFrom", f.gradedFrom().id());
            }
            if (report.isBaselined(i)) {
                // accepted by --baseline: kept in the report, left out of the verdict
                n.put("baselined", true);
            }
        }
        root.put("verdict", report.verdict().id());
        return root;
    }

    private static ObjectNode article(ArticleMetadata a) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("headline", a.headline());
        n.put("dateline", a.dateline());
        ArrayNode bylines = n.putArray("bylines");
        for (Byline b : a.bylines()) {
            ObjectNode o = bylines.addObject();
            o.put("name", b.name());
            o.put("kind", b.kind().id());
            o.put("placement", b.placement().id());
        }
        date(n, "published", a.published());
        n.put("publishedKind", a.publishedKind() == null ? null : a.publishedKind().id());
        ArrayNode rejected = n.putArray("publishedRejected");
        for (RejectedDate r : a.publishedRejected()) {
            ObjectNode o = rejected.addObject();
            o.put("value", r.value().iso());
            o.put("source", r.value().source());
            o.put("kind", r.kind().id());
            o.put("reason", r.reason());
        }
        date(n, "firstPublished", a.firstPublished());
        date(n, "modified", a.modified());
        n.put("language", a.language());
        n.put("site", a.site());
        return n;
    }

    private static void date(ObjectNode n, String field, DateValue v) {
        n.put(field, v == null ? null : v.iso());
        n.put(field + "Source", v == null ? null : v.source());
    }

    private static ArrayNode quotes(QuoteAnalysis qa, String text) {
        ArrayNode out = MAPPER.createArrayNode();
        for (Quote q : qa.quotes()) {
            ObjectNode o = out.addObject();
            o.put("start", q.span().start());
            o.put("end", q.span().end());
            o.put("text", q.text());
            o.put("speaker", q.speaker());
            o.put("speakerKind", q.speakerKind().id());
            o.put("cue", q.cue());
            o.put("form", q.form().id());
            if (q.outlet() != null) {
                o.put("outlet", q.outlet());
            }
            if (q.resolution() != null) {
                o.put("speakerResolved", q.resolution().person());
                o.put("speakerWritten", q.resolution().written());
                if (q.resolution().introduced() != null) {
                    o.putObject("speakerIntroduced").put("start", q.resolution().introduced().start())
                            .put("end", q.resolution().introduced().end());
                }
            }
            if (q.parts().size() > 1 || !q.parts().get(0).equals(q.span())) {
                ArrayNode parts = o.putArray("parts");
                for (Span p : q.parts()) {
                    parts.addObject().put("start", p.start()).put("end", p.end()).put("text", text.substring(
                            p.start(), p.end()));
                }
            }
            o.put("confidence", q.confidence());
        }
        return out;
    }

    /**
     * Per article: the quotes by speaker kind ({@code unattributed} for quotes credited to nobody) and the
     * statements the {@code attribution.anonymous-share} rule counts, the same way it counts them: every
     * credited attribution, direct or reported, plus each credited quote no attribution covers.
     */
    private static ObjectNode attributionSummary(ExtractedDocument doc) {
        QuoteAnalysis qa = doc.quotes();
        ObjectNode n = MAPPER.createObjectNode();
        n.put("quotes", qa.quotes().size());
        for (SpeakerKind k : SpeakerKind.values()) {
            n.put(k == SpeakerKind.NONE ? "unattributed" : k.id(),
                    qa.quotes().stream().filter(q -> q.speakerKind() == k).count());
        }
        List<Statement> credited = Statement.of(doc).stream().filter(s -> s.kind() != SpeakerKind.NONE).toList();
        long anonymous = credited.stream().filter(s -> s.kind() == SpeakerKind.ANONYMOUS).count();
        n.put("statements", credited.size());
        n.put("anonymousStatements", anonymous);
        n.put("anonymousShare", credited.isEmpty() ? 0.0 : Math.round(1000.0 * anonymous / credited.size()) / 1000.0);
        return n;
    }
}
