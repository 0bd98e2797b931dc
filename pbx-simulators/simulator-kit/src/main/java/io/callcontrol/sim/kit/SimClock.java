package io.callcontrol.sim.kit;

import java.time.Duration;
import java.time.Instant;
import java.util.PriorityQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The clock simulated calls move on.
 * <ul>
 * <li>{@link #manual(Instant)}: time stands still until a test calls {@link #advance(Duration)}; the tasks that
 * fall due run in order on the caller's thread. Call state machines are then fully deterministic.</li>
 * <li>{@link #realtime()}: tasks run after their delay on a daemon scheduler (for {@code main} and the examples
 * application).</li>
 * </ul>
 */
public final class SimClock implements AutoCloseable {

    private record Task(long dueNanos, long seq, Runnable action) {
    }

    private final boolean manual;
    private final AtomicLong seq = new AtomicLong();
    private final PriorityQueue<Task> queue = new PriorityQueue<>((a, b) -> a.dueNanos != b.dueNanos
            ? Long.compare(a.dueNanos, b.dueNanos) : Long.compare(a.seq, b.seq));
    private final ScheduledExecutorService scheduler;
    private Instant manualNow;
    private long manualNanos;

    private SimClock(boolean manual, Instant start) {
        this.manual = manual;
        this.manualNow = start;
        this.scheduler = manual ? null : Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "sim-clock");
            t.setDaemon(true);
            return t;
        });
    }

    public static SimClock manual(Instant start) {
        return new SimClock(true, start);
    }

    public static SimClock manual() {
        return manual(Instant.parse("2026-01-05T09:00:00Z"));
    }

    public static SimClock realtime() {
        return new SimClock(false, null);
    }

    public boolean isManual() {
        return manual;
    }

    public synchronized Instant now() {
        return manual ? manualNow : Instant.now();
    }

    /** Runs the action after the delay (simulated time in manual mode). */
    public void schedule(Duration delay, Runnable action) {
        if (!manual) {
            scheduler.schedule(() -> {
                try {
                    action.run();
                } catch (RuntimeException e) {
                    org.slf4j.LoggerFactory.getLogger(SimClock.class).warn("Simulator task failed", e);
                }
            }, Math.max(0, delay.toMillis()), TimeUnit.MILLISECONDS);
            return;
        }
        synchronized (this) {
            queue.add(new Task(manualNanos + delay.toNanos(), seq.incrementAndGet(), action));
        }
    }

    /** Manual mode: moves time forward, running every task that falls due (including ones they schedule). */
    public void advance(Duration by) {
        if (!manual) {
            throw new IllegalStateException("advance() needs a manual clock");
        }
        long target;
        synchronized (this) {
            target = manualNanos + by.toNanos();
        }
        while (true) {
            Task next;
            synchronized (this) {
                next = queue.peek();
                if (next == null || next.dueNanos > target) {
                    manualNow = manualNow.plusNanos(target - manualNanos);
                    manualNanos = target;
                    return;
                }
                queue.poll();
                manualNow = manualNow.plusNanos(next.dueNanos - manualNanos);
                manualNanos = next.dueNanos;
            }
            next.action.run();
        }
    }

    /** Manual mode: runs everything scheduled, however far ahead (bounded to avoid endless loops). */
    public void runAll() {
        for (int i = 0; i < 10_000; i++) {
            Task next;
            synchronized (this) {
                next = queue.peek();
            }
            if (next == null) {
                return;
            }
            advance(Duration.ofNanos(Math.max(0, next.dueNanos - manualNanos)));
        }
        throw new IllegalStateException("simulator tasks keep scheduling each other");
    }

    /** Number of tasks waiting (manual mode). */
    public synchronized int pending() {
        return queue.size();
    }

    @Override
    public void close() {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }
}
