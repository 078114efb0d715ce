package org.copydesk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.copydesk.core.ExtractedDocument;
import org.copydesk.engine.CheckOptions;
import org.copydesk.ingest.Ingestor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code copydesk features DIR…} (hidden): one JSON line per file with the signals the confidence model weighs
 * and the confidence it gives, for {@code scripts/fit-confidence.py} to fit the model on labelled pages. Not part
 * of the user's command set: its output follows the model's features, which change as it is refitted.
 */
@Command(name = "features", hidden = true, description = "Print each file's confidence signals as JSON lines.")
final class FeaturesCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*")
    List<Path> paths;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Ingestor ingestor = new Ingestor(CheckOptions.referenceTime(null, null));
        for (Path root : paths) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(root)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            }
            List<String> lines = files.parallelStream().map(f -> line(ingestor, root, f)).toList();
            lines.forEach(out::println);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static String line(Ingestor ingestor, Path root, Path file) {
        ExtractedDocument doc = ingestor.ingest(file, file.toString());
        ObjectNode n = JSON.createObjectNode();
        n.put("file", root.relativize(file).toString());
        ObjectNode features = n.putObject("features");
        for (Map.Entry<String, Map<String, Double>> field : doc.confidence().signals().entrySet()) {
            ObjectNode f = features.putObject(field.getKey());
            field.getValue().forEach(f::put);
        }
        try {
            return JSON.writeValueAsString(n);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
