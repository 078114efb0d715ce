package org.copydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Help is complete whichever way it is asked for, although a run registers only the command it runs; picocli's
 * own warnings (a description it cannot format) go to the process's error stream, so that is watched too.
 */
class HelpTest {

    @ParameterizedTest
    @ValueSource(strings = {"check", "extract", "rules", "explain"})
    void eachCommandsHelpIsPrintedWithoutAWarning(String command) {
        PrintStream saved = System.err;
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        CliRun run;
        try {
            System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
            run = CliRun.of(command, "--help");
        } finally {
            System.setErr(saved);
        }
        assertEquals(0, run.code(), run.toString());
        assertTrue(run.out().startsWith("Usage: copydesk " + command), run.out());
        assertFalse(stderr.toString(StandardCharsets.UTF_8).contains("WARN"), stderr.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theHelpCommandFindsTheOtherCommands() {
        CliRun run = CliRun.of("help", "check");
        assertEquals(0, run.code(), run.toString());
        assertTrue(run.out().contains("--timings"), run.out());
    }

    @Test
    void topLevelHelpListsEveryCommandButTheHiddenOne() {
        String out = CliRun.of("--help").out();
        for (String c : new String[] {"check", "extract", "rules", "explain", "help"}) {
            assertTrue(out.contains("\n  " + c + " "), c + " in\n" + out);
        }
        assertFalse(out.contains("features"), out);
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        CliRun run = CliRun.of("chekc", "x.html");
        assertEquals(ExitCodes.USAGE, run.code(), run.toString());
        assertTrue(run.err().contains("Try 'copydesk --help'"), run.err());
    }
}
