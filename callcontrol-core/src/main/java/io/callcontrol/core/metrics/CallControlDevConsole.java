package io.callcontrol.core.metrics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.camel.Endpoint;
import org.apache.camel.Route;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.support.console.AbstractDevConsole;
import org.apache.camel.util.json.JsonObject;

/**
 * Base of the components' dev consoles ({@code camel-console}; {@code /q/dev/SCHEME} in camel-main, the dev console
 * of Spring Boot's actuator, {@code camel get} of camel-jbang): for one component scheme it shows the endpoints in
 * use with their consumers' routes and state, the component's health checks (group {@code callcontrol}) with their
 * details -- connection state, session, subscriptions, pending requests, tracked calls, whatever the component
 * reports there -- and the {@link CallControlMetrics} counters: requests by operation and outcome with mean latency,
 * events by type and per second, dropped events, reconnects and gaps.
 */
public abstract class CallControlDevConsole extends AbstractDevConsole {

    private final String scheme;

    protected CallControlDevConsole(String scheme, String displayName, String description) {
        super("callcontrol", scheme, displayName, description);
        this.scheme = scheme;
    }

    /** Extra, component-specific state (connection objects); empty by default. */
    protected Map<String, Object> componentState() {
        return Map.of();
    }

    @Override
    protected String doCallText(Map<String, Object> options) {
        JsonObject j = doCallJson(options);
        StringBuilder sb = new StringBuilder();
        sb.append(getDisplayName()).append(" (").append(scheme).append(")\n");
        for (Map.Entry<String, Object> e : j.entrySet()) {
            sb.append("  ").append(e.getKey()).append(": ").append(e.getValue()).append('\n');
        }
        return sb.toString();
    }

    @Override
    protected JsonObject doCallJson(Map<String, Object> options) {
        JsonObject root = new JsonObject();
        List<JsonObject> endpoints = new ArrayList<>();
        for (Endpoint e : getCamelContext().getEndpoints()) {
            if (!e.getEndpointUri().startsWith(scheme + ":") && !e.getEndpointUri().startsWith(scheme + "://")) {
                continue;
            }
            JsonObject eo = new JsonObject();
            eo.put("uri", e.getEndpointBaseUri());
            List<String> consumers = new ArrayList<>();
            for (Route r : getCamelContext().getRoutes()) {
                if (r.getEndpoint() == e) {
                    consumers.add(r.getRouteId() + " (" + getCamelContext().getRouteController().getRouteStatus(r.getRouteId()) + ")");
                }
            }
            eo.put("consumers", consumers);
            endpoints.add(eo);
        }
        root.put("endpoints", endpoints);

        List<JsonObject> checks = new ArrayList<>();
        HealthCheckRegistry registry = HealthCheckRegistry.get(getCamelContext());
        if (registry != null) {
            Collection<HealthCheck> all = registry.stream().toList();
            for (HealthCheck hc : all) {
                if (!"callcontrol".equals(hc.getGroup()) || !hc.getId().contains(scheme)) {
                    continue;
                }
                HealthCheck.Result r = hc.call();
                JsonObject ho = new JsonObject();
                ho.put("id", hc.getId());
                ho.put("state", r.getState().name());
                r.getMessage().ifPresent(m -> ho.put("message", m));
                Map<String, Object> details = new LinkedHashMap<>();
                r.getDetails().forEach((k, v) -> {
                    if (!k.startsWith("invocation.") && !k.startsWith("failure.") && !k.equals("check.id")
                            && !k.equals("check.group") && !k.equals("check.kind")) {
                        details.put(k, String.valueOf(v));
                    }
                });
                ho.put("details", details);
                checks.add(ho);
            }
        }
        root.put("healthChecks", checks);
        Map<String, Object> state = componentState();
        if (!state.isEmpty()) {
            root.put("state", new JsonObject(state));
        }

        VendorStats s = CallControlMetrics.stats(scheme);
        JsonObject m = new JsonObject();
        m.put("micrometer", CallControlMetrics.micrometerPresent());
        m.put("requests", new JsonObject(new LinkedHashMap<>(s.requests())));
        m.put("meanLatencyMillis", new JsonObject(new LinkedHashMap<>(s.meanLatencyMillis())));
        m.put("events", new JsonObject(new LinkedHashMap<>(s.events())));
        m.put("eventsPerSecond", s.eventsPerSecond());
        m.put("dropped", new JsonObject(new LinkedHashMap<>(s.dropped())));
        m.put("reconnects", s.reconnects());
        m.put("gaps", s.gaps());
        root.put("metrics", m);
        return root;
    }
}
