package org.copydesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.copydesk.core.ExtractedDocument;
import org.copydesk.core.InputProblem;
import org.copydesk.engine.CheckOptions;
import org.copydesk.engine.ReportJson;
import org.copydesk.engine.ToolVersion;
import org.copydesk.ingest.Ingestor;
import org.copydesk.render.VisibleText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code copydesk extract}: prints the clean article body of one document, or its segments as JSON. The body is
 * the document's own text: into a pipe or a file it is written unchanged, as it is data, but on a terminal its
 * control characters, line separators and bidirectional controls are shown visibly ({@link
 * VisibleText#terminalText}; newlines and tabs kept) so that a document cannot steer the terminal. The JSON escapes
 * control characters itself.
 */
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
        return extract(spec.commandLine().getOut(), spec.commandLine().getErr(), System.console() != null);
    }

    /** The command, writing to {@code out} and {@code err}; {@code terminal}: whether {@code out} is a terminal. */
    int extract(PrintWriter out, PrintWriter err, boolean terminal) {
        if (!format.equals("text") && !format.equals("json")) {
            throw new Copydesk.UsageError("unknown --format '" + format + "' (text or json)");
        }
        ExtractedDocument doc = new Ingestor(CheckOptions.referenceTime(null, null)).ingest(file, file.toString());
        if (doc.hasProblem(InputProblem.Kind.UNREADABLE)) {
            err.println("copydesk: " + VisibleText.terminal(file + ": " + doc.problems().get(0).message()));
            err.flush();
            return ExitCodes.UNREADABLE;
        }
        if (format.equals("json")) {
            out.print(ReportJson.write(new org.copydesk.core.Report(ToolVersion.get(), doc, java.util.List.of())));
        } else {
            out.println(printable(doc.body(), terminal));
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** The article text as printed: shown visibly on a terminal, unchanged into a pipe or a file. */
    static String printable(String body, boolean terminal) {
        return terminal ? VisibleText.terminalText(body) : body;
    }
}
