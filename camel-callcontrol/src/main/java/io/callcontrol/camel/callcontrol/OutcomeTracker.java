package io.callcontrol.camel.callcontrol;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.callcontrol.core.event.CallEvent;

/**
 * Outcomes of originated calls from one vendor event stream, correlated by the key the vendor's answer gave
 * (call id, or PortaSIP's tracking id) -- never by caller/callee or timing. An outcome decided before anyone
 * waits for it (the event overtook the originate's answer) is kept, a bounded number of them, for the waiter.
 */
final class OutcomeTracker {

    private static final int MAX_EARLY = 20_000;

    private final VendorMappings.Vendor vendor;
    private final Map<String, CompletableFuture<CallOutcome>> pending = new HashMap<>();
    private final Map<String, CallOutcome> early = new LinkedHashMap<>(256, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, CallOutcome> eldest) {
            return size() > MAX_EARLY;
        }
    };

    OutcomeTracker(VendorMappings.Vendor vendor) {
        this.vendor = vendor;
    }

    /** Feeds one normalized event of the vendor. */
    void onEvent(CallEvent event) {
        if (!vendor.decisive.test(event)) {
            return;
        }
        String key = vendor.eventKey.apply(event);
        if (key == null) {
            return;
        }
        CallOutcome outcome = OutcomeClassifier.of(event);
        if (outcome == null) {
            return;
        }
        CompletableFuture<CallOutcome> f;
        synchronized (this) {
            f = pending.remove(key);
            if (f == null) {
                early.putIfAbsent(key, outcome);
                return;
            }
        }
        f.complete(outcome);
    }

    /** The outcome of the call with this key, or TIMEOUT after timeoutMillis. */
    CompletableFuture<CallOutcome> await(String key, long timeoutMillis, ScheduledExecutorService scheduler) {
        CompletableFuture<CallOutcome> f;
        synchronized (this) {
            CallOutcome known = early.remove(key);
            if (known != null) {
                return CompletableFuture.completedFuture(known);
            }
            f = pending.computeIfAbsent(key, k -> new CompletableFuture<>());
        }
        CompletableFuture<CallOutcome> result = f;
        scheduler.schedule(() -> {
            synchronized (this) {
                pending.remove(key, result);
            }
            result.complete(CallOutcome.TIMEOUT);
        }, timeoutMillis, TimeUnit.MILLISECONDS);
        return result;
    }

    synchronized int pendingCount() {
        return pending.size();
    }

    /** Outcomes decided before anyone awaited them, kept for the waiter. */
    synchronized int earlyCount() {
        return early.size();
    }

    String vendorName() {
        return vendor.name;
    }
}
