package io.callcontrol.core.ws;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import io.callcontrol.core.error.CallControlTimeoutException;

/**
 * Requests waiting for their answer on a multiplexed connection, matched by a correlation key ({@code cseq},
 * {@code qid}, ...): many in flight, answers in any order, each with its own timeout.
 */
public final class PendingRequests<T> {

    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "callcontrol-request-timeouts");
        t.setDaemon(true);
        return t;
    });

    private record Pending<T>(CompletableFuture<T> future, ScheduledFuture<?> timeout) {
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
        ScheduledFuture<?> t = TIMER.schedule(() -> {
            Pending<T> p = pending.remove(key);
            if (p != null) {
                p.future.completeExceptionally(new CallControlTimeoutException(vendor,
                        description + " got no answer within " + timeout.toMillis() + " ms", null));
            }
        }, timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (pending.putIfAbsent(key, new Pending<>(f, t)) != null) {
            t.cancel(false);
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
        p.timeout.cancel(false);
        p.future.complete(value);
        return true;
    }

    public boolean fail(String key, Throwable error) {
        Pending<T> p = pending.remove(key);
        if (p == null) {
            return false;
        }
        p.timeout.cancel(false);
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
