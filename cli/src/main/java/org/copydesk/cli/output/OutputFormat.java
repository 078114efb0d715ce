package org.copydesk.cli.output;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** The report formats of {@code --format}, each with the writer that produces it. */
public enum OutputFormat {
    JSON(JsonReportOutput::new),
    MD(MarkdownReportOutput::new),
    HTML(HtmlReportOutput::new),
    SARIF(SarifOutput::new),
    JUNIT(JunitOutput::new),
    PROV(ProvOutput::new);

    private final Function<RunContext, ReportOutput> factory;

    OutputFormat(Function<RunContext, ReportOutput> factory) {
        this.factory = factory;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public ReportOutput create(RunContext context) {
        return factory.apply(context);
    }

    public static Optional<OutputFormat> fromId(String id) {
        for (OutputFormat f : values()) {
            if (f.id().equalsIgnoreCase(id.strip())) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /**
     * The run-level files of the {@code chosen} formats ({@code copydesk.sarif}, {@code junit.xml}), in format
     * order: the formats that list every document of the run in one file, for which the run keeps an entry per
     * document until its end.
     */
    public static List<String> runLevelFiles(Collection<OutputFormat> chosen) {
        List<String> files = new ArrayList<>();
        if (chosen.contains(SARIF)) {
            files.add(SarifOutput.FILE);
        }
        if (chosen.contains(JUNIT)) {
            files.add(JunitOutput.FILE);
        }
        return files;
    }

    /** The ids, comma separated, for messages. */
    public static String ids() {
        return String.join(", ", java.util.Arrays.stream(values()).map(OutputFormat::id).toList());
    }
}
