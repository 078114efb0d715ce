package org.copydesk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
            description = "Report formats, comma separated (json).")
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
        for (String f : formats) {
            if (!f.strip().equalsIgnoreCase("json")) {
                throw new Copydesk.UsageError("unknown or unsupported --format '" + f + "' (json)");
            }
        }
        RuleEngine engine = RuleEngine.create(p, RuleSettings.defaults(referenceTime()));
        Ingestor ingestor = new Ingestor();
        PrintWriter term = spec.commandLine().getOut();
        Tally tally = new Tally(threshold, term);
        for (Inputs.Input in : Inputs.expand(paths)) {
            if (in.isWarc()) {
                checkWarc(ingestor, engine, in, tally);
            } else {
                tally.add(check(ingestor, engine, in), in.relativePath());
            }
        }
        String skipped = tally.skippedRecords == 0 ? ""
                : " (" + tally.skippedRecords + " WARC record(s) without an HTML page skipped)";
        term.printf("%d document(s) checked%s%s%n", tally.documents, skipped, out == null ? "" : ", reports in " + out);
        term.flush();
        return tally.unreadable ? ExitCodes.UNREADABLE : tally.failing ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    /** What the run has seen so far; writes each report as it comes. */
    private final class Tally {
        private final Severity threshold;
        private final PrintWriter term;
        boolean unreadable;
        boolean failing;
        int documents;
        int skippedRecords;

        Tally(Severity threshold, PrintWriter term) {
            this.threshold = threshold;
            this.term = term;
        }

        void add(Report report, String reportName) {
            documents++;
            unreadable |= report.document().hasProblem(InputProblem.Kind.UNREADABLE);
            failing |= threshold != null && report.hasFindingAtLeast(threshold);
            if (out != null) {
                write(out.resolve(reportName + ".report.json"), ReportJson.write(report));
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
            tally.skippedRecords += pages.skipped();
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

    /** Writes through a temporary file and a rename, so a killed run leaves no half-written report. */
    private static void write(Path target, String content) {
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
            Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
            Files.writeString(tmp, content, StandardCharsets.UTF_8);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new Copydesk.UsageError("cannot write " + target + ": " + e.getMessage());
        }
    }
}
