package org.copydesk.spark;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Serializable;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.copydesk.core.Confidence;
import org.copydesk.core.ExtractedDocument;
import org.copydesk.core.Provenance;
import org.copydesk.core.Finding;
import org.copydesk.core.Report;
import org.copydesk.core.Segment;
import org.copydesk.core.SegmentRole;
import org.copydesk.engine.DocumentChecker;
import org.copydesk.engine.ReportBytes;
import org.copydesk.engine.ReportJson;
import org.copydesk.engine.ToolVersion;
import org.copydesk.render.DocumentEntry;
import org.copydesk.render.DocumentEntryCodec;
import org.copydesk.render.HtmlReport;
import org.copydesk.render.MarkdownReport;
import org.copydesk.render.RunInfo;
import org.copydesk.rules.DocumentRule;
import org.copydesk.rules.provenance.CorpusPass;

/**
 * One checked document as the job carries it (a Java bean for Spark's encoder): the report as one JSON line,
 * exactly the CLI's report, and what the findings table and the summary read from it.
 */
public class DocResult implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name;
    private String path;
    private String site;
    private String report;
    private String verdict;
    private long textLength;
    private long boilerplateChars;
    private Map<String, Long> boilerplate = new LinkedHashMap<>();
    private long statements;
    private double anonymousShare;
    private Map<String, Double> confidence = new LinkedHashMap<>();
    private List<FindingRow> findings = new ArrayList<>();
    private byte[] entry;
    private String markdown;
    private String html;
    // what the corpus pass needs of a document with an article (else null): the report whole, its fingerprints,
    // publication interval and credits (CorpusPass.Entry); dropped once the pass has run
    private byte[] kept;
    private long[] fingerprints;
    private Long publishedFrom;
    private Long publishedTo;
    private List<String> credits;
    // what the corpus pass found, for the summary: related documents, an uncredited copy, changed quotes
    private int related;
    private boolean uncreditedCopy;
    private int alteredQuotes;

    public DocResult() {
    }

    /**
     * The result of {@code report}, named {@code name} (as the CLI names its report file), fetched from {@code url},
     * with what {@code rendering} asks for: its run-level entry for SARIF, its Markdown and HTML reports; and, for a
     * document with an article long enough to compare, what the corpus pass needs of it.
     */
    static DocResult of(String name, Report report, String url, Rendering rendering, DocumentChecker checker) {
        DocResult r = rendered(name, report, url, rendering, checker);
        ExtractedDocument doc = report.document();
        if (!DocumentRule.hasNoArticle(doc)) {
            CorpusPass.Entry e = CorpusPass.entry(name, doc, SparkCorpusPass.SETTINGS,
                    checker.engine().settings().agencies());
            if (e.fingerprints().length >= SparkCorpusPass.SETTINGS.minShared()) { // as the CLI's CorpusStage
                r.kept = ReportBytes.encode(report);
                r.fingerprints = e.fingerprints();
                r.publishedFrom = e.published().from();
                r.publishedTo = e.published().to();
                r.credits = e.credits();
            }
        }
        return r;
    }

    /**
     * The result of {@code report} as {@link #of} makes it, without what only the corpus pass needs: for a
     * document the pass checked again with what it found.
     */
    static DocResult rendered(String name, Report report, String url, Rendering rendering, DocumentChecker checker) {
        DocResult r = of(name, report, url);
        ExtractedDocument doc = report.document();
        Provenance p = doc.provenance();
        r.related = p.related().size();
        r.uncreditedCopy = p.uncredited() != null;
        r.alteredQuotes = p.altered().size();
        if (rendering.wants("sarif")) {
            r.entry = DocumentEntryCodec.encode(DocumentEntry.of(name, report));
        }
        if (rendering.wants("md") || rendering.wants("html")) {
            RunInfo run = rendering.run(checker, ToolVersion.get());
            r.markdown = rendering.wants("md") ? MarkdownReport.render(report, run) : null;
            r.html = rendering.wants("html") ? HtmlReport.render(report, run) : null;
        }
        return r;
    }

    /** The result of {@code report} with nothing rendered. */
    static DocResult of(String name, Report report, String url) {
        DocResult r = new DocResult();
        ObjectNode tree = ReportJson.tree(report);
        r.name = name;
        r.path = report.document().source().path();
        r.site = site(url);
        r.report = ReportJson.line(tree);
        r.verdict = report.verdict().id();
        r.textLength = report.document().text().length();
        for (Segment s : report.document().segments()) {
            if (s.role() == SegmentRole.BOILERPLATE) {
                String category = s.category() == null ? "other" : s.category().id();
                r.boilerplate.merge(category, (long) (s.end() - s.start()), Long::sum);
                r.boilerplateChars += s.end() - s.start();
            }
        }
        r.statements = tree.path("attribution").path("statements").asLong();
        r.anonymousShare = tree.path("attribution").path("anonymousShare").asDouble();
        for (String field : Confidence.FIELDS) { // the fields that were estimated
            Double p = report.document().confidence().of(field);
            if (p != null) {
                r.confidence.put(field, p);
            }
        }
        for (Finding f : report.findings()) {
            r.findings.add(new FindingRow(f.rule(), f.severity().id(), f.message(), f.span().start(), f.span().end(),
                    f.line(), f.column()));
        }
        return r;
    }

    /** The host of {@code url}, lower case, without {@code www.}; {@code null} when there is none. */
    static String site(String url) {
        if (url == null) {
            return null;
        }
        try {
            String host = URI.create(url.strip()).getHost();
            if (host == null) {
                return null;
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPath() {
        return path;
    }

    public void setPath(String path) {
        this.path = path;
    }

    public String getSite() {
        return site;
    }

    public void setSite(String site) {
        this.site = site;
    }

    public String getReport() {
        return report;
    }

    public void setReport(String report) {
        this.report = report;
    }

    public String getVerdict() {
        return verdict;
    }

    public void setVerdict(String verdict) {
        this.verdict = verdict;
    }

    public long getTextLength() {
        return textLength;
    }

    public void setTextLength(long textLength) {
        this.textLength = textLength;
    }

    public long getBoilerplateChars() {
        return boilerplateChars;
    }

    public void setBoilerplateChars(long boilerplateChars) {
        this.boilerplateChars = boilerplateChars;
    }

    public Map<String, Long> getBoilerplate() {
        return boilerplate;
    }

    public void setBoilerplate(Map<String, Long> boilerplate) {
        this.boilerplate = boilerplate;
    }

    public long getStatements() {
        return statements;
    }

    public void setStatements(long statements) {
        this.statements = statements;
    }

    public double getAnonymousShare() {
        return anonymousShare;
    }

    public void setAnonymousShare(double anonymousShare) {
        this.anonymousShare = anonymousShare;
    }

    /** The document's {@link DocumentEntry} ({@link DocumentEntryCodec}) when SARIF is wanted, else null. */
    /** Each estimated field's confidence, by its report name (fields nobody estimated are absent). */
    public Map<String, Double> getConfidence() {
        return confidence;
    }

    public void setConfidence(Map<String, Double> confidence) {
        this.confidence = confidence;
    }

    public byte[] getEntry() {
        return entry;
    }

    public void setEntry(byte[] entry) {
        this.entry = entry;
    }

    public String getMarkdown() {
        return markdown;
    }

    public void setMarkdown(String markdown) {
        this.markdown = markdown;
    }

    public String getHtml() {
        return html;
    }

    public void setHtml(String html) {
        this.html = html;
    }

    public List<FindingRow> getFindings() {
        return findings;
    }

    public void setFindings(List<FindingRow> findings) {
        this.findings = findings;
    }

    public byte[] getKept() {
        return kept;
    }

    public void setKept(byte[] kept) {
        this.kept = kept;
    }

    public long[] getFingerprints() {
        return fingerprints;
    }

    public void setFingerprints(long[] fingerprints) {
        this.fingerprints = fingerprints;
    }

    public Long getPublishedFrom() {
        return publishedFrom;
    }

    public void setPublishedFrom(Long publishedFrom) {
        this.publishedFrom = publishedFrom;
    }

    public Long getPublishedTo() {
        return publishedTo;
    }

    public void setPublishedTo(Long publishedTo) {
        this.publishedTo = publishedTo;
    }

    public List<String> getCredits() {
        return credits;
    }

    public void setCredits(List<String> credits) {
        this.credits = credits;
    }

    public int getRelated() {
        return related;
    }

    public void setRelated(int related) {
        this.related = related;
    }

    public boolean isUncreditedCopy() {
        return uncreditedCopy;
    }

    public void setUncreditedCopy(boolean uncreditedCopy) {
        this.uncreditedCopy = uncreditedCopy;
    }

    public int getAlteredQuotes() {
        return alteredQuotes;
    }

    public void setAlteredQuotes(int alteredQuotes) {
        this.alteredQuotes = alteredQuotes;
    }

    /** This result without what only the corpus pass needed. */
    DocResult withoutPassData() {
        kept = null;
        fingerprints = null;
        publishedFrom = null;
        publishedTo = null;
        credits = null;
        return this;
    }
}
