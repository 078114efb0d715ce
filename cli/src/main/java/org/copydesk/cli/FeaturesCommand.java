package org.copydesk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
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
import org.copydesk.core.Quote;
import org.copydesk.engine.CheckOptions;
import org.copydesk.ingest.Ingestor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code copydesk features DIR…} (hidden): one JSON line per file with the signals the confidence model weighs
 * and the confidence it gives, for {@code scripts/fit-confidence.py} to fit the model on labelled pages; with
 * {@code --quotes}, each quote's words, speaker and speaker signals instead, for
 * {@code scripts/fit-quote-confidence.py}. Not part of the user's command set: its output follows the models'
 * features, which change as they are refitted.
 */
@Command(name = "features", hidden = true, description = "Print each file's confidence signals as JSON lines.")
final class FeaturesCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*")
    List<Path> paths;

    @Option(names = "--quotes", description = "Print each quote's speaker signals instead of the page's.")
    boolean quotes;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Ingestor ingestor = new Ingestor(CheckOptions.referenceTime(null, null));
        for (Path root : paths) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(root)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            }
            List<String> lines = files.parallelStream().map(f -> line(ingestor, root, f, quotes)).toList();
            lines.forEach(out::println);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static String line(Ingestor ingestor, Path root, Path file, boolean quotes) {
        ExtractedDocument doc = ingestor.ingest(file, file.toString());
        ObjectNode n = JSON.createObjectNode();
        n.put("file", root.relativize(file).toString());
        if (quotes) {
            ArrayNode list = n.putArray("quotes");
            for (Quote q : doc.quotes().quotes()) {
                ObjectNode o = list.addObject();
                o.put("start", q.span().start());
                o.put("text", q.text());
                o.put("speaker", q.speaker());
                o.put("confidence", q.confidence());
                q.signals().forEach(o.putObject("signals")::put);
            }
            return json(n);
        }
        ObjectNode features = n.putObject("features");
        for (Map.Entry<String, Map<String, Double>> field : doc.confidence().signals().entrySet()) {
            ObjectNode f = features.putObject(field.getKey());
            field.getValue().forEach(f::put);
        }
        return json(n);
    }

    private static String json(ObjectNode n) {
        try {
            return JSON.writeValueAsString(n);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
