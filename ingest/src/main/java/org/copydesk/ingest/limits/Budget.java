package org.copydesk.ingest.limits;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.copydesk.core.InputProblem;
import org.copydesk.ingest.timing.StageClock;

/**
 * What one document may still spend under its {@link IngestLimits}: the time left before its deadline and the
 * characters left of its text. Parsers are stopped through {@link GuardedHandler} and {@link GuardedInputStream},
 * which ask here; every limit reached is remembered once, with what was kept, as an {@code input.limit} problem.
 * A watchdog may {@link #cancel} the budget from another thread, which stops the parse at its next event. The
 * budget also carries the document's {@link StageClock} ({@link StageClock#OFF} unless timings were asked for), so
 * that the stages it reaches can mark their boundaries.
 */
public final class Budget {

    private final IngestLimits limits;
    private final long deadline;
    private final StageClock clock;
    private volatile boolean cancelled;
    private long chars;
    private final Map<String, String> reached = new LinkedHashMap<>();

    /** A budget whose time starts now. */
    public Budget(IngestLimits limits) {
        this(limits, StageClock.OFF);
    }

    /** A budget whose time starts now, for a document whose stages {@code clock} times. */
    public Budget(IngestLimits limits, StageClock clock) {
        this.limits = limits;
        this.clock = clock;
        this.deadline = System.nanoTime() + limits.timeout().toNanos();
    }

    /** The document's stage clock; {@link StageClock#OFF} when its stages are not timed. */
    public StageClock clock() {
        return clock;
    }

    public IngestLimits limits() {
        return limits;
    }

    /** Throws once the time is up or the budget was cancelled. */
    public void checkTime() throws LimitReached {
        if (cancelled || System.nanoTime() - deadline > 0) {
            throw timeUp();
        }
    }

    /** Records that time ran out and returns the exception that stops the parse. */
    LimitReached timeUp() {
        String t = IngestLimits.format(limits.timeout());
        note("time", "reading the document took longer than the time limit (" + t
                + "); the text read until then was kept and the rest was not read");
        return new LimitReached("time limit " + t);
    }

    /** Stops the parse at its next event; for the watchdog. */
    public void cancel() {
        cancelled = true;
    }

    /**
     * How many of {@code wanted} more characters of text may be kept; fewer than asked means the character limit
     * was reached here, recorded, and the caller should stop after keeping that many.
     */
    public synchronized int take(int wanted) {
        long left = limits.maxChars() - chars;
        int granted = (int) Math.max(0, Math.min(wanted, left));
        chars += granted;
        if (granted < wanted) {
            charsReached();
        }
        return granted;
    }

    /** Records that the text was cut at the character limit. */
    public void charsReached() {
        note("chars", "the extracted text reached the character limit (" + limits.maxChars()
                + " characters); the first " + limits.maxChars() + " characters were kept, the rest was cut off");
    }

    /** Records that elements nested deeper than the depth limit were flattened. */
    void depthReached() {
        note("depth", "elements were nested deeper than the depth limit (" + limits.maxDepth()
                + "); the deeper elements' text was kept, their markup was flattened into the element at depth "
                + limits.maxDepth());
    }

    /** Records a limit reached, once per {@code key}, as an {@code input.limit} problem with {@code message}. */
    public synchronized void note(String key, String message) {
        reached.putIfAbsent(key, message);
    }

    /**
     * Whether a parse that failed with {@code e} was stopped by a limit, so that what it gathered is worth keeping:
     * one of this budget's own, Tika's zip-bomb guard (compression ratio, output size, nesting of packages) or the
     * XML parser's entity-expansion guard (billion laughs). The latter two are recorded here.
     */
    public boolean stoppedBy(Throwable e) {
        if (LimitReached.in(e)) {
            return true;
        }
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String m = t.getMessage() == null ? "" : t.getMessage();
            if (t.getClass().getSimpleName().equals("ZipBombException") || m.contains("Suspected zip bomb")) {
                note("expansion", "the document's compressed or embedded content expanded beyond the zip-bomb limits ("
                        + m.strip() + "); the text extracted until then was kept, the rest was not read");
                return true;
            }
            if (m.contains("entity expansions") || m.contains("entityExpansionLimit")) {
                note("entities", "the XML expands more entities than allowed (a billion-laughs guard); the text read"
                        + " until then was kept, the rest was not read");
                return true;
            }
        }
        return false;
    }

    /** Whether any limit was reached. */
    public synchronized boolean reachedAny() {
        return !reached.isEmpty();
    }

    /** The limits reached, as problems, in the order they were reached. */
    public synchronized List<InputProblem> problems() {
        return problems(true);
    }

    /** As {@link #problems()}, leaving out the time limit when {@code withTime} is false (an abandoned parse). */
    public synchronized List<InputProblem> problems(boolean withTime) {
        List<InputProblem> out = new ArrayList<>();
        reached.forEach((k, m) -> {
            if (withTime || !k.equals("time")) {
                out.add(new InputProblem(InputProblem.Kind.LIMIT, m));
            }
        });
        return out;
    }
}
