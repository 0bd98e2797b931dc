package io.callcontrol.bench;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

/**
 * A closed loop holding a fixed number of requests in flight: every completion records its latency and starts the
 * next request at once, so the offered load is exactly {@code inFlight}. Latencies go into a log-bucketed histogram
 * (about 6% resolution) read for the percentiles.
 */
final class ClosedLoop {

    /** Starts one request; the argument is called exactly once when it completes (null or the failure). */
    interface Request {
        void start(Consumer<Throwable> done);
    }

    private static final int SUB = 16;
    private final AtomicLongArray buckets = new AtomicLongArray(64 * SUB);
    private final AtomicLong completed = new AtomicLong();
    private final AtomicLong outstanding = new AtomicLong();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final Request request;
    private volatile boolean running;
    /** Set by the benchmark that starts the loop lazily (guarded by the loop's monitor). */
    boolean startedFlag;

    ClosedLoop(Request request) {
        this.request = request;
    }

    void start(int inFlight) {
        running = true;
        for (int i = 0; i < inFlight; i++) {
            next();
        }
    }

    private void next() {
        outstanding.incrementAndGet();
        long t0 = System.nanoTime();
        request.start(err -> {
            long ns = System.nanoTime() - t0;
            outstanding.decrementAndGet();
            if (err != null) {
                failure.compareAndSet(null, err);
                return;
            }
            buckets.incrementAndGet(bucket(ns));
            completed.incrementAndGet();
            if (running) {
                next();
            }
        });
    }

    /** Waits until n more requests completed; returns how many did. */
    long awaitCompletions(long n) {
        long from = completed.get();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (completed.get() - from < n) {
            check();
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("closed loop stalled: " + (completed.get() - from) + " of " + n);
            }
            LockSupport.parkNanos(20_000);
        }
        return completed.get() - from;
    }

    void check() {
        Throwable t = failure.get();
        if (t != null) {
            throw new IllegalStateException("a request failed", t);
        }
    }

    void resetHistogram() {
        for (int i = 0; i < buckets.length(); i++) {
            buckets.set(i, 0);
        }
    }

    /** Latency percentile (0..1) in microseconds, from the requests completed since the last reset. */
    double percentileMicros(double p) {
        long total = 0;
        long[] c = new long[buckets.length()];
        for (int i = 0; i < c.length; i++) {
            c[i] = buckets.get(i);
            total += c[i];
        }
        if (total == 0) {
            return Double.NaN;
        }
        long rank = (long) Math.ceil(p * total);
        long seen = 0;
        for (int i = 0; i < c.length; i++) {
            seen += c[i];
            if (seen >= rank) {
                return value(i) / 1000.0;
            }
        }
        return value(c.length - 1) / 1000.0;
    }

    void stop() {
        running = false;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (outstanding.get() > 0 && System.nanoTime() < deadline) {
            LockSupport.parkNanos(1_000_000);
        }
    }

    static int bucket(long ns) {
        long v = Math.max(1, ns);
        int exp = 63 - Long.numberOfLeadingZeros(v);
        if (exp < 4) {
            return (int) v; // 1..15 ns: exact, below anything measured
        }
        int sub = (int) ((v >>> (exp - 4)) & (SUB - 1));
        return exp * SUB + sub;
    }

    /** The middle of a bucket, in ns. */
    static double value(int bucket) {
        int exp = bucket / SUB;
        int sub = bucket % SUB;
        if (exp < 4) {
            return bucket;
        }
        double lo = (double) (1L << exp) * (1 + sub / (double) SUB);
        double width = (double) (1L << exp) / SUB;
        return lo + width / 2;
    }
}
