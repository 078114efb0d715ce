package org.copydesk.ingest.timing;

/**
 * One document's wall time per {@link Stage} ({@code copydesk check --timings}). The code calls {@link #lap} at
 * each stage boundary: the time since the previous boundary goes to the stage just finished, one
 * {@link System#nanoTime} a boundary and no allocation. {@link #skip} lets time pass that belongs to no stage (a
 * hand-over between threads), so the stages add up to at most the document's {@link #totalNanos}. {@link #OFF}
 * does nothing at all, so that a run without the option pays one predictable branch a boundary.
 *
 * <p>Not thread-safe: one document's stages run one after the other, handed from thread to thread with a
 * happens-before edge (the ingest watchdog's future). A document abandoned at its time limit may still lap from
 * its worker thread afterwards; its figures are then approximate.
 */
public final class StageClock {

    /** The clock of a run without timings: every call returns at once, every figure is 0. */
    public static final StageClock OFF = new StageClock(false);

    private static final Stage[] STAGES = Stage.values();

    private final boolean on;
    private final long[] nanos;
    private long started;
    private long mark;
    private long total;

    private StageClock(boolean on) {
        this.on = on;
        this.nanos = on ? new long[STAGES.length] : null;
        this.started = on ? System.nanoTime() : 0;
        this.mark = started;
    }

    /** A clock running from now. */
    public static StageClock start() {
        return new StageClock(true);
    }

    /** Whether this clock measures anything ({@link #OFF} does not). */
    public boolean on() {
        return on;
    }

    /** Gives the time since the previous boundary (or the start) to {@code finished}. */
    public void lap(Stage finished) {
        if (on) {
            long now = System.nanoTime();
            nanos[finished.ordinal()] += now - mark;
            mark = now;
        }
    }

    /** Lets the time since the previous boundary go to no stage. */
    public void skip() {
        if (on) {
            mark = System.nanoTime();
        }
    }

    /** Ends the document's time; {@link #totalNanos} is from the start to here. */
    public void stop() {
        if (on) {
            total = System.nanoTime() - started;
        }
    }

    /** The time given to {@code stage} so far, in nanoseconds. */
    public long nanos(Stage stage) {
        return on ? nanos[stage.ordinal()] : 0;
    }

    /** The time from the start to {@link #stop}, in nanoseconds (0 before it). */
    public long totalNanos() {
        return total;
    }
}
