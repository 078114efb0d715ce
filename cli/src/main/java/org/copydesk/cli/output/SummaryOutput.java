package org.copydesk.cli.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.copydesk.cli.files.AtomicFiles;
import org.copydesk.cli.run.CorpusStage;
import org.copydesk.cli.run.RunSummary;
import org.copydesk.cli.run.TimingTally;
import org.copydesk.core.Confidence;
import org.copydesk.core.Verdict;
import org.copydesk.ingest.timing.Stage;

/**
 * {@code DIR/summary.json}, written by every run with {@code --out} whatever the formats: inputs, reports (those
 * an earlier run left and {@code --resume} kept are counted, and also given as {@code resumed}), documents by
 * verdict, findings by rule, unreadable inputs, documents whose reports could not be written ({@code unwritten},
 * only when there are some), what the corpus pass found ({@code provenance}: documents compared, related to
 * another, stories, uncredited copies, changed quotes), skipped WARC records, profile, tool version and timings; with {@code --baseline}, the new, baselined and stale counts;
 * {@code confidence}: the minimum, the fields the profile relies on, each field's figures (documents estimated,
 * mean, below the minimum, histogram in tenths), how many documents had a relied-on field below the minimum, and
 * those documents by report name with their low fields (the first {@value RunSummary#LISTED_LOW_CONFIDENCE}).
 *
 * <p>Timings differ from run to run, so when the run is reproducible ({@code SOURCE_DATE_EPOCH} set) they are
 * written as 0 and {@code timings.reproducible} is {@code true}: two such runs give byte-identical files. A run
 * with {@code --timings} asked for the clock: its timings are always measured ({@code reproducible} is
 * {@code false}) and {@code timings} also gives {@code timedDocuments}, {@code documentMillis} (their times
 * summed), {@code stages} (each stage's milliseconds over the run and share of {@code documentMillis}) and
 * {@code slowest} (the slowest documents, slowest first, each with its path, milliseconds, bytes and stages).
 */
public final class SummaryOutput implements ReportOutput {

    static final String FILE = "summary.json";
    static final String SCHEMA = "copydesk/summary/v1";
    /** Sites listed under {@code provenance.bySite}, most related documents first. */
    static final int TOP_SITES = 100;
    private static final String NO_SITE = "(site not given)";

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final RunContext context;

    public SummaryOutput(RunContext context) {
        this.context = context;
    }

    @Override
    public void finish(RunSummary summary) throws IOException {
        AtomicFiles.writeUnder(context.out(), FILE, write(summary));
    }

    String write(RunSummary summary) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schema", SCHEMA);
        ObjectNode tool = root.putObject("tool");
        tool.put("name", "copydesk");
        tool.put("version", context.run().toolVersion());
        root.put("profile", context.run().profile().id());
        root.put("timestamp", DateTimeFormatter.ISO_INSTANT.format(context.run().timestamp().truncatedTo(ChronoUnit.SECONDS)));
        root.put("inputs", summary.inputs()); // after expanding directories; a WARC file is one
        root.put("reports", summary.documents());
        if (summary.resumed() > 0) {
            root.put("resumed", summary.resumed());
        }
        ObjectNode documents = root.putObject("documents");
        Map<Verdict, Integer> verdicts = summary.verdicts();
        for (Verdict v : Verdict.values()) { // declared order, not the map's
            documents.put(v.id(), verdicts.getOrDefault(v, 0));
        }
        ObjectNode findings = root.putObject("findings");
        findings.put("total", summary.findingsByRule().values().stream().mapToInt(Integer::intValue).sum());
        ObjectNode byRule = findings.putObject("byRule");
        summary.findingsByRule().forEach(byRule::put); // a sorted map
        if (summary.baselineApplied()) {
            ObjectNode baseline = root.putObject("baseline");
            baseline.put("new", summary.newFindings());
            baseline.put("baselined", summary.baselinedFindings());
            baseline.put("stale", summary.staleBaselineEntries());
        }
        RunSummary.Provenances p = summary.provenance(); // the corpus pass: details in provenance.json
        ObjectNode provenance = root.putObject("provenance").put("compared", p.compared())
                .put("related", p.related()).put("rewritten", summary.corpusPassRewritten())
                .put("clusters", p.clusters()).put("uncreditedCopies", p.uncreditedCopies())
                .put("alteredQuotes", p.alteredQuotes());
        List<Map.Entry<String, CorpusStage.SiteCounts>> sites = new ArrayList<>(summary.provenanceBySite().entrySet());
        sites.sort(Comparator.comparingInt((Map.Entry<String, CorpusStage.SiteCounts> e) -> -e.getValue().related())
                .thenComparing(Map.Entry::getKey, Comparator.nullsLast(Comparator.naturalOrder())));
        ArrayNode bySite = provenance.putArray("bySite"); // the sites with most related documents first
        for (Map.Entry<String, CorpusStage.SiteCounts> e : sites.subList(0, Math.min(TOP_SITES, sites.size()))) {
            CorpusStage.SiteCounts c = e.getValue();
            bySite.addObject().put("site", e.getKey() == null ? NO_SITE : e.getKey()).put("related", c.related())
                    .put("clusters", c.clusters()).put("uncreditedCopies", c.uncreditedCopies())
                    .put("alteredQuotes", c.alteredQuotes());
        }
        root.put("unreadable", summary.unreadable());
        if (summary.unwrittenDocuments() > 0) {
            root.put("unwritten", summary.unwrittenDocuments());
        }
        root.put("skippedWarcRecords", summary.skippedRecords());
        ObjectNode confidence = summary.confidence().json(false);
        ArrayNode low = confidence.putArray("low");
        for (RunSummary.LowConfidence d : summary.lowConfidence()) {
            ObjectNode entry = low.addObject();
            entry.put("document", d.document());
            ObjectNode fields = entry.putObject("fields");
            for (String field : Confidence.FIELDS) { // the report's order, not the map's
                if (d.fields().containsKey(field)) {
                    fields.put(field, d.fields().get(field));
                }
            }
        }
        confidence.put("lowNotListed", summary.confidence().lowDocuments() - summary.lowConfidence().size());
        root.set("confidence", confidence);
        ObjectNode timings = root.putObject("timings");
        boolean reproducible = context.run().reproducible() && !summary.timesStages();
        long millis = reproducible ? 0 : summary.elapsedMillis();
        timings.put("reproducible", reproducible);
        timings.put("elapsedMillis", millis);
        timings.put("corpusPassMillis", reproducible ? 0 : summary.corpusPassMillis()); // compare and rewrite
        timings.put("documentsPerSecond", millis == 0 ? 0.0
                : Math.round(summary.documents() * 1000.0 * 10 / millis) / 10.0);
        if (summary.timesStages()) {
            stages(timings, summary.timings());
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise the run summary", e);
        }
    }

    /** {@code --timings}: each stage over the run and the slowest documents, in milliseconds to a tenth. */
    private static void stages(ObjectNode timings, TimingTally tally) {
        long whole = tally.documentNanos();
        timings.put("timedDocuments", tally.documents());
        timings.put("documentMillis", millis(whole));
        ObjectNode stages = timings.putObject("stages");
        for (Stage s : Stage.values()) {
            ObjectNode stage = stages.putObject(s.id());
            stage.put("millis", millis(tally.nanos(s)));
            stage.put("share", whole == 0 ? 0.0 : Math.round(tally.nanos(s) * 1000.0 / whole) / 1000.0);
        }
        ArrayNode slowest = timings.putArray("slowest");
        for (TimingTally.Timed t : tally.slowest()) {
            ObjectNode entry = slowest.addObject();
            entry.put("document", t.document());
            entry.put("millis", millis(t.totalNanos()));
            entry.put("bytes", t.bytes());
            ObjectNode own = entry.putObject("stages");
            for (Stage s : Stage.values()) {
                own.put(s.id(), millis(t.nanos(s)));
            }
        }
    }

    private static double millis(long nanos) {
        return Math.round(nanos / 100_000.0) / 10.0;
    }
}
