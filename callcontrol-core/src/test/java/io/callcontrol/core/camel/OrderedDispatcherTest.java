package io.callcontrol.core.camel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OrderedDispatcherTest {

    /** Async completions on other threads, several senders: each key sees its events in submit order. */
    @Test
    void perKeyOrderWithAsyncCompletionsAndBoundedPending() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        ScheduledExecutorService later = Executors.newScheduledThreadPool(2);
        try {
            OrderedDispatcher d = new OrderedDispatcher("test", pool, 50);
            Map<String, List<Integer>> seen = new ConcurrentHashMap<>();
            AtomicInteger outOfOrder = new AtomicInteger();
            List<CompletableFuture<Void>> all = new ArrayList<>();
            int n = 20_000;
            for (int i = 0; i < n; i++) {
                String key = "call" + (i % 7);
                int no = i;
                all.add(d.submit(key, () -> {
                    List<Integer> l = seen.computeIfAbsent(key, k -> new ArrayList<>());
                    synchronized (l) {
                        if (!l.isEmpty() && l.get(l.size() - 1) > no) {
                            outOfOrder.incrementAndGet();
                        }
                        l.add(no);
                    }
                    CompletableFuture<Void> f = new CompletableFuture<>();
                    if (no % 3 == 0) {
                        later.schedule(() -> f.complete(null), 50, TimeUnit.MICROSECONDS);
                    } else {
                        f.complete(null);
                    }
                    return f;
                }));
            }
            CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
            assertEquals(0, outOfOrder.get());
            assertEquals(n, seen.values().stream().mapToInt(List::size).sum());
            assertTrue(d.highWater() <= 50, "pending bounded: " + d.highWater());
            assertEquals(0, d.pending());
        } finally {
            pool.shutdownNow();
            later.shutdownNow();
        }
    }

    @Test
    void trySubmitRefusesWhenFullAndAFailureDoesNotStopTheLane() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            OrderedDispatcher d = new OrderedDispatcher("test", pool, 1);
            CompletableFuture<Void> gate = new CompletableFuture<>();
            CompletableFuture<Void> first = d.trySubmit("a", () -> gate);
            assertNull(d.trySubmit("a", () -> CompletableFuture.completedFuture(null)));
            gate.completeExceptionally(new IllegalStateException("route failed"));
            assertTrue(first.handle((v, e) -> e).get(5, TimeUnit.SECONDS) instanceof IllegalStateException);
            d.submit("a", () -> CompletableFuture.completedFuture(null)).get(5, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
    }

    /** A route that never drains (it waits for the thread that delivers): submit waits a bounded time, no deadlock. */
    @Test
    void submitDoesNotWaitForeverWhenTheRoutesDoNotDrain() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            OrderedDispatcher d = new OrderedDispatcher("test", pool, 1);
            CompletableFuture<Void> stuck = new CompletableFuture<>();
            d.submit("a", () -> stuck);
            long t0 = System.nanoTime();
            CompletableFuture<Void> next = d.submit("b", () -> CompletableFuture.completedFuture(null));
            long waitedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
            assertTrue(waitedMs >= 4000, "waited for room first: " + waitedMs);
            next.get(10, TimeUnit.SECONDS); // then queued beyond the bound and routed
            stuck.complete(null);
        } finally {
            pool.shutdownNow();
        }
    }
}
