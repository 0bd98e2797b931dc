package io.callcontrol.camel.callcontrol;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Per-PBX limit on originate requests: at most {@code maxConcurrent} in flight, at most {@code rate} started per
 * second, the rest waiting in arrival order (up to {@code maxQueued}). Never blocks a thread: a request that has to
 * wait is queued and started later by whoever frees a slot (or by the scheduler, for the rate).
 */
final class OriginateThrottle {

    private final int maxConcurrent;
    private final long intervalNanos;
    private final int maxQueued;
    private final ScheduledExecutorService scheduler;
    private final Deque<Runnable> queue = new ArrayDeque<>();
    private int inFlight;
    private int maxSeen;
    private long nextStartNanos;
    private boolean drainScheduled;

    OriginateThrottle(int maxConcurrent, double rate, int maxQueued, ScheduledExecutorService scheduler) {
        this.maxConcurrent = maxConcurrent;
        this.intervalNanos = rate > 0 ? (long) (1_000_000_000L / rate) : 0;
        this.maxQueued = maxQueued;
        this.scheduler = scheduler;
    }

    /**
     * Runs the task now, or later when a slot is free; the task must call {@link #release()} exactly once when its
     * request is answered. False (nothing run, nothing queued) when the queue is full.
     */
    boolean submit(Runnable task) {
        Runnable now;
        synchronized (this) {
            if (queue.size() >= maxQueued) {
                return false;
            }
            queue.addLast(task);
            now = next();
        }
        if (now != null) {
            now.run();
        }
        drain();
        return true;
    }

    /** A request finished: start the next one waiting. */
    void release() {
        synchronized (this) {
            inFlight--;
        }
        drain();
    }

    private void drain() {
        while (true) {
            Runnable task;
            synchronized (this) {
                task = next();
            }
            if (task == null) {
                return;
            }
            // started off the releasing thread (often a vendor's I/O thread)
            scheduler.execute(task);
        }
    }

    /** The next task allowed to start now (counted in flight), or null. Caller holds the lock. */
    private Runnable next() {
        if (queue.isEmpty() || (maxConcurrent > 0 && inFlight >= maxConcurrent)) {
            return null;
        }
        if (intervalNanos > 0) {
            long now = System.nanoTime();
            if (now < nextStartNanos) {
                if (!drainScheduled) {
                    drainScheduled = true;
                    scheduler.schedule(() -> {
                        synchronized (this) {
                            drainScheduled = false;
                        }
                        drain();
                    }, nextStartNanos - now, TimeUnit.NANOSECONDS);
                }
                return null;
            }
            nextStartNanos = Math.max(now, nextStartNanos) + intervalNanos;
        }
        inFlight++;
        maxSeen = Math.max(maxSeen, inFlight);
        return queue.pollFirst();
    }

    synchronized int inFlight() {
        return inFlight;
    }

    synchronized int queued() {
        return queue.size();
    }

    /** The limits: at most this many in flight (0: no limit). */
    int maxConcurrent() {
        return maxConcurrent;
    }

    /** Originates started per second at most (0: no limit). */
    double ratePerSecond() {
        return intervalNanos == 0 ? 0 : 1_000_000_000.0 / intervalNanos;
    }

    int maxQueued() {
        return maxQueued;
    }

    /** The most requests that were in flight at once. */
    synchronized int maxInFlight() {
        return maxSeen;
    }
}
