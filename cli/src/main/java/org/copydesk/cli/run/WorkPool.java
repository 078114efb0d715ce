package org.copydesk.cli.run;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A fixed number of worker threads fed by one producer (the input walk), with at most twice as many tasks
 * waiting or running as there are workers: {@link #submit} blocks when they are all taken, so a fast walk never
 * queues the whole tree. The first failure of a task stops the submission of more and is rethrown by
 * {@link #await}.
 */
public final class WorkPool implements AutoCloseable {

    private final ExecutorService workers;
    private final Semaphore slots;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    public WorkPool(int jobs) {
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1, not " + jobs);
        }
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(jobs, r -> {
            Thread t = new Thread(r, "copydesk-check-" + n.incrementAndGet()); // default stack, as the main thread
            t.setDaemon(true);
            return t;
        });
        this.slots = new Semaphore(jobs * 2);
    }

    /** Runs {@code task} on a worker, waiting for a free slot first; rethrows an earlier task's failure. */
    public void submit(Runnable task) {
        rethrow();
        slots.acquireUninterruptibly();
        try {
            workers.execute(() -> {
                try {
                    if (failure.get() == null) {
                        task.run();
                    }
                } catch (RuntimeException | Error e) {
                    failure.compareAndSet(null, e);
                } finally {
                    slots.release();
                }
            });
        } catch (RuntimeException e) {
            slots.release();
            throw e;
        }
    }

    /** Waits for every submitted task to end; rethrows the first failure among them. */
    public void await() {
        workers.shutdown();
        try {
            while (!workers.awaitTermination(1, TimeUnit.HOURS)) {
                // a document takes as long as it takes; the per-document limits bound it, not this wait
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the checks to end", e);
        }
        rethrow();
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }

    private void rethrow() {
        Throwable t = failure.get();
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error e) {
            throw e;
        }
    }
}
