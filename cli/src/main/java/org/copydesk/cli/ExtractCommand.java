package org.copydesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.copydesk.core.ExtractedDocument;
import org.copydesk.core.InputProblem;
import org.copydesk.engine.ReportJson;
import org.copydesk.ingest.Ingestor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code copydesk extract}: prints the clean article body of one document, or its segments as JSON. */
@Command(name = "extract", mixinStandardHelpOptions = true, description = "Print the clean article text of FILE.",
        footer = ExitCodes.HELP)
final class ExtractCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE")
    Path file;

    @Option(names = "--format", defaultValue = "text", description = "text (default) or json (the segments too).")
    String format;

    @Override
    public Integer call() {
        if (!format.equals("text") && !format.equals("json")) {
            throw new Copydesk.UsageError("unknown --format '" + format + "' (text or json)");
        }
        ExtractedDocument doc = new Ingestor().ingest(file, file.toString());
        PrintWriter out = spec.commandLine().getOut();
        if (doc.hasProblem(InputProblem.Kind.UNREADABLE)) {
            spec.commandLine().getErr().println("copydesk: " + file + ": " + doc.problems().get(0).message());
            return ExitCodes.UNREADABLE;
        }
        if (format.equals("json")) {
            out.print(ReportJson.write(new org.copydesk.core.Report(ToolVersion.get(), doc, java.util.List.of())));
        } else {
            out.println(doc.body());
        }
        out.flush();
        return ExitCodes.OK;
    }
}
