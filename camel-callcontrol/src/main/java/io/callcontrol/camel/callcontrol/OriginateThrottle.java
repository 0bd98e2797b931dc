package io.callcontrol.camel.callcontrol;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Per-PBX limit on originate requests: at most {@code maxConcurrent} in flight, at most {@code rate} started per
 * second, the rest waiting in arrival order (up to {@code maxQueued}). Never blocks a thread: a request that has to
 * wait is queued and started later by whoever frees a slot (or by the scheduler, for the rate).
 * <p>
 * Under the limits and with nobody waiting, a request starts without taking a lock (a compare-and-set on the
 * in-flight count and, with a rate, on the next start time); the lock guards only the waiting queue.
 */
final class OriginateThrottle {

    private final int maxConcurrent;
    private final long intervalNanos;
    private final int maxQueued;
    private final ScheduledExecutorService scheduler;
    /** Guarded by this. */
    private final Deque<Runnable> queue = new ArrayDeque<>();
    /** The size of {@link #queue}, readable without the lock (the fast path starts only when it is 0). */
    private final AtomicInteger waiting = new AtomicInteger();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxSeen = new AtomicInteger();
    /** When the next start may happen (rate); starts at construction. */
    private final AtomicLong nextStartNanos = new AtomicLong(System.nanoTime());
    /** Guarded by this. */
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
        if (waiting.get() == 0 && tryStart()) {
            task.run(); // the fast path: under the limits, nobody waiting
            return true;
        }
        synchronized (this) {
            if (queue.size() >= maxQueued) {
                return false;
            }
            queue.addLast(task);
            waiting.incrementAndGet();
        }
        Runnable first = poll();
        if (first != null) {
            first.run(); // its turn came at once: on the caller's thread, as without waiting
        }
        drain();
        return true;
    }

    /** A request finished: start the next one waiting. */
    void release() {
        inFlight.decrementAndGet();
        if (waiting.get() > 0) {
            drain();
        }
    }

    private void drain() {
        while (true) {
            Runnable task = poll();
            if (task == null) {
                return;
            }
            // started off the releasing thread (often a vendor's I/O thread)
            scheduler.execute(task);
        }
    }

    /** The next waiting task allowed to start now (counted in flight), or null. */
    private Runnable poll() {
        synchronized (this) {
            if (queue.isEmpty() || !tryStart()) {
                return null;
            }
            waiting.decrementAndGet();
            return queue.pollFirst();
        }
    }

    /**
     * Takes a slot if the limits allow a start now: one more in flight (under maxConcurrent) and, with a rate, the
     * next start time moved on. When the rate holds the start back, a drain is scheduled for when it allows one.
     */
    private boolean tryStart() {
        int mine;
        if (maxConcurrent > 0) {
            int n;
            do {
                n = inFlight.get();
                if (n >= maxConcurrent) {
                    return false;
                }
            } while (!inFlight.compareAndSet(n, n + 1));
            mine = n + 1;
        } else {
            mine = inFlight.incrementAndGet();
        }
        if (intervalNanos > 0) {
            long now = System.nanoTime();
            long next;
            do {
                next = nextStartNanos.get();
                if (now - next < 0) {
                    inFlight.decrementAndGet();
                    scheduleDrain(next - now);
                    return false;
                }
            } while (!nextStartNanos.compareAndSet(next, Math.max(now, next) + intervalNanos));
        }
        if (mine > maxSeen.get()) {
            maxSeen.accumulateAndGet(mine, Math::max);
        }
        return true;
    }

    private void scheduleDrain(long delayNanos) {
        synchronized (this) {
            if (drainScheduled) {
                return;
            }
            drainScheduled = true;
        }
        scheduler.schedule(() -> {
            synchronized (this) {
                drainScheduled = false;
            }
            drain();
        }, delayNanos, TimeUnit.NANOSECONDS);
    }

    int inFlight() {
        return inFlight.get();
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
    int maxInFlight() {
        return maxSeen.get();
    }
}
