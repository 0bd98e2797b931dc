package io.callcontrol.camel.callcontrol;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.callcontrol.core.metrics.CallControlDevConsole;
import org.apache.camel.Component;
import org.apache.camel.Endpoint;
import org.apache.camel.ServiceStatus;
import org.apache.camel.StatefulService;
import org.apache.camel.spi.annotations.DevConsole;
import org.apache.camel.util.json.JsonObject;

/**
 * Dev console of the neutral {@code callcontrol:} component (camel-console; {@code /q/dev/callcontrol} in
 * camel-main, the actuator's dev console, {@code camel get} of camel-jbang). Besides what every call-control
 * console shows (endpoints, health checks, metrics), its {@code state} holds:
 * <ul>
 * <li>{@code component}: the component-level defaults (throttle limits, outcome timeout);</li>
 * <li>{@code pbxs}: every PBX it knows -- vendor endpoints bound in the registry (with their bean names) and those
 * the callcontrol endpoints send through -- with the vendor, whether its producer is started, and its originate
 * throttle: in flight, queued, the most in flight at once, and the limits;</li>
 * <li>{@code outcomeFeeds}: per vendor event endpoint feeding {@code awaitOutcome}, the consumer's state, the
 * originates waiting for their outcome (pending correlations) and the outcomes that arrived before their waiter.</li>
 * </ul>
 * It only reads: nothing here creates an endpoint or starts a consumer.
 */
@DevConsole(group = "callcontrol", name = "callcontrol", displayName = "Call control (neutral)",
            description = "The neutral callcontrol component: PBXs, originate throttles, pending awaitOutcome correlations")
public class CallControlComponentDevConsole extends CallControlDevConsole {

    public CallControlComponentDevConsole() {
        super(CallControlConstants.SCHEME, "Call control (neutral)",
                "The neutral callcontrol component: PBXs, originate throttles, pending awaitOutcome correlations");
    }

    private CallControlComponent component() {
        Component c = getCamelContext().hasComponent(CallControlConstants.SCHEME);
        return c instanceof CallControlComponent cc ? cc : null;
    }

    @Override
    protected Map<String, Object> componentState() {
        CallControlComponent component = component();
        Map<String, Object> state = new LinkedHashMap<>();
        if (component == null) {
            state.put("component", "not created (no callcontrol endpoint yet)");
            return state;
        }
        CallControlConfiguration conf = component.getConfiguration();
        JsonObject defaults = new JsonObject();
        if (conf != null) {
            defaults.put("maxConcurrentOriginates", conf.getMaxConcurrentOriginates());
            defaults.put("originateRate", conf.getOriginateRate());
            defaults.put("maxQueuedOriginates", conf.getMaxQueuedOriginates());
            defaults.put("awaitOutcome", conf.isAwaitOutcome());
            defaults.put("outcomeTimeout", conf.getOutcomeTimeout());
        }
        state.put("component", defaults);

        // every PBX: registry beans that are vendor endpoints, and the endpoints in use
        Map<Endpoint, List<String>> pbxs = new LinkedHashMap<>();
        Map<String, Endpoint> beans = new TreeMap<>(getCamelContext().getRegistry().findByTypeWithName(Endpoint.class));
        beans.forEach((name, e) -> {
            if (VendorMappings.of(e) != null) {
                pbxs.computeIfAbsent(e, k -> new ArrayList<>()).add(name);
            }
        });
        // endpoint URIs bound as strings (pbx=#name): listed once their endpoint exists, else as configured only
        List<JsonObject> unresolved = new ArrayList<>();
        new TreeMap<>(getCamelContext().getRegistry().findByTypeWithName(String.class)).forEach((name, uri) -> {
            int colon = uri.indexOf(':');
            if (colon <= 0 || VendorMappings.byName(uri.substring(0, colon)) == null) {
                return;
            }
            Endpoint e = getCamelContext().hasEndpoint(uri);
            if (e != null && VendorMappings.of(e) != null) {
                pbxs.computeIfAbsent(e, k -> new ArrayList<>()).add(name);
            } else {
                JsonObject u = new JsonObject();
                u.put("bean", name);
                u.put("uri", uri);
                u.put("vendor", uri.substring(0, colon));
                unresolved.add(u);
            }
        });
        component.pbxsInUse().forEach(e -> pbxs.computeIfAbsent(e, k -> new ArrayList<>()));
        component.throttles().keySet().forEach(e -> pbxs.computeIfAbsent(e, k -> new ArrayList<>()));
        List<JsonObject> list = new ArrayList<>();
        pbxs.forEach((e, names) -> {
            JsonObject p = new JsonObject();
            p.put("uri", e.getEndpointBaseUri());
            VendorMappings.Vendor v = VendorMappings.of(e);
            p.put("vendor", v == null ? null : v.name);
            p.put("beans", names);
            p.put("producerStarted", component.pbxsInUse().contains(e));
            OriginateThrottle t = component.throttles().get(e);
            if (t != null) {
                JsonObject to = new JsonObject();
                to.put("inFlight", t.inFlight());
                to.put("queued", t.queued());
                to.put("maxInFlightSeen", t.maxInFlight());
                to.put("maxConcurrent", t.maxConcurrent());
                to.put("ratePerSecond", t.ratePerSecond());
                to.put("maxQueued", t.maxQueued());
                p.put("originateThrottle", to);
            }
            list.add(p);
        });
        state.put("pbxs", list);
        state.put("pbxsNotYetUsed", unresolved);

        List<JsonObject> feeds = new ArrayList<>();
        long pending = 0;
        for (Map.Entry<Endpoint, CallControlComponent.Feed> f : component.feeds().entrySet()) {
            OutcomeTracker tracker = f.getValue().tracker();
            JsonObject fo = new JsonObject();
            fo.put("events", f.getKey().getEndpointBaseUri());
            fo.put("vendor", tracker.vendorName());
            ServiceStatus status = f.getValue().consumer() instanceof StatefulService s ? s.getStatus() : null;
            fo.put("consumer", status == null ? "unknown" : status.name());
            int p = tracker.pendingCount();
            pending += p;
            fo.put("pendingCorrelations", p);
            fo.put("earlyOutcomes", tracker.earlyCount());
            feeds.add(fo);
        }
        state.put("outcomeFeeds", feeds);
        state.put("pendingCorrelations", pending);
        return state;
    }
}
