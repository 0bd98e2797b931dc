package io.callcontrol.camel.sipnative.api;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Bounds the incoming out-of-dialog requests (INVITE, MESSAGE) handed to the routes and not yet answered: the
 * work the agent queues for its routes never grows beyond {@link SipLimits#maxPendingRequests()}.
 */
final class InboundLimiter {

    private final int max;
    private final AtomicInteger pending = new AtomicInteger();
    private final AtomicLong refused = new AtomicLong();

    InboundLimiter(SipLimits limits) {
        this.max = Math.max(1, limits.maxPendingRequests());
    }

    /** Takes a slot for one request; false (and counted as refused) when all are taken. */
    boolean tryAcquire() {
        while (true) {
            int n = pending.get();
            if (n >= max) {
                refused.incrementAndGet();
                return false;
            }
            if (pending.compareAndSet(n, n + 1)) {
                return true;
            }
        }
    }

    /** Counts a request refused for another reason (a congested stack). */
    void countRefused() {
        refused.incrementAndGet();
    }

    void release() {
        pending.updateAndGet(n -> n > 0 ? n - 1 : 0);
    }

    /** After a stack restart: the requests of the old stack can no longer be answered. */
    void reset() {
        pending.set(0);
    }

    int pending() {
        return pending.get();
    }

    long refused() {
        return refused.get();
    }
}
