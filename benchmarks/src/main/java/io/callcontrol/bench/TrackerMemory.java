package io.callcontrol.bench;

import java.lang.ref.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.callcontrol.core.event.CallDirection;
import io.callcontrol.core.event.CallEvent;
import io.callcontrol.core.event.CallState;
import io.callcontrol.core.event.CallTracker;

/**
 * Memory per tracked call: for each N, a {@link CallTracker} (capacity N, one-hour retention) is given N connected
 * calls (one event each, as a vendor's consumer would after mapping: ids, parties, times), and the heap after a full
 * GC is compared with the heap before. Also the time to track them. Writes {@code tracker-memory.json}.
 * <p>
 * Usage: {@code TrackerMemory <n,n,...> <out.json>} (give the JVM room: 1M calls take a few hundred MiB).
 */
public final class TrackerMemory {

    private TrackerMemory() {
    }

    public static void main(String[] args) throws Exception {
        String[] sizes = (args.length > 0 ? args[0] : "1000,10000,100000,1000000").split(",");
        Path out = Path.of(args.length > 1 ? args[1] : "tracker-memory.json");
        List<Map<String, Object>> rows = new ArrayList<>();
        Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
        for (String s : sizes) {
            int n = Integer.parseInt(s.trim());
            double before = Soak.heapAfterGc();
            CallTracker tracker = new CallTracker("bench",
                    new CallTracker.Settings(null, Duration.ofHours(1), n, Duration.ZERO));
            long start = System.nanoTime();
            for (int i = 0; i < n; i++) {
                Instant at = t0.plusMillis(i);
                tracker.track(CallEvent.builder("bench").eventId("ev-" + i).eventType("connected")
                        .callId("call-" + i + "@10.0.0.1").state(CallState.CONNECTED).direction(CallDirection.INBOUND)
                        .caller("+3212345" + (i % 1000)).callee("1002").occurredAt(at).startedAt(at).connectedAt(at)
                        .build());
            }
            long nanos = System.nanoTime() - start;
            double after = Soak.heapAfterGc();
            if (tracker.size() != n) {
                throw new IllegalStateException("tracked " + tracker.size() + " of " + n);
            }
            Reference.reachabilityFence(tracker);
            double retained = (after - before) * 1024 * 1024;
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("calls", n);
            row.put("retainedBytes", retained);
            row.put("bytesPerCall", retained / n);
            row.put("trackNanosPerCall", (double) nanos / n);
            rows.add(row);
            System.out.printf("tracker: %,d calls, %.1f MiB retained, %.0f bytes/call, %.0f ns/track%n",
                    n, retained / (1024 * 1024), retained / n, (double) nanos / n);
            tracker = null;
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("rows", rows);
        json.put("note", "Each call holds one connected event (ids, parties, times) and its state; retained = heap after"
                         + " full GC with the tracker filled minus before. Small N are dominated by measurement noise.");
        Files.writeString(out, new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(json));
    }
}
