package io.callcontrol.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The soak row: the PortaSIP WebSocket producer (a closed loop of requests in flight on its socket) and the PortaSIP
 * notifications consumer (frames pushed as fast as the route takes them), together in one JVM for a bounded time,
 * with the heap measured after a full GC at the start (after warm-up), at intervals, and at the end. Writes
 * {@code soak.json}.
 * <p>
 * Usage: {@code Soak <seconds> <out.json>} (run with a bounded heap, e.g. {@code -Xmx512m}).
 */
public final class Soak {

    private Soak() {
    }

    public static void main(String[] args) throws Exception {
        long seconds = Long.parseLong(args.length > 0 ? args[0] : "600");
        Path out = Path.of(args.length > 1 ? args[1] : "soak.json");
        int inFlight = 256;

        WsInFlightBenchmark ws = new WsInFlightBenchmark();
        ws.inFlight = inFlight;
        ws.setup();
        NotificationFanoutBenchmark feed = new NotificationFanoutBenchmark();
        feed.consumers = 1;
        feed.setup();

        LoopCounters counters = new LoopCounters();
        LoopCounters.Latency latency = new LoopCounters.Latency();
        NotificationFanoutBenchmark.Deliveries deliveries = new NotificationFanoutBenchmark.Deliveries();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        long warmupNanos = Math.min(30, Math.max(5, seconds / 10)) * 1_000_000_000L;
        long start = System.nanoTime();
        long end = start + warmupNanos + seconds * 1_000_000_000L;
        Thread producer = new Thread(() -> {
            try {
                while (System.nanoTime() < end && failure.get() == null) {
                    ws.async(counters, latency);
                }
            } catch (Throwable t) {
                failure.compareAndSet(null, t);
            }
        }, "soak-producer");
        Thread consumer = new Thread(() -> {
            try {
                while (System.nanoTime() < end && failure.get() == null) {
                    feed.fanout(deliveries);
                }
            } catch (Throwable t) {
                failure.compareAndSet(null, t);
            }
        }, "soak-consumer");
        // the simulator records every frame it receives (a test aid, not the suite): empty it all the time, so
        // that what the heap shows is the suite's
        Thread trimmer = new Thread(() -> {
            while (System.nanoTime() < end + 5_000_000_000L) {
                ws.iteration();
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "soak-trim");
        trimmer.setDaemon(true);
        producer.start();
        consumer.start();
        trimmer.start();

        Thread.sleep(warmupNanos / 1_000_000);
        ws.iteration();
        long measureStart = System.nanoTime();
        long requests0 = counters.requests;
        long events0 = deliveries.deliveries;
        List<Map<String, Object>> samples = new ArrayList<>();
        double heapStart = heapAfterGc();
        samples.add(Map.of("t", 0, "heapMiB", heapStart));
        long step = Math.max(1, seconds / 20) * 1000;
        while (System.nanoTime() < end - step * 1_000_000L && failure.get() == null) {
            Thread.sleep(step);
            samples.add(Map.of("t", (System.nanoTime() - measureStart) / 1e9, "heapMiB", heapAfterGc()));
        }
        producer.join();
        consumer.join();
        if (failure.get() != null) {
            throw new IllegalStateException("soak failed", failure.get());
        }
        ws.iteration();
        double heapEnd = heapAfterGc();
        samples.add(Map.of("t", (System.nanoTime() - measureStart) / 1e9, "heapMiB", heapEnd));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("seconds", seconds);
        json.put("inFlight", inFlight);
        json.put("heapStartMiB", heapStart);
        json.put("heapEndMiB", heapEnd);
        json.put("requests", counters.requests - requests0);
        json.put("events", deliveries.deliveries - events0);
        json.put("maxHeapMiB", Runtime.getRuntime().maxMemory() / (1024.0 * 1024));
        json.put("samples", samples);
        ws.tearDown();
        feed.tearDown();
        Files.writeString(out, new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(json));
        System.out.printf("soak: heap after GC %.1f MiB at start, %.1f MiB at end; %d requests, %d events%n",
                heapStart, heapEnd, counters.requests - requests0, deliveries.deliveries - events0);
        System.exit(0);
    }

    /**
     * The heap live after a full GC, as the collector itself reports it (each heap pool's usage right after the
     * last collection): reading the heap a moment after {@code System.gc()} would count what the running threads
     * allocated since.
     */
    static double heapAfterGc() {
        double best = Double.MAX_VALUE;
        for (int i = 0; i < 2; i++) {
            System.gc();
            long used = 0;
            for (java.lang.management.MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == java.lang.management.MemoryType.HEAP && pool.getCollectionUsage() != null) {
                    used += pool.getCollectionUsage().getUsed();
                }
            }
            best = Math.min(best, used / (1024.0 * 1024));
        }
        return best;
    }
}
