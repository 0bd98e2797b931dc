package io.callcontrol.core.ws;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import io.callcontrol.core.error.CallControlTimeoutException;
import io.netty.util.HashedWheelTimer;
import io.netty.util.Timeout;

/**
 * Requests waiting for their answer on a multiplexed connection, matched by a correlation key ({@code cseq},
 * {@code qid}, ...): many in flight, answers in any order, each with its own timeout.
 */
public final class PendingRequests<T> {

    /**
     * One timer wheel for every request timeout of the process: scheduling and cancelling are O(1) and a cancelled
     * timeout does not linger (a scheduled executor would keep every answered request's task queued until its
     * deadline -- millions at a high request rate). Timeouts fire within a tick (10 ms) of their deadline.
     */
    private static final HashedWheelTimer TIMER = new HashedWheelTimer(r -> {
        Thread t = new Thread(r, "callcontrol-request-timeouts");
        t.setDaemon(true);
        return t;
    }, 10, TimeUnit.MILLISECONDS, 512);

    private record Pending<T>(CompletableFuture<T> future, Timeout timeout) {
    }

    private final String vendor;
    private final Map<String, Pending<T>> pending = new ConcurrentHashMap<>();

    public PendingRequests(String vendor) {
        this.vendor = vendor;
    }

    /**
     * Registers a request; the future fails with {@link CallControlTimeoutException} when no answer comes in
     * {@code timeout}. Register before sending, so a fast answer cannot be missed.
     */
    public CompletableFuture<T> register(String key, Duration timeout, String description) {
        CompletableFuture<T> f = new CompletableFuture<>();
        Timeout t = TIMER.newTimeout(x -> {
            Pending<T> p = pending.remove(key);
            if (p != null) {
                p.future.completeExceptionally(new CallControlTimeoutException(vendor,
                        description + " got no answer within " + timeout.toMillis() + " ms", null));
            }
        }, timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (pending.putIfAbsent(key, new Pending<>(f, t)) != null) {
            t.cancel();
            throw new IllegalStateException("duplicate correlation key " + key);
        }
        return f;
    }

    /** Completes the request with this key; false when none waits (late or unknown answer). */
    public boolean complete(String key, T value) {
        Pending<T> p = pending.remove(key);
        if (p == null) {
            return false;
        }
        p.timeout.cancel();
        p.future.complete(value);
        return true;
    }

    public boolean fail(String key, Throwable error) {
        Pending<T> p = pending.remove(key);
        if (p == null) {
            return false;
        }
        p.timeout.cancel();
        p.future.completeExceptionally(error);
        return true;
    }

    /** Fails every waiting request (the socket dropped under them). */
    public void failAll(Supplier<? extends Throwable> error) {
        for (String key : pending.keySet()) {
            fail(key, error.get());
        }
    }

    public int size() {
        return pending.size();
    }
}
