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
import org.copydesk.cli.baseline.Baseline;
import org.copydesk.cli.baseline.BaselineFilter;
import org.copydesk.cli.config.CopydeskConfig;
import org.copydesk.cli.output.OutputFormat;
import org.copydesk.cli.output.ReportOutput;
import org.copydesk.cli.output.RunContext;
import org.copydesk.cli.output.RunSummary;
import org.copydesk.cli.output.SummaryOutput;
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

    @Option(names = "--profile", paramLabel = "P",
            description = "scrape-audit (default) or pre-publication; overrides the configuration file.")
    String profile;

    @Option(names = "--fail-on", paramLabel = "LEVEL", description = "Exit 1 when a finding (not in the baseline) is "
            + "at least this severe: error (default), warning, info or never; overrides the configuration file.")
    String failOn;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Configuration file; default: copydesk.yml in the working directory, if there is one.")
    Path config;

    @Option(names = "--rule", paramLabel = "ID=LEVEL", description = "Switch a rule off or on, or re-grade it "
            + "(error, warning, info); repeatable; overrides the configuration file.")
    java.util.Map<String, String> ruleOptions = new java.util.LinkedHashMap<>();

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Accept the findings recorded in FILE: they stay in the reports, marked, but not in verdicts"
                    + " or the exit code; new and stale entries are reported.")
    Path baseline;

    @Option(names = "--write-baseline", paramLabel = "FILE", description = "Record this run's findings in FILE.")
    Path writeBaseline;

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
            description = "Colour the terminal summary: auto (default: when stdout is a terminal and NO_COLOR is "
                    + "unset), always or never.")
    String color;

    @Option(names = "--format", paramLabel = "F", split = ",", defaultValue = "json",
            description = "Report formats, comma separated: json (default); others need --out.")
    List<String> formats;

    @Option(names = "--now", paramLabel = "TIME",
            description = "Reference time for date.future (ISO instant or date); default: SOURCE_DATE_EPOCH when "
                    + "set, else the clock.")
    String now;

    /** For tests: a fixed run timestamp (seconds), as SOURCE_DATE_EPOCH gives, without the environment. */
    @Option(names = "--source-date-epoch", hidden = true, paramLabel = "SECONDS")
    Long sourceDateEpoch;

    @Option(names = {"-q", "--quiet"}, description = "Print only the final tally.")
    boolean quiet;

    @Override
    public Integer call() {
        CopydeskConfig file = RunConfig.load(config, ruleOptions);
        String profileId = profile != null ? profile : file.profile().orElse(Profile.defaultProfile()).id();
        Profile p = Profile.fromId(profileId).orElseThrow(
                () -> new Copydesk.UsageError("unknown profile '" + profile + "' (scrape-audit or pre-publication)"));
        String level = failOn != null ? failOn : file.failOn().orElse("error");
        Severity threshold = level.equalsIgnoreCase("never") ? null : Severity.fromId(level).orElseThrow(
                () -> new Copydesk.UsageError("unknown --fail-on level '" + failOn + "' (error, warning, info, never)"));
        TerminalSummary.ColorMode colorMode = TerminalSummary.ColorMode.fromId(color).orElseThrow(
                () -> new Copydesk.UsageError("unknown --color '" + color + "' (auto, always, never)"));
        BaselineFilter accepted = RunConfig.baseline(baseline);
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
        RuleSettings settings = file.applyTo(RuleSettings.defaults(referenceTime()));
        RuleEngine engine = RuleEngine.create(p, settings);
        RunContext context = RunContext.stamped(out, p, engine.activeRules(), ToolVersion.get(), sourceDateEpoch);
        List<Inputs.Input> inputs = Inputs.expand(paths);
        List<ReportOutput> outputs = out == null ? List.of() : java.util.stream.Stream.concat(
                chosen.stream().map(f -> f.create(context)), java.util.stream.Stream.of(
                        new SummaryOutput(context, inputs.size()))).toList(); // summary.json: always with --out
        Ingestor ingestor = new Ingestor(settings.agencies(), file.phrases());
        PrintWriter term = spec.commandLine().getOut();
        TerminalSummary terminal = new TerminalSummary(term, TerminalSummary.useColor(colorMode,
                System.console() != null, System.getenv()), quiet, out == null);
        Tally tally = new Tally(threshold, terminal, outputs, accepted);
        long started = System.nanoTime();
        for (Inputs.Input in : inputs) {
            if (in.isWarc()) {
                checkWarc(ingestor, engine, in, tally);
            } else {
                tally.add(check(ingestor, engine, in), in.relativePath());
            }
        }
        tally.summary.elapsed((System.nanoTime() - started) / 1_000_000);
        List<Baseline.Entry> stale = accepted.stale();
        if (accepted.active()) {
            tally.summary.baseline(stale.stream().mapToInt(Baseline.Entry::count).sum());
        }
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
        if (writeBaseline != null) {
            try {
                accepted.recorded().write(writeBaseline);
            } catch (IOException e) {
                throw new Copydesk.UsageError("cannot write the baseline " + writeBaseline + ": " + e.getMessage());
            }
        }
        terminal.tally(tally.summary, stale, String.format("%d document(s) checked%s%s%s", tally.summary.documents(),
                skipped, out == null ? "" : ", reports in " + out,
                writeBaseline == null ? "" : ", baseline written to " + writeBaseline));
        return tally.summary.unreadable() > 0 ? ExitCodes.UNREADABLE
                : tally.failing ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    /** What the run has seen so far; hands each report to the writers as it comes. */
    private final class Tally {
        private final Severity threshold;
        private final TerminalSummary terminal;
        private final List<ReportOutput> outputs;
        private final BaselineFilter accepted;
        final RunSummary summary = new RunSummary();
        boolean failing;

        Tally(Severity threshold, TerminalSummary terminal, List<ReportOutput> outputs, BaselineFilter accepted) {
            this.threshold = threshold;
            this.terminal = terminal;
            this.outputs = outputs;
            this.accepted = accepted;
        }

        void add(Report checked, String reportName) {
            Report report = accepted.apply(reportName, checked);
            summary.add(reportName, report);
            failing |= threshold != null && report.hasFindingAtLeast(threshold);
            for (ReportOutput o : outputs) {
                try {
                    o.document(reportName, report);
                } catch (IOException e) {
                    throw new Copydesk.UsageError("cannot write the reports of " + reportName + ": " + e.getMessage());
                }
            }
            terminal.document(report);
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
            // SOURCE_DATE_EPOCH fixes the reference time too, so that reports do not depend on the clock
            return sourceDateEpoch != null ? Instant.ofEpochSecond(sourceDateEpoch)
                    : RunContext.timestampFromEnvironment();
        }
        try {
            return now.length() == 10 ? LocalDate.parse(now).atStartOfDay().toInstant(ZoneOffset.UTC)
                    : Instant.parse(now);
        } catch (DateTimeParseException e) {
            throw new Copydesk.UsageError("--now must be an ISO date or instant, not '" + now + "'");
        }
    }
}
