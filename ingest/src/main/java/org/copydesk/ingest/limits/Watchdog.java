package org.copydesk.ingest.limits;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Runs one document's work on a worker thread and waits for it at most a given time. A task still running then
 * is cancelled (its {@link Budget} stops the parse at the next event or read, and the thread is interrupted)
 * and abandoned: the caller gets the fallback at once and goes on. Worker threads are daemons, so an abandoned
 * task that never looks up (a loop that neither reads nor emits) cannot keep the program from exiting.
 * Thread-safe; one instance serves any number of callers.
 */
public final class Watchdog {

    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "copydesk-ingest-" + THREADS.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    private final AtomicInteger abandoned = new AtomicInteger();

    /**
     * The result of {@code task}, or of {@code fallback} when it has not finished after {@code wait}. An
     * exception or error of the task is rethrown unchecked in the caller's thread.
     */
    public <T> T run(Callable<T> task, Budget budget, Duration wait, Supplier<T> fallback) {
        Future<T> f = WORKERS.submit(task);
        try {
            return f.get(wait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            budget.cancel();
            f.cancel(true);
            abandoned.incrementAndGet();
            return fallback.get();
        } catch (InterruptedException e) {
            budget.cancel();
            f.cancel(true);
            Thread.currentThread().interrupt();
            return fallback.get();
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof Error err) {
                throw err;
            }
            throw c instanceof RuntimeException r ? r : new IllegalStateException(c);
        }
    }

    /** Tasks given up on so far (they may still be running). */
    public int abandoned() {
        return abandoned.get();
    }
}
