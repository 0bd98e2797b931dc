package io.callcontrol.core.camel;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes the events of a consumer <b>in arrival order per call</b>, whatever thread delivers them and however slow
 * or asynchronous the route is: one serial lane per key (the call id) on a shared executor. The next event of a
 * call starts only when the route finished the one before it (its async completion, not the return of
 * {@code process}); events of different calls run in parallel on the executor's threads.
 * <p>
 * <b>Back-pressure</b>: at most {@code maxPending} events are queued or running across all lanes. {@link #submit}
 * then makes the delivering thread wait for room (a WebSocket's reading thread stops reading, so the PBX's TCP
 * window fills and it slows down: nothing is lost, memory stays bounded); if no room comes for 5 s (the routes do
 * not drain, e.g. a route waits for a reply read by the very thread that waits here) it queues beyond the bound with
 * a WARN rather than deadlock. {@link #trySubmit} instead refuses (a webhook answers 503 and the PBX redelivers).
 * <p>
 * Why per-call lanes rather than one queue per connection: a slow route for one call (a CRM lookup that times out)
 * does not hold up the events of every other call, yet each call's story is routed in order. Order across calls
 * is not kept (it is not meaningful: events of different calls are independent).
 */
public final class OrderedDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(OrderedDispatcher.class);

    /** Key of the events that belong to no call (connection and gap exchanges): one lane of their own. */
    public static final String NO_CALL = "";

    private static final class Task {
        final Supplier<CompletableFuture<Void>> work;
        final CompletableFuture<Void> done = new CompletableFuture<>();

        Task(Supplier<CompletableFuture<Void>> work) {
            this.work = work;
        }
    }

    /** How long {@link #submit} waits for room before it queues beyond the bound (no deadlock). */
    static final long MAX_WAIT_NANOS = TimeUnit.SECONDS.toNanos(5);

    private final String name;
    private long lastOverflowWarn;
    private final Executor executor;
    private final int maxPending;
    private final Object lock = new Object();
    private final Map<String, ArrayDeque<Task>> lanes = new HashMap<>();
    private int pending;
    private int highWater;
    private volatile boolean stopped;

    /**
     * @param name       for logs
     * @param executor   runs the routes (a Camel thread pool of the consumer; never a Vert.x event loop)
     * @param maxPending events queued or running at most, across all calls
     */
    public OrderedDispatcher(String name, Executor executor, int maxPending) {
        this.name = name;
        this.executor = executor;
        this.maxPending = Math.max(1, maxPending);
    }

    /**
     * Queues an event of call {@code key} (null: {@link #NO_CALL}); waits while {@code maxPending} events are
     * pending. The future completes when the route processed it (exceptionally with the route's failure, or with
     * {@link RejectedExecutionException} when the dispatcher is stopped).
     */
    public CompletableFuture<Void> submit(String key, Supplier<CompletableFuture<Void>> work) {
        Task task = new Task(work);
        long deadline = System.nanoTime() + MAX_WAIT_NANOS;
        synchronized (lock) {
            while (pending >= maxPending && !stopped) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    // the routes do not drain (a route waiting for the very thread that waits here, e.g. a reply on
                    // the same socket): queue beyond the bound rather than deadlock
                    long now = System.currentTimeMillis();
                    if (now - lastOverflowWarn > 60_000) {
                        lastOverflowWarn = now;
                        LOG.warn("{}: {} events pending for {} ms, the routes do not drain; queueing beyond"
                                 + " maxPendingEvents ({}) so the receiving thread is not blocked for good", name,
                                pending, TimeUnit.NANOSECONDS.toMillis(MAX_WAIT_NANOS), maxPending);
                    }
                    break;
                }
                try {
                    lock.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    task.done.completeExceptionally(e);
                    return task.done;
                }
            }
            enqueue(key, task);
        }
        return task.done;
    }

    /** Like {@link #submit} but never waits: null when {@code maxPending} events are pending. */
    public CompletableFuture<Void> trySubmit(String key, Supplier<CompletableFuture<Void>> work) {
        Task task = new Task(work);
        synchronized (lock) {
            if (pending >= maxPending && !stopped) {
                return null;
            }
            enqueue(key, task);
        }
        return task.done;
    }

    /** Under the lock: false when stopped (the task is failed). */
    private boolean enqueue(String key, Task task) {
        if (stopped) {
            task.done.completeExceptionally(new RejectedExecutionException(name + " is stopped"));
            return false;
        }
        String k = key == null ? NO_CALL : key;
        pending++;
        highWater = Math.max(highWater, pending);
        ArrayDeque<Task> lane = lanes.get(k);
        if (lane != null) {
            lane.addLast(task); // the lane's running task starts it when done
            return true;
        }
        lane = new ArrayDeque<>();
        lane.addLast(task);
        lanes.put(k, lane);
        start(k, task);
        return true;
    }

    private void start(String key, Task task) {
        try {
            executor.execute(() -> run(key, task));
        } catch (RejectedExecutionException e) {
            // the executor is shutting down: fail this task and the rest of its lane
            synchronized (lock) {
                ArrayDeque<Task> lane = lanes.remove(key);
                if (lane != null) {
                    pending -= lane.size();
                    lane.forEach(t -> t.done.completeExceptionally(e));
                }
                lock.notifyAll();
            }
        }
    }

    private void run(String key, Task task) {
        CompletableFuture<Void> f;
        try {
            f = task.work.get();
        } catch (RuntimeException e) {
            f = CompletableFuture.failedFuture(e);
        }
        if (f == null) {
            f = CompletableFuture.completedFuture(null);
        }
        f.whenComplete((v, error) -> {
            Task next;
            synchronized (lock) {
                pending--;
                ArrayDeque<Task> lane = lanes.get(key);
                lane.pollFirst(); // this task
                next = lane.peekFirst();
                if (next == null) {
                    lanes.remove(key);
                }
                lock.notifyAll();
            }
            if (error != null) {
                task.done.completeExceptionally(error);
            } else {
                task.done.complete(null);
            }
            if (next != null) {
                start(key, next);
            }
        });
    }

    /** Events queued or running now. */
    public int pending() {
        synchronized (lock) {
            return pending;
        }
    }

    /** The most events that were pending at once (for tests: memory stays bounded). */
    public int highWater() {
        synchronized (lock) {
            return highWater;
        }
    }

    public int maxPending() {
        return maxPending;
    }

    /**
     * Stops accepting events and waits up to {@code timeoutMillis} for the pending ones to finish; those still
     * queued after that are failed.
     */
    public void stop(long timeoutMillis) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        synchronized (lock) {
            stopped = true;
            lock.notifyAll();
            while (pending > 0) {
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0) {
                    break;
                }
                try {
                    lock.wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            if (pending > 0) {
                LOG.warn("{}: stopped with {} event(s) not routed", name, pending);
                for (ArrayDeque<Task> lane : lanes.values()) {
                    // the running head completes on its own; the queued ones are failed
                    Task head = lane.pollFirst();
                    lane.forEach(t -> t.done.completeExceptionally(new RejectedExecutionException(name + " stopped")));
                    pending -= lane.size();
                    lane.clear();
                    if (head != null) {
                        lane.addLast(head);
                    }
                }
            }
        }
    }
}
