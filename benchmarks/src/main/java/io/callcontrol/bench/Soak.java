package io.callcontrol.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
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
        producer.start();
        consumer.start();

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
            ws.iteration(); // the simulator's wire log and the latency histogram are not what is measured
            samples.add(Map.of("t", (System.nanoTime() - measureStart) / 1e9, "heapMiB", heapAfterGc()));
        }
        producer.join();
        consumer.join();
        if (failure.get() != null) {
            throw new IllegalStateException("soak failed", failure.get());
        }
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

    static double heapAfterGc() throws InterruptedException {
        MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
        }
        return mem.getHeapMemoryUsage().getUsed() / (1024.0 * 1024);
    }
}
