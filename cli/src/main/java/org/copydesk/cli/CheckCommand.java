package org.copydesk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.copydesk.core.ExtractedDocument;
import org.copydesk.core.InputProblem;
import org.copydesk.core.Report;
import org.copydesk.core.Severity;
import org.copydesk.core.SourceIdentity;
import org.copydesk.cli.output.OutputFormat;
import org.copydesk.cli.output.ReportOutput;
import org.copydesk.cli.output.RunContext;
import org.copydesk.cli.output.RunSummary;
import org.copydesk.ingest.Ingestor;
import org.copydesk.ingest.warc.WarcPage;
import org.copydesk.ingest.warc.WarcSplitter;
import org.copydesk.rules.Profile;
import org.copydesk.rules.RuleEngine;
import org.copydesk.rules.RuleSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code copydesk check}: ingests each input, runs the rules and writes one report per document. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check documents and write a provenance report for each.", footer = ExitCodes.HELP)
final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, directories (walked recursively) or - for "
            + "stdin. A WARC file (.warc, .warc.gz) gives one document per HTML response record, reported as "
            + "FILE#OFFSET URI and written to DIR/FILE#OFFSET.report.json.")
    List<String> paths = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", description = "Write DIR/<relative path>.report.json per input.")
    Path out;

    @Option(names = "--profile", paramLabel = "P", defaultValue = "scrape-audit",
            description = "scrape-audit (default) or pre-publication.")
    String profile;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error",
            description = "Exit 1 when a finding is at least this severe: error (default), warning, info or never.")
    String failOn;

    @Option(names = "--format", paramLabel = "F", split = ",", defaultValue = "json",
            description = "Report formats, comma separated: json (default); others need --out.")
    List<String> formats;

    @Option(names = "--now", paramLabel = "TIME",
            description = "Reference time for date.future (ISO instant or date); default: the clock.")
    String now;

    @Option(names = {"-q", "--quiet"}, description = "Print only the final tally.")
    boolean quiet;

    @Override
    public Integer call() {
        Profile p = Profile.fromId(profile).orElseThrow(
                () -> new Copydesk.UsageError("unknown profile '" + profile + "' (scrape-audit or pre-publication)"));
        Severity threshold = failOn.equalsIgnoreCase("never") ? null : Severity.fromId(failOn).orElseThrow(
                () -> new Copydesk.UsageError("unknown --fail-on level '" + failOn + "' (error, warning, info, never)"));
        List<OutputFormat> chosen = new ArrayList<>();
        for (String f : formats) {
            OutputFormat format = OutputFormat.fromId(f).orElseThrow(() -> new Copydesk.UsageError(
                    "unknown --format '" + f + "' (" + OutputFormat.ids() + ")"));
            if (!chosen.contains(format)) {
                chosen.add(format);
            }
        }
        if (out == null && !chosen.equals(List.of(OutputFormat.JSON))) {
            throw new Copydesk.UsageError("--format " + String.join(",", formats) + " writes files: give --out DIR");
        }
        RuleEngine engine = RuleEngine.create(p, RuleSettings.defaults(referenceTime()));
        RunContext context = new RunContext(out, p, engine.activeRules(), ToolVersion.get(),
                RunContext.timestampFromEnvironment());
        List<ReportOutput> outputs = out == null ? List.of() : chosen.stream().map(f -> f.create(context)).toList();
        Ingestor ingestor = new Ingestor();
        PrintWriter term = spec.commandLine().getOut();
        Tally tally = new Tally(threshold, term, outputs);
        long started = System.nanoTime();
        for (Inputs.Input in : Inputs.expand(paths)) {
            if (in.isWarc()) {
                checkWarc(ingestor, engine, in, tally);
            } else {
                tally.add(check(ingestor, engine, in), in.relativePath());
            }
        }
        tally.summary.elapsed((System.nanoTime() - started) / 1_000_000);
        for (ReportOutput o : outputs) {
            try {
                o.finish(tally.summary);
            } catch (IOException e) {
                throw new Copydesk.UsageError("cannot write the run's reports under " + out + ": " + e.getMessage());
            }
        }
        int skippedRecords = tally.summary.skippedRecords();
        String skipped = skippedRecords == 0 ? ""
                : " (" + skippedRecords + " WARC record(s) without an HTML page skipped)";
        term.printf("%d document(s) checked%s%s%n", tally.summary.documents(), skipped,
                out == null ? "" : ", reports in " + out);
        term.flush();
        return tally.summary.unreadable() > 0 ? ExitCodes.UNREADABLE
                : tally.failing ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    /** What the run has seen so far; hands each report to the writers as it comes. */
    private final class Tally {
        private final Severity threshold;
        private final PrintWriter term;
        private final List<ReportOutput> outputs;
        final RunSummary summary = new RunSummary();
        boolean failing;

        Tally(Severity threshold, PrintWriter term, List<ReportOutput> outputs) {
            this.threshold = threshold;
            this.term = term;
            this.outputs = outputs;
        }

        void add(Report report, String reportName) {
            summary.add(reportName, report);
            failing |= threshold != null && report.hasFindingAtLeast(threshold);
            for (ReportOutput o : outputs) {
                try {
                    o.document(reportName, report);
                } catch (IOException e) {
                    throw new Copydesk.UsageError("cannot write the reports of " + reportName + ": " + e.getMessage());
                }
            }
            if (!quiet) {
                TerminalSummary.document(term, report, out == null);
            }
        }
    }

    private static Report check(Ingestor ingestor, RuleEngine engine, Inputs.Input in) {
        ExtractedDocument doc;
        try {
            doc = in.isStdin() ? ingestor.ingest("-", System.in.readAllBytes())
                    : ingestor.ingest(in.file(), in.displayPath());
        } catch (IOException | RuntimeException | StackOverflowError e) {
            doc = ExtractedDocument.unreadable(new SourceIdentity(in.displayPath(), null, null, 0),
                    new InputProblem(InputProblem.Kind.UNREADABLE, "cannot read the input: " + e));
        }
        return new Report(ToolVersion.get(), doc, engine.check(doc));
    }

    /**
     * One report per HTML page of a WARC file, named as {@link WarcPage} documents; a file that cannot be
     * opened gets one unreadable report under its own name, a damaged record one at its offset.
     */
    private static void checkWarc(Ingestor ingestor, RuleEngine engine, Inputs.Input in, Tally tally) {
        try (WarcSplitter pages = WarcSplitter.open(in.file())) {
            for (WarcPage page : pages) {
                String path = page.displayPath(in.displayPath());
                ExtractedDocument doc = page.isUnreadable()
                        ? ExtractedDocument.unreadable(new SourceIdentity(path, null, null, 0),
                                new InputProblem(InputProblem.Kind.UNREADABLE, page.problem()))
                        : ingestor.ingest(path, page.payload(), page.targetUri());
                tally.add(new Report(ToolVersion.get(), doc, engine.check(doc)), page.reportName(in.relativePath()));
            }
            tally.summary.skipped(pages.skipped());
        } catch (IOException | RuntimeException e) {
            ExtractedDocument doc = ExtractedDocument.unreadable(new SourceIdentity(in.displayPath(), null, null, 0),
                    new InputProblem(InputProblem.Kind.UNREADABLE, "cannot read the WARC file: "
                            + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())));
            tally.add(new Report(ToolVersion.get(), doc, engine.check(doc)), in.relativePath());
        }
    }

    private Instant referenceTime() {
        if (now == null) {
            return Instant.now();
        }
        try {
            return now.length() == 10 ? LocalDate.parse(now).atStartOfDay().toInstant(ZoneOffset.UTC)
                    : Instant.parse(now);
        } catch (DateTimeParseException e) {
            throw new Copydesk.UsageError("--now must be an ISO date or instant, not '" + now + "'");
        }
    }
}
