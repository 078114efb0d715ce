package org.copydesk.cli.run;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.copydesk.ingest.timing.Stage;
import org.copydesk.ingest.timing.StageClock;

/**
 * The run's timings per stage ({@code copydesk check --timings}): each stage's time summed over the documents,
 * and the slowest documents with their own stage times. Only the {@value #MAX_LISTED} slowest are kept, whatever
 * the run's size; {@link #slowest} lists the slowest 1 % of them, at least {@value #MIN_LISTED} and at most
 * {@value #MAX_LISTED}. Thread-safe.
 */
public final class TimingTally {

    /** The fewest slow documents listed (all of them in a smaller run). */
    public static final int MIN_LISTED = 10;
    /** The most slow documents listed, and kept. */
    public static final int MAX_LISTED = 100;

    private static final Stage[] STAGES = Stage.values();

    /** One document's times: its path, size, total and the time of each stage (indexed by ordinal). */
    public record Timed(String document, long bytes, long totalNanos, long[] stageNanos) {

        /** The time given to {@code stage}. */
        public long nanos(Stage stage) {
            return stageNanos[stage.ordinal()];
        }

        /** The {@code n} stages that took longest, longest first (a tie in stage order). */
        public List<Stage> costliest(int n) {
            return List.of(STAGES).stream().sorted(Comparator.comparingLong(this::nanos).reversed()).limit(n)
                    .toList();
        }
    }

    /** Slowest first; equal times by path, so that the list does not depend on the order workers finished in. */
    public static final Comparator<Timed> SLOWEST_FIRST = Comparator.comparingLong(Timed::totalNanos).reversed()
            .thenComparing(Timed::document);

    private final long[] stageNanos = new long[STAGES.length];
    private final PriorityQueue<Timed> slowest = new PriorityQueue<>(SLOWEST_FIRST.reversed()); // fastest at the head
    private long documentNanos;
    private int documents;

    /** One document's stopped {@code clock}; {@code document} is its path, {@code bytes} its size. */
    public synchronized void add(String document, long bytes, StageClock clock) {
        long[] own = new long[STAGES.length];
        for (Stage s : STAGES) {
            own[s.ordinal()] = clock.nanos(s);
            stageNanos[s.ordinal()] += own[s.ordinal()];
        }
        documents++;
        documentNanos += clock.totalNanos();
        slowest.add(new Timed(document, bytes, clock.totalNanos(), own));
        if (slowest.size() > MAX_LISTED) {
            slowest.poll();
        }
    }

    /** Documents timed (resumed ones are not). */
    public synchronized int documents() {
        return documents;
    }

    /** The documents' times summed, from the start of each check to its reports written. */
    public synchronized long documentNanos() {
        return documentNanos;
    }

    /** {@code stage}'s time summed over the documents. */
    public synchronized long nanos(Stage stage) {
        return stageNanos[stage.ordinal()];
    }

    /** The slowest 1 % of the documents timed (at least {@value #MIN_LISTED}, at most {@value #MAX_LISTED}), slowest first. */
    public synchronized List<Timed> slowest() {
        List<Timed> all = new ArrayList<>(slowest);
        all.sort(SLOWEST_FIRST);
        return List.copyOf(all.subList(0, Math.min(all.size(), listed(documents))));
    }

    /** How many of {@code documents} are listed as the slowest. */
    static int listed(int documents) {
        int share = (documents + 99) / 100; // 1 %, rounded up
        return Math.min(documents, Math.max(MIN_LISTED, Math.min(MAX_LISTED, share)));
    }
}
