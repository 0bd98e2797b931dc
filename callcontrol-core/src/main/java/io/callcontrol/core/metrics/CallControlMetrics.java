package io.callcontrol.core.metrics;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.camel.AsyncCallback;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;

/**
 * The suite's metrics, in one place: every component reports through these static one-line hooks, and they land
 * <ul>
 * <li>in {@link VendorStats} (always; what the dev consoles show), and</li>
 * <li>in Micrometer, when {@code micrometer-core} is on the class path (an optional dependency): in the
 * {@code MeterRegistry} bound in the Camel registry of the context the hook names (camel-micrometer, Spring Boot
 * actuator), in any registry given to {@link #bindTo(Object)}, and else in Micrometer's global registry.</li>
 * </ul>
 * Meters (tag {@code vendor} = component scheme):
 * <pre>
 * callcontrol.requests         timer    operation, outcome (success | exception class)   count and latency per operation
 * callcontrol.events           counter  type                                            events delivered (its rate: events/s)
 * callcontrol.events.dropped   counter  reason                                          events dropped or stale
 * callcontrol.reconnects       counter                                                  connections re-established after a drop
 * callcontrol.gaps             counter                                                  gap notices (events possibly lost while down)
 * </pre>
 * Without Micrometer nothing but the in-process counters is touched; no hook throws.
 */
public final class CallControlMetrics {

    public static final String REQUESTS = "callcontrol.requests";
    public static final String EVENTS = "callcontrol.events";
    public static final String DROPPED = "callcontrol.events.dropped";
    public static final String RECONNECTS = "callcontrol.reconnects";
    public static final String GAPS = "callcontrol.gaps";
    public static final String SUCCESS = "success";

    private static final Map<String, VendorStats> STATS = new ConcurrentHashMap<>();
    private static final Set<CamelContext> SEEN = ConcurrentHashMap.newKeySet();
    private static final boolean MICROMETER = present();

    private CallControlMetrics() {
    }

    private static boolean present() {
        try {
            Class.forName("io.micrometer.core.instrument.MeterRegistry", false, CallControlMetrics.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** Whether Micrometer is on the class path (else only {@link #stats(String)} counts). */
    public static boolean micrometerPresent() {
        return MICROMETER;
    }

    /** The in-process counters of a vendor (component scheme). */
    public static VendorStats stats(String vendor) {
        return STATS.computeIfAbsent(vendor, VendorStats::new);
    }

    /** Also records into this {@code io.micrometer.core.instrument.MeterRegistry} (ignored without Micrometer). */
    public static void bindTo(Object meterRegistry) {
        if (MICROMETER && meterRegistry != null) {
            MicrometerSink.bind(meterRegistry);
        }
    }

    /** Forgets the registries bound so far (tests). */
    public static void unbindAll() {
        SEEN.clear();
        if (MICROMETER) {
            MicrometerSink.unbindAll();
        }
    }

    /**
     * Binds the MeterRegistry of this context's Camel registry now (consumers call it when they start, through
     * CallEventRouter): meters recorded without a context -- reconnects -- then land there even before the first
     * request or event of the context.
     */
    public static void bind(CamelContext context) {
        lookup(context);
    }

    private static void lookup(CamelContext context) {
        if (MICROMETER && context != null && SEEN.add(context)) {
            MicrometerSink.bindFrom(context);
        }
    }

    /**
     * Times an asynchronous producer call: returns the callback to hand on, which records the request (operation,
     * outcome, latency) when Camel calls it. One line at the start of {@code process(exchange, callback)}.
     */
    public static AsyncCallback timed(Exchange exchange, String vendor, Object operation, AsyncCallback callback) {
        long start = System.nanoTime();
        String op = String.valueOf(operation);
        CamelContext context = exchange.getContext();
        return doneSync -> {
            Exception e = exchange.getException();
            request(context, vendor, op, e == null ? SUCCESS : e.getClass().getSimpleName(), System.nanoTime() - start);
            callback.done(doneSync);
        };
    }

    /**
     * {@link #timed(Exchange, String, Object, AsyncCallback)} for a producer of this endpoint: the vendor is the
     * endpoint's scheme, the operation the header {@code operationHeader} if set, else the endpoint's path
     * ({@code portsip:initiate} -> {@code initiate}).
     */
    public static AsyncCallback timed(Exchange exchange, org.apache.camel.Endpoint endpoint, String operationHeader,
            AsyncCallback callback) {
        String uri = endpoint.getEndpointBaseUri();
        int colon = uri.indexOf(':');
        String vendor = colon < 0 ? uri : uri.substring(0, colon);
        Object op = exchange.getMessage().getHeader(operationHeader);
        if (op == null) {
            String path = colon < 0 ? "" : uri.substring(colon + 1);
            while (path.startsWith("/")) {
                path = path.substring(1);
            }
            op = path.isEmpty() ? "unknown" : path;
        }
        return timed(exchange, vendor, op, callback);
    }

    /** A finished request. */
    public static void request(CamelContext context, String vendor, String operation, String outcome, long nanos) {
        stats(vendor).request(operation, outcome, nanos);
        lookup(context);
        if (MICROMETER) {
            MicrometerSink.request(vendor, operation, outcome, nanos);
        }
    }

    /** An event delivered to a route. */
    public static void event(CamelContext context, String vendor, String eventType) {
        stats(vendor).event(eventType);
        lookup(context);
        if (MICROMETER) {
            MicrometerSink.count(EVENTS, vendor, "type", eventType == null ? "unknown" : eventType);
        }
    }

    /** An event dropped (duplicate, stale, filtered out, refused). */
    public static void dropped(CamelContext context, String vendor, String reason) {
        stats(vendor).dropped(reason);
        lookup(context);
        if (MICROMETER) {
            MicrometerSink.count(DROPPED, vendor, "reason", reason);
        }
    }

    /** A connection re-established after a drop. */
    public static void reconnect(String vendor) {
        stats(vendor).reconnect();
        if (MICROMETER) {
            MicrometerSink.count(RECONNECTS, vendor, null, null);
        }
    }

    /** A gap notice: events may have been lost while the connection was down. */
    public static void gap(CamelContext context, String vendor) {
        stats(vendor).gap();
        lookup(context);
        if (MICROMETER) {
            MicrometerSink.count(GAPS, vendor, null, null);
        }
    }
}
