package org.copydesk.cli;

import java.io.PrintWriter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.copydesk.engine.ToolVersion;
import org.copydesk.ingest.Ingestor;
import org.copydesk.render.VisibleText;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** The {@code copydesk} command: a newsroom copy desk's checks on scraped and drafted articles. */
@Command(name = "copydesk", mixinStandardHelpOptions = true, versionProvider = Copydesk.Version.class,
        description = "Separates articles from page furniture, reads their metadata and checks dates, bylines and "
                + "quote attributions, writing a provenance report per document.",
        footer = ExitCodes.HELP)
public final class Copydesk implements Runnable {

    /**
     * Held so the level sticks: third-party logging (Hibernate Validator's start-up notice, parsers' warnings
     * on damaged files) is not for the terminal; what matters about an input is in its report.
     */
    private static final java.util.logging.Logger ROOT_LOG = quiet("");

    /** The subcommands by name, in the order help lists them. */
    private static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private static Map<String, Supplier<Object>> subcommands() {
        Map<String, Supplier<Object>> m = new LinkedHashMap<>();
        m.put("check", CheckCommand::new);
        m.put("extract", ExtractCommand::new);
        m.put("rules", RulesCommand::new);
        m.put("explain", ExplainCommand::new);
        m.put("features", FeaturesCommand::new);
        m.put("help", CommandLine.HelpCommand::new);
        return Collections.unmodifiableMap(m);
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("check")) {
            // before the command line is even read: the warm-up overlaps picocli's and the run's own start
            Ingestor.warmUp();
        }
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /**
     * Runs the command line and returns the exit code, writing to the given streams. Error messages can quote
     * arguments, paths and what was read from files, so they are printed through {@link VisibleText#terminal}.
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Copydesk());
        // picocli reads every registered command's annotations up front: a run of one command builds only that
        // one (a tenth of a second of each run's start); help, no command and mistakes see them all
        boolean one = args.length > 0 && SUBCOMMANDS.containsKey(args[0]) && !args[0].equals("help");
        for (Map.Entry<String, Supplier<Object>> c : SUBCOMMANDS.entrySet()) {
            if (!one || args[0].equals(c.getKey())) {
                cl.addSubcommand(c.getKey(), c.getValue().get());
            }
        }
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("copydesk: " + VisibleText.terminal(ex.getMessage()));
            err.println("Try 'copydesk --help'.");
            return ExitCodes.USAGE;
        });
        cl.setExecutionExceptionHandler((ex, line, parse) -> {
            if (ex instanceof UsageError) {
                err.println("copydesk: " + VisibleText.terminal(ex.getMessage()));
                return ExitCodes.USAGE;
            }
            err.println("copydesk: internal error: " + VisibleText.terminal(ex.toString()));
            return ExitCodes.UNREADABLE;
        });
        return cl.execute(args);
    }

    private static java.util.logging.Logger quiet(String name) {
        java.util.logging.Logger l = java.util.logging.Logger.getLogger(name);
        l.setLevel(java.util.logging.Level.OFF);
        return l;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: check, extract, rules or explain");
    }

    /** Copydesk's version for {@code --version}: the engine's {@link ToolVersion}. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"copydesk " + ToolVersion.get()};
        }
    }

    /** A usage or configuration mistake found after parsing: reported in one line, exit code 2. */
    static final class UsageError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageError(String message) {
            super(message);
        }
    }
}
