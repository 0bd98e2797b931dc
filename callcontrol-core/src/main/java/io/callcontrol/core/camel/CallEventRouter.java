package io.callcontrol.core.camel;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import io.callcontrol.core.event.CallEvent;
import io.callcontrol.core.event.CallEventHeaders;
import io.callcontrol.core.event.CallTracker;
import io.callcontrol.core.event.StaleEvents;
import org.apache.camel.Exchange;
import org.apache.camel.spi.ThreadPoolProfile;
import org.apache.camel.support.DefaultConsumer;
import org.apache.camel.util.concurrent.ThreadPoolRejectedPolicy;

/**
 * The event path every streaming and polling consumer of the suite routes its normalized events through: the
 * per-call {@link CallTracker} (forward-only state, de-duplication, sequence numbers, outcome and durations on the
 * final event, vanished calls ended) decides on the receiving thread, in arrival order; the
 * {@link OrderedDispatcher} then routes what is to be routed in that order per call, on a Camel thread pool of the
 * consumer (never the receiving event loop), with back-pressure.
 */
public final class CallEventRouter {

    /**
     * The endpoint options of the event path.
     *
     * @param tracking   whether events go through the tracker (off: routed as received, in order, unchanged)
     * @param tracker    the tracker's settings
     * @param maxPending events queued or being routed at most (back-pressure beyond)
     * @param threads    threads routing the events of different calls in parallel
     */
    public record Options(boolean tracking, CallTracker.Settings tracker, int maxPending, int threads) {

        public static final int DEFAULT_MAX_PENDING = 10_000;
        public static final int DEFAULT_THREADS = 10;

        public Options {
            tracker = tracker == null ? CallTracker.Settings.defaults() : tracker;
            maxPending = maxPending <= 0 ? DEFAULT_MAX_PENDING : maxPending;
            threads = threads <= 0 ? DEFAULT_THREADS : threads;
        }

        public static Options defaults() {
            return new Options(true, CallTracker.Settings.defaults(), DEFAULT_MAX_PENDING, DEFAULT_THREADS);
        }

        /** From the endpoint options every event consumer has (milliseconds; 0 or negative: default/off). */
        public static Options of(boolean tracking, StaleEvents staleEvents, long retentionMillis, int maxCalls,
                long idleTimeoutMillis, int maxPending) {
            return new Options(tracking, new CallTracker.Settings(staleEvents,
                    retentionMillis < 0 ? null : Duration.ofMillis(retentionMillis), maxCalls,
                    Duration.ofMillis(Math.max(0, idleTimeoutMillis))), maxPending, DEFAULT_THREADS);
        }
    }

    private final DefaultConsumer consumer;
    private final CallTracker tracker;
    private final OrderedDispatcher dispatcher;
    private final ExecutorService executor;
    private java.util.concurrent.ScheduledExecutorService sweeper;

    private CallEventRouter(DefaultConsumer consumer, CallTracker tracker, OrderedDispatcher dispatcher,
            ExecutorService executor) {
        this.consumer = consumer;
        this.tracker = tracker;
        this.dispatcher = dispatcher;
        this.executor = executor;
    }

    /** Creates the event path of a consumer (call in {@code doStart}); {@link #stop()} it in {@code doStop}. */
    public static CallEventRouter start(DefaultConsumer consumer, String vendor, Options options) {
        Options o = options == null ? Options.defaults() : options;
        io.callcontrol.core.metrics.CallControlMetrics.bind(consumer.getEndpoint().getCamelContext());
        ThreadPoolProfile profile = new ThreadPoolProfile(vendor + "-events");
        profile.setPoolSize(o.threads());
        profile.setMaxPoolSize(o.threads());
        profile.setMaxQueueSize(Integer.MAX_VALUE); // the dispatcher bounds what is pending; lanes are started at most once each
        profile.setRejectedPolicy(ThreadPoolRejectedPolicy.Abort);
        ExecutorService executor = consumer.getEndpoint().getCamelContext().getExecutorServiceManager()
                .newThreadPool(consumer, vendor + "-events", profile);
        CallTracker tracker = o.tracking() ? new CallTracker(vendor, o.tracker()) : null;
        CallEventRouter router = new CallEventRouter(consumer, tracker,
                new OrderedDispatcher(vendor + " events", executor, o.maxPending()), executor);
        long idle = o.tracker().idleTimeout().toMillis();
        if (tracker != null && idle > 0) {
            // callIdleTimeout: calls without any event for that long are ended (outcome UNKNOWN, reason disappeared)
            long every = Math.max(100, Math.min(idle / 4, 60_000));
            router.sweeper = consumer.getEndpoint().getCamelContext().getExecutorServiceManager()
                    .newSingleThreadScheduledExecutor(consumer, vendor + "-idle-calls");
            router.sweeper.scheduleWithFixedDelay(() -> {
                try {
                    router.endIdle(null);
                } catch (RuntimeException e) {
                    consumer.getExceptionHandler().handleException("Ending idle calls failed", e);
                }
            }, every, every, java.util.concurrent.TimeUnit.MILLISECONDS);
        }
        return router;
    }

    /** The tracker, or null when tracking is off. */
    public CallTracker tracker() {
        return tracker;
    }

    public OrderedDispatcher dispatcher() {
        return dispatcher;
    }

    /**
     * Decides about an event received now and routes it in order. {@code populate} sets the body and the vendor's
     * own headers; the normalized {@link CallEventHeaders} of the routed event are set after it.
     *
     * @param wait             true: wait for room when {@code maxPending} events are pending (a socket's reading
     *                         thread); false: return null instead (a webhook answers 503)
     * @param releaseOnFailure true: a failed route lets the tracker forget the event, so a redelivery is routed
     * @return completes when the route processed the event (at once when it is not routed); null when refused
     */
    public CompletableFuture<Void> route(CallEvent event, BiConsumer<Exchange, CallEvent> populate, boolean wait,
            boolean releaseOnFailure) {
        return route(event, event.callId(), populate, wait, releaseOnFailure);
    }

    /**
     * {@link #route(CallEvent, BiConsumer, boolean, boolean)} with the state tracked under {@code key} (a leg of
     * the call); the order is kept per call id.
     */
    public CompletableFuture<Void> route(CallEvent event, String key, BiConsumer<Exchange, CallEvent> populate,
            boolean wait, boolean releaseOnFailure) {
        CallEvent routed;
        if (tracker != null) {
            CallTracker.Decision d = tracker.track(event, key);
            if (!d.routed()) {
                // stale or duplicate: counted (callcontrol.events.dropped, reason = the verdict)
                io.callcontrol.core.metrics.CallControlMetrics.dropped(consumer.getEndpoint().getCamelContext(),
                        event.vendor(), d.verdict().name().toLowerCase(java.util.Locale.ROOT));
                return CompletableFuture.completedFuture(null);
            }
            routed = d.event();
        } else {
            routed = event.receivedAt() != null ? event : event.toBuilder().receivedAt(Instant.now()).build();
        }
        CallEvent r = routed;
        // one lane per call (the legs of a call included): the call's events in arrival order
        CompletableFuture<Void> f = submit(r.callId() != null ? r.callId() : key, () -> ConsumerDispatch.process(consumer, exchange -> {
            populate.accept(exchange, r);
            CallEventHeaders.apply(exchange.getMessage(), r);
        }), wait);
        if (f == null) {
            if (tracker != null) {
                tracker.release(event, key);
            }
            return null;
        }
        if (releaseOnFailure && tracker != null) {
            f = f.whenComplete((v, error) -> {
                if (error != null) {
                    tracker.release(event, key);
                }
            });
        }
        return f;
    }

    /** Routes a message that is not a call event (connection state, gap) in order among the others of its key. */
    public CompletableFuture<Void> routeOther(String key, Consumer<Exchange> populate, boolean wait) {
        return submit(key, () -> ConsumerDispatch.process(consumer, populate), wait);
    }

    /** Routes the tracker's synthesized final events (vanished calls): body the {@link CallEvent}. */
    public void routeSynthesized(List<CallEvent> events, BiConsumer<Exchange, CallEvent> populate) {
        for (CallEvent e : events) {
            submit(e.callId(), () -> ConsumerDispatch.process(consumer, exchange -> {
                exchange.getMessage().setBody(e);
                if (populate != null) {
                    populate.accept(exchange, e);
                }
                CallEventHeaders.apply(exchange.getMessage(), e);
            }), true);
        }
    }

    /** Ends the tracked calls not in {@code present} (a complete list of the vendor's calls) and routes their ends. */
    public void reconcile(java.util.Collection<String> present, BiConsumer<Exchange, CallEvent> populate) {
        if (tracker != null) {
            routeSynthesized(tracker.reconcile(present), populate);
        }
    }

    /** Ends the calls idle beyond the idle timeout and routes their ends (call periodically). */
    public void endIdle(BiConsumer<Exchange, CallEvent> populate) {
        if (tracker != null) {
            routeSynthesized(tracker.endIdle(), populate);
        }
    }

    private CompletableFuture<Void> submit(String key, java.util.function.Supplier<CompletableFuture<Void>> work,
            boolean wait) {
        return wait ? dispatcher.submit(key, work) : dispatcher.trySubmit(key, work);
    }

    /** Stops: waits a little for pending events, then shuts the thread pool down. */
    public void stop() {
        if (sweeper != null) {
            consumer.getEndpoint().getCamelContext().getExecutorServiceManager().shutdownNow(sweeper);
            sweeper = null;
        }
        dispatcher.stop(5000);
        consumer.getEndpoint().getCamelContext().getExecutorServiceManager().shutdownGraceful(executor);
        if (tracker != null) {
            tracker.clear();
        }
    }
}
