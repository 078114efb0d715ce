package org.copydesk.cli.run;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A one-line progress display on standard error while documents are checked: documents done and the rate (the
 * walk is lazy, so the total is not known ahead). Redrawn at most a few times a second, on the line that
 * {@code \r} rewrites; {@link #off()} when stderr is not a terminal or the run is quiet, so that logs and pipes
 * never see it. A document's lines on stdout are printed through {@link #done(Runnable)} so the two do not mix.
 */
public final class Progress {

    private static final long REDRAW_NANOS = 250_000_000L;

    private final PrintWriter err;
    private final LongSupplier clock;
    private final long started;
    private long done;
    private long lastDrawn = Long.MIN_VALUE;
    private boolean shown;

    Progress(PrintWriter err, LongSupplier clock) {
        this.err = err;
        this.clock = clock;
        this.started = err == null ? 0 : clock.getAsLong();
    }

    /** A display that prints nothing. */
    public static Progress off() {
        return new Progress(null, System::nanoTime);
    }

    /** A display on {@code err} when {@link #wanted}, else {@link #off()}. */
    public static Progress on(PrintWriter err, boolean terminal, boolean quiet) {
        return wanted(terminal, quiet) ? new Progress(err, System::nanoTime) : off();
    }

    /** Whether to show progress: only on a terminal, and never with {@code -q}. */
    public static boolean wanted(boolean terminal, boolean quiet) {
        return terminal && !quiet;
    }

    /** Whether this display prints anything. */
    public boolean active() {
        return err != null;
    }

    /** One more document checked: {@code print} writes its lines on the terminal with the progress line cleared. */
    public synchronized void done(Runnable print) {
        finish();
        print.run();
        done();
    }

    /** Runs {@code print}, which writes a line to the terminal, with the progress line cleared first. */
    public synchronized void print(Runnable print) {
        finish();
        print.run();
    }

    /** One more document checked (or resumed). */
    public synchronized void done() {
        done++;
        draw();
    }

    /** The run is over: the line is cleared. */
    public synchronized void finish() {
        if (shown) {
            err.print("\r\u001b[K");
            err.flush();
            shown = false;
        }
    }

    /** The line as shown after {@code nanos} of checking. */
    static String line(long done, long nanos) {
        double seconds = nanos / 1e9;
        double rate = seconds <= 0 ? 0 : done / seconds;
        return String.format(Locale.ROOT, "checked %,d document(s), %.1f/s, %s elapsed", done, rate,
                clockTime((long) seconds));
    }

    private void draw() {
        if (err == null) {
            return;
        }
        long now = clock.getAsLong();
        if (shown && now - lastDrawn < REDRAW_NANOS) {
            return;
        }
        lastDrawn = now;
        err.print("\r\u001b[K" + line(done, now - started));
        err.flush();
        shown = true;
    }

    private static String clockTime(long seconds) {
        return seconds >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60,
                seconds % 60) : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }
}
