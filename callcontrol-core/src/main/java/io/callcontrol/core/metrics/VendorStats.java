package io.callcontrol.core.metrics;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/** In-process counters of one vendor: what the dev consoles show, with or without Micrometer. */
public final class VendorStats {

    private final String vendor;
    private final Map<String, LongAdder> requests = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> requestNanos = new ConcurrentHashMap<>();
    /** The two counters of {@link #requests} and {@link #requestNanos} by operation and outcome. */
    private final Map<String, Map<String, LongAdder[]>> requestCounters = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> events = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> dropped = new ConcurrentHashMap<>();
    private final LongAdder reconnects = new LongAdder();
    private final LongAdder gaps = new LongAdder();
    /** events per second over the last full second and the one under way */
    private final AtomicLong windowSecond = new AtomicLong();
    private final LongAdder windowCount = new LongAdder();
    private volatile long lastSecondCount;

    VendorStats(String vendor) {
        this.vendor = vendor;
    }

    public String vendor() {
        return vendor;
    }

    void request(String operation, String outcome, long nanos) {
        // by operation, then outcome: no key string built per request
        Map<String, LongAdder[]> byOutcome = requestCounters.get(operation);
        if (byOutcome == null) {
            byOutcome = requestCounters.computeIfAbsent(operation, k -> new ConcurrentHashMap<>());
        }
        LongAdder[] counters = byOutcome.get(outcome);
        if (counters == null) {
            counters = byOutcome.computeIfAbsent(outcome, k -> {
                String key = operation + "/" + k;
                return new LongAdder[] { requests.computeIfAbsent(key, x -> new LongAdder()),
                    requestNanos.computeIfAbsent(key, x -> new LongAdder()) };
            });
        }
        counters[0].increment();
        counters[1].add(nanos);
    }

    void event(String type) {
        events.computeIfAbsent(type == null ? "unknown" : type, k -> new LongAdder()).increment();
        long now = System.currentTimeMillis() / 1000;
        long w = windowSecond.get();
        if (now != w && windowSecond.compareAndSet(w, now)) {
            lastSecondCount = now == w + 1 ? windowCount.sumThenReset() : 0;
            if (now != w + 1) {
                windowCount.reset();
            }
        }
        windowCount.increment();
    }

    void dropped(String reason) {
        dropped.computeIfAbsent(reason, k -> new LongAdder()).increment();
    }

    void reconnect() {
        reconnects.increment();
    }

    void gap() {
        gaps.increment();
    }

    /** Requests by {@code operation/outcome}. */
    public Map<String, Long> requests() {
        return snapshot(requests);
    }

    /** Mean latency in milliseconds by {@code operation/outcome}. */
    public Map<String, Double> meanLatencyMillis() {
        Map<String, Double> out = new TreeMap<>();
        requests.forEach((k, n) -> {
            long count = n.sum();
            out.put(k, count == 0 ? 0 : requestNanos.get(k).sum() / 1e6 / count);
        });
        return out;
    }

    public Map<String, Long> events() {
        return snapshot(events);
    }

    public long eventCount() {
        return events.values().stream().mapToLong(LongAdder::sum).sum();
    }

    /** Events in the last full second (0 when none came in the second before this one). */
    public long eventsPerSecond() {
        long now = System.currentTimeMillis() / 1000;
        long w = windowSecond.get();
        return now == w ? lastSecondCount : now == w + 1 ? windowCount.sum() : 0;
    }

    public Map<String, Long> dropped() {
        return snapshot(dropped);
    }

    public long reconnects() {
        return reconnects.sum();
    }

    public long gaps() {
        return gaps.sum();
    }

    private static Map<String, Long> snapshot(Map<String, LongAdder> m) {
        Map<String, Long> out = new TreeMap<>();
        m.forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }
}
