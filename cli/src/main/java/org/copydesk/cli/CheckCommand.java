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

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, directories (walked recursively) or - for stdin.")
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
        boolean unreadable = false;
        boolean failing = false;
        int documents = 0;
        for (Inputs.Input in : Inputs.expand(paths)) {
            Report report = check(ingestor, engine, in);
            documents++;
            unreadable |= report.document().hasProblem(InputProblem.Kind.UNREADABLE);
            failing |= threshold != null && report.hasFindingAtLeast(threshold);
            if (out != null) {
                write(out.resolve(in.relativePath() + ".report.json"), ReportJson.write(report));
            }
            if (!quiet) {
                TerminalSummary.document(term, report, out == null);
            }
        }
        term.printf("%d document(s) checked%s%n", documents, out == null ? "" : ", reports in " + out);
        term.flush();
        return unreadable ? ExitCodes.UNREADABLE : failing ? ExitCodes.FINDINGS : ExitCodes.OK;
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
