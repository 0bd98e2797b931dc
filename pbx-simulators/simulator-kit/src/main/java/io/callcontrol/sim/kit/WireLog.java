package io.callcontrol.sim.kit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Thread-safe record of every request that reached a simulator, in arrival order. */
public final class WireLog {

    private final List<RecordedRequest> requests = new ArrayList<>();

    public synchronized void record(RecordedRequest request) {
        requests.add(request);
        notifyAll();
    }

    public synchronized List<RecordedRequest> all() {
        return List.copyOf(requests);
    }

    public synchronized void clear() {
        requests.clear();
    }

    public synchronized int size() {
        return requests.size();
    }

    /** The last recorded request, or an AssertionError when none was. */
    public synchronized RecordedRequest last() {
        if (requests.isEmpty()) {
            throw new AssertionError("no request reached the simulator");
        }
        return requests.get(requests.size() - 1);
    }

    /** Requests matching the predicate, in order. */
    public synchronized List<RecordedRequest> matching(Predicate<RecordedRequest> p) {
        return requests.stream().filter(p).toList();
    }

    /** Requests with this method whose path equals {@code path}. */
    public List<RecordedRequest> find(String method, String path) {
        return matching(r -> r.method().equalsIgnoreCase(method) && r.path().equals(path));
    }

    /** Waits until a request matching the predicate was recorded; AssertionError after the timeout. */
    public synchronized RecordedRequest await(Predicate<RecordedRequest> p, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            for (RecordedRequest r : requests) {
                if (p.test(r)) {
                    return r;
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("no matching request within " + timeout + "; seen: " + requests);
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }
}
