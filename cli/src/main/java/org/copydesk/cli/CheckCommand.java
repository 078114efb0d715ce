package org.copydesk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.copydesk.cli.baseline.Baseline;
import org.copydesk.cli.baseline.BaselineFilter;
import org.copydesk.cli.output.OutputFormat;
import org.copydesk.cli.output.ProvenanceFile;
import org.copydesk.cli.output.ReportOutput;
import org.copydesk.cli.output.RunContext;
import org.copydesk.cli.output.SummaryOutput;
import org.copydesk.cli.run.CorpusStage;
import org.copydesk.cli.run.Progress;
import org.copydesk.cli.run.ReportSpill;
import org.copydesk.cli.run.RunSummary;
import org.copydesk.core.Severity;
import org.copydesk.engine.CheckFlags;
import org.copydesk.engine.CheckOptions;
import org.copydesk.engine.CheckSettings;
import org.copydesk.engine.DocumentChecker;
import org.copydesk.engine.ToolVersion;
import org.copydesk.engine.config.CopydeskConfig;
import org.copydesk.ingest.Ingestor;
import org.copydesk.render.ConfidenceTally;
import org.copydesk.rules.Profile;
import org.copydesk.rules.provenance.CorpusPass;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

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

    @Mixin
    CheckFlags check;

    @Option(names = "--fail-on", paramLabel = "LEVEL", description = "Exit 1 when a finding (not in the baseline) is "
            + "at least this severe: error (default), warning, info or never; overrides the configuration file.")
    String failOn;

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

    /** For tests: a fixed run timestamp (seconds), as SOURCE_DATE_EPOCH gives, without the environment. */
    @Option(names = "--source-date-epoch", hidden = true, paramLabel = "SECONDS")
    Long sourceDateEpoch;

    @Option(names = {"-q", "--quiet"}, description = "Print only the final tally.")
    boolean quiet;

    @Option(names = "--jobs", paramLabel = "N", description = "Check N documents at a time; default: the number of "
            + "processors.")
    Integer jobs;

    @Option(names = "--url", paramLabel = "URL", description = "With - as a PATH: the address standard input was "
            + "fetched from. A date in its path is evidence of the publication date (after the page's own).")
    String url;

    @Option(names = "--resume", description = "With --out: keep the complete JSON reports an earlier run left "
            + "(inputs that could not be read are tried again) and check only the rest; the summary counts both. "
            + "Not with --baseline or --write-baseline.")
    boolean resume;

    @Option(names = "--no-compare", description = "Do not compare the documents with each other after checking "
            + "them: no related documents, no provenance.* findings, no provenance.json; memory then stays flat "
            + "however many documents the run has.")
    boolean noCompare;

    @Option(names = "--timings", description = "Time every document's stages (read, parse, markup, language, "
            + "layout, metadata, dateMentions, quotes, confidence, rules, output): summary.json gets each stage's "
            + "total and the slowest 1 %% of documents (10 to 100), the terminal the 5 slowest. Such a summary.json "
            + "is never reproducible; every other file is the same as without.")
    boolean timings;

    @Override
    public Integer call() {
        Ingestor.warmUp();
        CheckOptions options = RunConfig.usage(() -> check.options(Path.of(System.getProperty("user.dir")),
                sourceDateEpoch));
        CopydeskConfig file = RunConfig.usage(options::config);
        String level = failOn != null ? failOn : file.failOn().orElse("error");
        Severity threshold = level.equalsIgnoreCase("never") ? null : Severity.fromId(level).orElseThrow(
                () -> new Copydesk.UsageError("unknown --fail-on level '" + failOn + "' (error, warning, info, never)"));
        TerminalSummary.ColorMode colorMode = TerminalSummary.ColorMode.fromId(color).orElseThrow(
                () -> new Copydesk.UsageError("unknown --color '" + color + "' (auto, always, never)"));
        BaselineFilter accepted = RunConfig.baseline(baseline, writeBaseline != null);
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
        if (resume && out == null) {
            throw new Copydesk.UsageError("--resume reads the reports of an earlier run: give --out DIR");
        }
        if (resume && (baseline != null || writeBaseline != null)) {
            // a resumed document is not checked, so it would neither add its findings to a baseline written now
            // nor use up the entries of the baseline it was checked against, and both would come out wrong
            throw new Copydesk.UsageError("--resume cannot be combined with --"
                    + (writeBaseline != null ? "write-baseline" : "baseline")
                    + ": resumed documents are not matched against a baseline; run without --resume");
        }
        if (url != null && !paths.contains("-")) {
            throw new Copydesk.UsageError("--url names where standard input was fetched from: give - as a PATH");
        }
        int workers = jobs == null ? Runtime.getRuntime().availableProcessors() : jobs;
        if (workers < 1) {
            throw new Copydesk.UsageError("--jobs must be at least 1, not " + jobs);
        }
        CheckSettings settings = RunConfig.usage(() -> options.resolve(file));
        Profile p = settings.profile();
        DocumentChecker checker = settings.checker();
        Path outFolder = out == null ? null : outputFolder(out, paths);
        RunContext context = RunContext.stamped(outFolder, p, checker.engine().activeRules(), ToolVersion.get(),
                sourceDateEpoch, settings.rules().minConfidence());
        ConfidenceTally confidence = new ConfidenceTally(p.reliesOn(), settings.rules().minConfidence());
        List<ReportOutput> outputs = out == null ? List.of() : outputs(chosen, context);
        PrintWriter term = spec.commandLine().getOut();
        TerminalSummary terminal = new TerminalSummary(term, TerminalSummary.useColor(colorMode,
                System.console() != null, System.getenv()), quiet, out == null);
        Progress progress = Progress.on(spec.commandLine().getErr(), System.console() != null, quiet);
        RunSummary summary;
        try {
            if (!OutputFormat.listsEveryDocument(chosen)) {
                if (out != null) { // this run rewrites reports without logging entries: the log would be stale
                    Files.deleteIfExists(out.resolve(RunSummary.ENTRY_LOG));
                }
                summary = new RunSummary(confidence);
            } else {
                summary = RunSummary.withEntryLog(out.resolve(RunSummary.ENTRY_LOG), resume, confidence);
            }
            if (timings) {
                summary.timeStages();
            }
        } catch (IOException e) {
            throw new Copydesk.UsageError("cannot open or remove the entry log under " + out + ": " + e.getMessage());
        }
        CorpusStage corpus = corpusStage(outFolder, settings);
        try (summary; corpus) {
            CheckRun run = new CheckRun(new CheckRun.Setup(checker, threshold, accepted, outputs, terminal,
                    progress, resume ? out : null, spec.commandLine().getErr(), url, timings, corpus), summary);
            long started = System.nanoTime();
            run.run(Inputs.walk(paths, outFolder), workers);
            summary.elapsed((System.nanoTime() - started) / 1_000_000);
            if (corpus != null) {
                compared(summary, run, corpus, outFolder, terminal);
            }
            List<Baseline.Entry> stale = accepted.stale();
            if (accepted.active()) {
                summary.baseline(stale.stream().mapToInt(Baseline.Entry::count).sum());
            }
            for (ReportOutput o : outputs) {
                try {
                    o.finish(summary);
                } catch (IOException e) {
                    throw new Copydesk.UsageError("cannot write the run's files under " + out + ": "
                            + e.getMessage());
                }
            }
            return tally(summary, run, accepted, stale, terminal);
        } catch (IOException e) { // closing the entry log or the scratch file
            throw new Copydesk.UsageError("cannot close the run's entry log or scratch file under "
                    + (out == null ? "the temporary folder" : out) + ": " + e.getMessage());
        }
    }

    /**
     * The run's corpus pass, its reports logged under the output folder for a later --resume (else in a scratch
     * file); null with --no-compare, which also removes the log and provenance.json an earlier run left.
     */
    private CorpusStage corpusStage(Path outFolder, CheckSettings settings) {
        try {
            if (noCompare) {
                if (outFolder != null) { // an earlier run's log and stories would not match this run's reports
                    Files.deleteIfExists(outFolder.resolve(ReportSpill.LOG));
                    Files.deleteIfExists(outFolder.resolve(ProvenanceFile.FILE));
                }
                return null;
            }
            ReportSpill spill = outFolder == null ? ReportSpill.scratch()
                    : ReportSpill.log(outFolder.resolve(ReportSpill.LOG), resume);
            return new CorpusStage(CorpusPass.Settings.DEFAULTS, settings.rules().agencies(), spill);
        } catch (IOException e) {
            throw new Copydesk.UsageError("cannot open the corpus pass's report log under "
                    + (outFolder == null ? "the temporary folder" : out) + ": " + e.getMessage());
        }
    }

    /** What the corpus pass found: into the summary, {@code provenance.json} (with --out) and the terminal. */
    private void compared(RunSummary summary, CheckRun run, CorpusStage corpus, Path outFolder,
            TerminalSummary terminal) {
        summary.provenance(corpus.compared(), corpus.clusters().size(), run.found().values());
        summary.provenanceBySite(corpus.bySite(run.found()));
        if (outFolder != null) {
            try {
                ProvenanceFile.write(outFolder, corpus);
            } catch (IOException e) {
                throw new Copydesk.UsageError("cannot write " + ProvenanceFile.FILE + " under " + out + ": "
                        + e.getMessage());
            }
        }
        terminal.provenance(corpus.clusters(), run.withProvenanceFindings(), run.provenanceFindingDocuments());
    }

    /** Writes the baseline when asked, prints the run's tally and returns the exit code. */
    private int tally(RunSummary summary, CheckRun run, BaselineFilter accepted, List<Baseline.Entry> stale,
            TerminalSummary terminal) {
        int skippedRecords = summary.skippedRecords();
        String skipped = skippedRecords == 0 ? ""
                : " (" + skippedRecords + " WARC record(s) without an HTML page skipped)";
        if (writeBaseline != null) {
            try {
                accepted.recorded().write(writeBaseline);
            } catch (IOException e) {
                throw new Copydesk.UsageError("cannot write the baseline " + writeBaseline + ": " + e.getMessage());
            }
        }
        terminal.tally(summary, stale, String.format("%d document(s) checked%s%s%s%s", summary.documents(),
                summary.resumed() == 0 ? "" : " (" + summary.resumed() + " resumed from earlier reports)", skipped,
                out == null ? "" : ", reports in " + out,
                writeBaseline == null ? "" : ", baseline written to " + writeBaseline));
        return summary.unreadable() > 0 || summary.unwrittenDocuments() > 0 ? ExitCodes.UNREADABLE
                : run.failing() ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    /**
     * Makes {@code out} ready before any input is read, and returns its real path (which the walk leaves out):
     * it must be a folder Copydesk can create files in, and no input may lie inside it, or a run would check the
     * reports of the one before. Anything else is a usage error.
     */
    private static Path outputFolder(Path out, List<String> inputs) {
        Path real;
        try {
            Files.createDirectories(out);
            real = out.toRealPath();
            Path probe = Files.createTempFile(real, ".copydesk-", ".tmp"); // new, exclusive, random name
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            throw new Copydesk.UsageError("cannot use the output folder " + out + ": " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
        for (String a : inputs) {
            if (a.equals("-")) {
                continue;
            }
            Path input;
            try {
                input = Path.of(a).toRealPath();
            } catch (IOException | java.nio.file.InvalidPathException e) {
                continue; // a missing input gets its report saying so
            }
            if (input.startsWith(real)) {
                throw new Copydesk.UsageError("the input " + a + " lies inside the output folder " + out
                        + ": Copydesk would read its own reports; choose an output folder outside the inputs");
            }
        }
        return real;
    }

    /**
     * The writers for {@code --out}: the chosen formats, JSON last of the per-document ones (a complete JSON
     * report then means the document's other files are complete too, which {@code --resume} relies on), and
     * {@code summary.json} always.
     */
    private static List<ReportOutput> outputs(List<OutputFormat> chosen, RunContext context) {
        List<ReportOutput> writers = new ArrayList<>();
        chosen.stream().filter(f -> f != OutputFormat.JSON).forEach(f -> writers.add(f.create(context)));
        if (chosen.contains(OutputFormat.JSON)) {
            writers.add(OutputFormat.JSON.create(context));
        }
        writers.add(new SummaryOutput(context));
        return writers;
    }
}
