package io.callcontrol.core.ws;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import io.callcontrol.core.error.CallControlConnectionException;
import io.callcontrol.core.error.CallControlException;
import io.callcontrol.core.error.CallControlTimeoutException;
import io.callcontrol.core.error.Delivery;
import io.netty.util.HashedWheelTimer;
import io.netty.util.Timeout;

/**
 * Requests waiting for their answer on a multiplexed connection, matched by a correlation key ({@code cseq},
 * {@code qid}, ...): many in flight, answers in any order, each with its own timeout.
 * <p>
 * Each request knows whether it reached the socket, so its failure says so ({@link Delivery}): one registered with
 * {@link #registerUnsent} is {@link Delivery#NOT_SENT} until {@link #send} hands it to the socket, then
 * {@link Delivery#UNKNOWN} until answered; a timeout or a drop ({@link #failAll}) carries that delivery. One
 * registered with {@link #register} (the owner writes it itself) counts as possibly sent from the start.
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

    private static final class Pending<T> {
        final CompletableFuture<T> future;
        final String description;
        volatile Timeout timeout;
        /** NOT_SENT while the request waits to be written; UNKNOWN once it may have reached the socket. */
        volatile Delivery delivery;

        Pending(CompletableFuture<T> future, String description, Delivery delivery) {
            this.future = future;
            this.description = description;
            this.delivery = delivery;
        }
    }

    private final String vendor;
    private final Map<String, Pending<T>> pending = new ConcurrentHashMap<>();

    public PendingRequests(String vendor) {
        this.vendor = vendor;
    }

    /**
     * Registers a request; the future fails with {@link CallControlTimeoutException} when no answer comes in
     * {@code timeout}. Register before sending, so a fast answer cannot be missed. The request counts as possibly
     * sent from now on ({@link Delivery#UNKNOWN} on failure): use {@link #registerUnsent} and {@link #send} to tell
     * "never sent" apart.
     */
    public CompletableFuture<T> register(String key, Duration timeout, String description) {
        return register(key, timeout, description, Delivery.UNKNOWN);
    }

    /**
     * Registers a request that is not written yet: until {@link #send} (or {@link #markSent}) its failures are
     * {@link Delivery#NOT_SENT} (a timeout while it waits for the connection or the session, a drop, a stop).
     */
    public CompletableFuture<T> registerUnsent(String key, Duration timeout, String description) {
        return register(key, timeout, description, Delivery.NOT_SENT);
    }

    private CompletableFuture<T> register(String key, Duration timeout, String description, Delivery initial) {
        CompletableFuture<T> f = new CompletableFuture<>();
        Pending<T> p = new Pending<>(f, description, initial);
        if (pending.putIfAbsent(key, p) != null) {
            throw new IllegalStateException("duplicate correlation key " + key);
        }
        p.timeout = TIMER.newTimeout(x -> {
            Pending<T> q = pending.get(key);
            if (q == p && pending.remove(key, p)) {
                p.future.completeExceptionally(new CallControlTimeoutException(vendor, p.delivery == Delivery.NOT_SENT
                        ? description + " could not be sent within " + timeout.toMillis() + " ms (not sent)"
                        : description + " got no answer within " + timeout.toMillis() + " ms", null, p.delivery));
            }
        }, timeout.toMillis(), TimeUnit.MILLISECONDS);
        return f;
    }

    /** From now on a failure of this request is {@link Delivery#UNKNOWN}: it may have reached the socket. */
    public void markSent(String key) {
        Pending<T> p = pending.get(key);
        if (p != null) {
            p.delivery = Delivery.UNKNOWN;
        }
    }

    /**
     * Writes the request: marks it possibly sent, then runs {@code write} (e.g.
     * {@code () -> socket.send(text)}). When the write fails the request fails {@link Delivery#NOT_SENT} with that
     * reason (nothing complete left the client).
     */
    public void send(String key, Supplier<CompletableFuture<?>> write) {
        Pending<T> p = pending.get(key);
        if (p == null) {
            return; // timed out or failed meanwhile: nothing to send
        }
        p.delivery = Delivery.UNKNOWN;
        CompletableFuture<?> w;
        try {
            w = write.get();
        } catch (RuntimeException e) {
            w = CompletableFuture.failedFuture(e);
        }
        w.whenComplete((v, e) -> {
            if (e != null) {
                Throwable cause = e instanceof java.util.concurrent.CompletionException && e.getCause() != null ? e.getCause() : e;
                CallControlException error = cause instanceof CallControlException c ? c
                        : new CallControlConnectionException(vendor, "Cannot send " + p.description + ": "
                                + cause.getMessage(), cause);
                fail(key, error.withDelivery(Delivery.NOT_SENT));
            }
        });
    }

    /** What a failure of this request would say now (null when no such request waits). */
    public Delivery delivery(String key) {
        Pending<T> p = pending.get(key);
        return p == null ? null : p.delivery;
    }

    /** Completes the request with this key; false when none waits (late or unknown answer). */
    public boolean complete(String key, T value) {
        Pending<T> p = pending.remove(key);
        if (p == null) {
            return false;
        }
        Timeout t = p.timeout;
        if (t != null) {
            t.cancel();
        }
        p.future.complete(value);
        return true;
    }

    public boolean fail(String key, Throwable error) {
        Pending<T> p = pending.remove(key);
        if (p == null) {
            return false;
        }
        Timeout t = p.timeout;
        if (t != null) {
            t.cancel();
        }
        p.future.completeExceptionally(error);
        return true;
    }

    /**
     * Fails every waiting request (the socket dropped under them). A {@link CallControlException} from the supplier
     * gets each request's own delivery: {@link Delivery#NOT_SENT} for one never written, else
     * {@link Delivery#UNKNOWN} -- so a route can tell a request that never left from one the PBX may have acted on.
     */
    public void failAll(Supplier<? extends Throwable> error) {
        for (Map.Entry<String, Pending<T>> e : pending.entrySet()) {
            Pending<T> p = e.getValue();
            Throwable t = error.get();
            if (t instanceof CallControlException c && c.getDelivery() != Delivery.REJECTED) {
                c.withDelivery(p.delivery);
            }
            fail(e.getKey(), t);
        }
    }

    /** Fails every waiting request with the error made for its own delivery (NOT_SENT or UNKNOWN). */
    public void failAll(java.util.function.Function<Delivery, ? extends Throwable> error) {
        for (Map.Entry<String, Pending<T>> e : pending.entrySet()) {
            fail(e.getKey(), error.apply(e.getValue().delivery));
        }
    }

    /**
     * Fails the requests that may have reached the socket ({@link Delivery#UNKNOWN}) -- the ones a drop leaves
     * without an answer; requests not written yet ({@link Delivery#NOT_SENT}) keep waiting (e.g. for the next
     * session), within their own timeout.
     */
    public void failWritten(java.util.function.Function<Delivery, ? extends Throwable> error) {
        for (Map.Entry<String, Pending<T>> e : pending.entrySet()) {
            if (e.getValue().delivery != Delivery.NOT_SENT) {
                fail(e.getKey(), error.apply(e.getValue().delivery));
            }
        }
    }

    public int size() {
        return pending.size();
    }
}
