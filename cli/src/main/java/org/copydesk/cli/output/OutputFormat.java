package org.copydesk.cli.output;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** The report formats of {@code --format}, each with the writer that produces it. */
public enum OutputFormat {
    JSON(JsonReportOutput::new, false),
    MD(MarkdownReportOutput::new, false),
    HTML(HtmlReportOutput::new, false),
    SARIF(SarifOutput::new, true),
    JUNIT(JunitOutput::new, true),
    PROV(ProvOutput::new, false);

    private final Function<RunContext, ReportOutput> factory;
    private final boolean runLevel;

    /**
     * @param runLevel whether the format lists every document of the run in one file, for which the run keeps an
     *                 entry per document until its end (the entry log)
     */
    OutputFormat(Function<RunContext, ReportOutput> factory, boolean runLevel) {
        this.factory = factory;
        this.runLevel = runLevel;
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
     * Whether the {@code chosen} formats include one that lists every document of the run in one file (a run-level
     * format: SARIF, JUnit), for which the run keeps an entry per document until its end.
     */
    public static boolean listsEveryDocument(Collection<OutputFormat> chosen) {
        return chosen.stream().anyMatch(f -> f.runLevel);
    }

    /** The ids, comma separated, for messages. */
    public static String ids() {
        return String.join(", ", java.util.Arrays.stream(values()).map(OutputFormat::id).toList());
    }
}
