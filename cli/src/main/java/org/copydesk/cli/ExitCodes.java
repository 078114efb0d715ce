package org.copydesk.cli;

/** The documented exit codes of the {@code copydesk} command. */
public final class ExitCodes {

    /** No finding at or above {@code --fail-on}. */
    public static final int OK = 0;
    /** Some finding at or above {@code --fail-on}. */
    public static final int FINDINGS = 1;
    /** A usage or configuration error. */
    public static final int USAGE = 2;
    /** Some input could not be read; its report says why. */
    public static final int UNREADABLE = 3;

    public static final String HELP = "%nExit codes:%n"
            + "  0  no finding at or above --fail-on%n"
            + "  1  some finding at or above --fail-on%n"
            + "  2  usage or configuration error%n"
            + "  3  some input could not be read (its report says why)%n";

    private ExitCodes() {
    }
}
