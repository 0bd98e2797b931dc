package io.callcontrol.camel.callcontrol;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;

import io.callcontrol.core.error.CallControlValidationException;
import io.callcontrol.core.event.CallEvent;
import io.callcontrol.core.event.CallEventHeaders;
import org.apache.camel.AsyncProducer;
import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.DefaultComponent;
import org.apache.camel.support.service.ServiceHelper;

/**
 * One call-control vocabulary over the six vendor components: each {@code callcontrol:} operation is mapped to
 * the vendor operation of the PBX endpoint the exchange names ({@code pbx}), sent through that endpoint's own
 * producer. Holds, per PBX, the vendor producer, the originate throttle and the outcome trackers.
 */
@Component(CallControlConstants.SCHEME)
public class CallControlComponent extends DefaultComponent {

    @Metadata(description = "Component-level configuration shared by every endpoint (each endpoint gets a copy).")
    private CallControlConfiguration configuration = new CallControlConfiguration();

    private final Map<Endpoint, AsyncProducer> producers = new ConcurrentHashMap<>();
    private final Map<Endpoint, OriginateThrottle> throttles = new ConcurrentHashMap<>();
    private final Map<Endpoint, Feed> feeds = new ConcurrentHashMap<>();
    /** pbx values already resolved (bean names and URIs name the same endpoint for the context's life). */
    private final Map<String, Endpoint> resolved = new ConcurrentHashMap<>();
    private volatile ScheduledExecutorService scheduler;

    /** One shared consumer of a vendor event endpoint, feeding an outcome tracker. */
    record Feed(Consumer consumer, OutcomeTracker tracker) {
    }

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        CallControlConfiguration conf = configuration != null ? configuration.copy() : new CallControlConfiguration();
        CallControlEndpoint endpoint = new CallControlEndpoint(uri, this, conf);
        if (remaining != null && !remaining.isBlank()) {
            try {
                conf.setOperation(CallControlOperation.valueOf(remaining));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Unknown callcontrol operation '" + remaining + "'; use one of "
                        + Arrays.toString(CallControlOperation.values()), e);
            }
        }
        setProperties(endpoint, parameters);
        return endpoint;
    }

    public CallControlConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(CallControlConfiguration configuration) {
        this.configuration = configuration;
    }

    // ---- PBX resolution -------------------------------------------------------------------------------------

    /**
     * The vendor endpoint a pbx value names: an Endpoint, a registry bean (by name, with or without #) holding an
     * Endpoint or an endpoint URI, or an endpoint URI. CallControlValidationException naming {@code parameter}
     * when it names nothing usable.
     */
    Endpoint resolvePbx(Object value, String parameter) {
        if (value == null || value.toString().isBlank()) {
            throw new CallControlValidationException(CallControlConstants.SCHEME, List.of(parameter),
                    "Invalid callcontrol request: missing required parameter " + parameter
                            + " (the vendor endpoint of the PBX, e.g. pbx=#portsipMain)");
        }
        Endpoint endpoint = null;
        String key = null;
        if (value instanceof Endpoint e) {
            endpoint = e;
        } else if ((endpoint = resolved.get(key = value.toString())) != null) {
            return endpoint;
        } else {
            String s = value.toString().trim();
            String name = s.startsWith("#bean:") ? s.substring(6) : s.startsWith("#") ? s.substring(1) : s;
            Object bean = getCamelContext().getRegistry().lookupByName(name);
            if (bean instanceof Endpoint e) {
                endpoint = e;
            } else if (bean instanceof String uri) {
                endpoint = getCamelContext().getEndpoint(uri);
            } else if (bean == null && !s.startsWith("#") && s.contains(":")) {
                endpoint = getCamelContext().getEndpoint(s);
            }
            if (endpoint == null) {
                throw new CallControlValidationException(CallControlConstants.SCHEME, List.of(parameter),
                        "Invalid callcontrol request: " + parameter + " '" + s + "' names no vendor endpoint (a"
                                + " registry bean holding an Endpoint or its URI, or an endpoint URI)");
            }
        }
        if (VendorMappings.of(endpoint) == null) {
            throw new CallControlValidationException(CallControlConstants.SCHEME, List.of(parameter),
                    "Invalid callcontrol request: " + parameter + " " + endpoint.getEndpointUri()
                            + " is not an endpoint of a call-control vendor component (portsip, portasip, uc-dialogs,"
                            + " broadworks, sipx, sip-native)");
        }
        if (key != null) {
            resolved.putIfAbsent(key, endpoint); // the registry lookup and URI normalization happen once per value
        }
        return endpoint;
    }

    /** The started producer of a vendor endpoint the callcontrol endpoints send through (one per endpoint, shared). */
    public AsyncProducer producer(Endpoint endpoint) {
        return producers.computeIfAbsent(endpoint, e -> {
            try {
                AsyncProducer p = e.createAsyncProducer();
                ServiceHelper.startService(p);
                return p;
            } catch (Exception ex) {
                throw new IllegalStateException("Cannot start the producer of " + e.getEndpointUri(), ex);
            }
        });
    }

    /** The originate throttle of a PBX; the first configuration that reaches it sets its limits. */
    OriginateThrottle throttle(Endpoint pbx, CallControlConfiguration conf) {
        return throttles.computeIfAbsent(pbx, e -> new OriginateThrottle(conf.getMaxConcurrentOriginates(),
                conf.getOriginateRate(), conf.getMaxQueuedOriginates(), scheduler()));
    }

    /** The throttle of a PBX, if an originate reached it (tests, metrics). */
    public OriginateThrottle throttleOf(Endpoint pbx) {
        return throttles.get(pbx);
    }

    /** The outcome tracker of a vendor event endpoint, whose shared consumer starts on first use. */
    synchronized OutcomeTracker tracker(Endpoint events) {
        Feed feed = feeds.get(events);
        if (feed == null) {
            VendorMappings.Vendor vendor = VendorMappings.of(events);
            OutcomeTracker tracker = new OutcomeTracker(vendor);
            try {
                Consumer consumer = events.createConsumer(exchange -> {
                    CallEvent e = exchange.getMessage().getHeader(CallEventHeaders.EVENT, CallEvent.class);
                    if (e != null) {
                        tracker.onEvent(e);
                    }
                });
                ServiceHelper.startService(consumer);
                feed = new Feed(consumer, tracker);
                feeds.put(events, feed);
            } catch (Exception ex) {
                throw new IllegalStateException("Cannot start the event consumer of " + events.getEndpointUri(), ex);
            }
        }
        return feed.tracker();
    }

    // ---- read-only views for the dev console (CallControlComponentDevConsole) -------------------------------

    /** The PBX (vendor) endpoints whose producer the callcontrol endpoints have started. */
    java.util.Set<Endpoint> pbxsInUse() {
        return java.util.Collections.unmodifiableSet(producers.keySet());
    }

    /** The originate throttles, by PBX endpoint. */
    Map<Endpoint, OriginateThrottle> throttles() {
        return java.util.Collections.unmodifiableMap(throttles);
    }

    /** The shared event consumers feeding the awaitOutcome correlations, by vendor event endpoint. */
    Map<Endpoint, Feed> feeds() {
        return java.util.Collections.unmodifiableMap(feeds);
    }

    ScheduledExecutorService scheduler() {
        ScheduledExecutorService s = scheduler;
        if (s == null) {
            synchronized (this) {
                s = scheduler;
                if (s == null) {
                    s = getCamelContext().getExecutorServiceManager().newScheduledThreadPool(this, "CallControl", 2);
                    scheduler = s;
                }
            }
        }
        return s;
    }

    @Override
    protected void doStop() throws Exception {
        for (Feed f : feeds.values()) {
            ServiceHelper.stopAndShutdownService(f.consumer());
        }
        feeds.clear();
        for (AsyncProducer p : producers.values()) {
            ServiceHelper.stopAndShutdownService(p);
        }
        producers.clear();
        throttles.clear();
        resolved.clear();
        if (scheduler != null) {
            getCamelContext().getExecutorServiceManager().shutdownNow(scheduler);
            scheduler = null;
        }
        super.doStop();
    }
}
