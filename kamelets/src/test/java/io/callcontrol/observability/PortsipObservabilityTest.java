package io.callcontrol.observability;

import java.time.Duration;
import java.util.Map;

import io.callcontrol.camel.portsip.PortsipComponent;
import io.callcontrol.core.metrics.CallControlMetrics;
import io.callcontrol.sim.kit.SimulatorExtension;
import io.callcontrol.sim.portsip.PortsipSimulator;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.BindToRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.console.DevConsole;
import org.apache.camel.console.DevConsoleRegistry;
import org.apache.camel.test.AvailablePortFinder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.apache.camel.util.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PortSIP against its simulator: the Micrometer meters move with the requests and events that happen, and the
 * component's dev console (discovered by camel-console from the generated service file) shows the real state.
 */
class PortsipObservabilityTest extends CamelTestSupport {

    @RegisterExtension
    static SimulatorExtension<PortsipSimulator> pbx = new SimulatorExtension<>(PortsipSimulator::new);

    private static final int PORT = AvailablePortFinder.getNextAvailable();

    @BindToRegistry("meters")
    private final MeterRegistry meters = new SimpleMeterRegistry();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.setDevConsole(true);
        PortsipComponent component = new PortsipComponent();
        component.getConfiguration().setBaseUrl(pbx.get().baseUrl() + "/api");
        component.getConfiguration().setUsername(PortsipSimulator.ADMIN_USER);
        component.getConfiguration().setPassword(PortsipSimulator.ADMIN_PASSWORD);
        context.addComponent("portsip", component);
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("portsip:events?webhookAuth=NONE&webhookHost=127.0.0.1&webhookPort=" + PORT).routeId("events").to("mock:events");
            }
        };
    }

    @AfterEach
    void unbind() {
        CallControlMetrics.unbindAll();
    }

    private double requests(String operation, String outcome) {
        Timer t = meters.find(CallControlMetrics.REQUESTS).tags("vendor", "portsip", "operation", operation, "outcome", outcome).timer();
        return t == null ? 0 : t.count();
    }

    @Test
    void metersMoveAndTheDevConsoleShowsTheState() throws Exception {
        pbx.get().eventUrl("http://127.0.0.1:" + PORT + "/portsip/events");
        Exchange ex = template.request("portsip:initiate?caller=1001&callee=1002&sendSdp=true", e -> { });
        assertThat(ex.getException()).isNull();
        pbx.get().clock().advance(Duration.ofSeconds(10));
        assertThat(requests("initiate", CallControlMetrics.SUCCESS)).isEqualTo(1);
        Timer t = meters.find(CallControlMetrics.REQUESTS).tag("operation", "initiate").timer();
        assertThat(t.totalTime(java.util.concurrent.TimeUnit.NANOSECONDS)).isPositive();

        // a vendor error is counted under its outcome
        Exchange bad = template.request("portsip:destroy", e -> e.getMessage().setHeader("CamelPortsipSessionId", "404404"));
        assertThat(bad.getException()).isNotNull();
        assertThat(requests("destroy", bad.getException().getClass().getSimpleName())).isEqualTo(1);

        getMockEndpoint("mock:events").expectedMinimumMessageCount(3);
        getMockEndpoint("mock:events").assertIsSatisfied(10000);
        double events = meters.find(CallControlMetrics.EVENTS).tag("vendor", "portsip").counters().stream()
                .mapToDouble(c -> c.count()).sum();
        assertThat(events).isGreaterThanOrEqualTo(3);

        DevConsoleRegistry registry = context.getCamelContextExtension().getContextPlugin(DevConsoleRegistry.class);
        DevConsole console = registry.resolveById("portsip");
        assertThat(console).as("portsip dev console discovered").isNotNull();
        JsonObject json = (JsonObject) console.call(DevConsole.MediaType.JSON, Map.of());
        assertThat(json.toJson()).contains("events (Started)", "portsip:\\/\\/initiate");
        java.util.List<Object> checks = new java.util.ArrayList<>(json.getCollection("healthChecks"));
        assertThat(checks).anySatisfy(h -> {
            JsonObject hc = (JsonObject) h;
            assertThat(hc.getString("id")).isEqualTo("portsip-events-events");
            assertThat(hc.getString("state")).isEqualTo("UP");
            assertThat(hc.get("details").toString()).contains("connection.state");
        });
        JsonObject metrics = (JsonObject) json.get("metrics");
        assertThat(metrics.getBoolean("micrometer")).isTrue();
        assertThat(((JsonObject) metrics.get("requests")).getLong("initiate/success")).isGreaterThanOrEqualTo(1L);
        assertThat(((JsonObject) metrics.get("events")).toJson()).contains("call_start");
        String text = (String) console.call(DevConsole.MediaType.TEXT, Map.of());
        assertThat(text).contains("PortSIP (portsip)", "healthChecks", "UP");
    }

    private double count(String meter) {
        return meters.find(meter).tag("vendor", "portsip").counters().stream().mapToDouble(c -> c.count()).sum();
    }

    private static void await(String what, java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(20);
        }
    }

    @Test
    void aRedeliveredEventIsCountedAsDroppedAndADroppedWsiSocketAsReconnectAndGap() throws Exception {
        // a webhook event delivered twice (a PBX retrying after a lost answer): routed once, counted dropped
        pbx.get().eventUrl("http://127.0.0.1:" + PORT + "/portsip/events");
        assertThat(template.request("portsip:initiate?caller=1001&callee=1002&sendSdp=true", e -> { }).getException()).isNull();
        pbx.get().clock().advance(Duration.ofSeconds(10));
        getMockEndpoint("mock:events").expectedMinimumMessageCount(1);
        getMockEndpoint("mock:events").assertIsSatisfied(10000);
        int routed = getMockEndpoint("mock:events").getReceivedCounter();
        double dropped = meters.find(CallControlMetrics.DROPPED).tags("vendor", "portsip", "reason", "duplicate").counters()
                .stream().mapToDouble(c -> c.count()).sum();
        Map<String, Object> first = pbx.get().events().get(0);
        java.net.http.HttpResponse<String> again = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + PORT + "/portsip/events"))
                        .header("Content-Type", "application/json")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                                new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(first))).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(again.statusCode()).as(again.body()).isLessThan(300);
        await("the duplicate counted", () -> meters.find(CallControlMetrics.DROPPED).tags("vendor", "portsip", "reason", "duplicate")
                .counters().stream().mapToDouble(c -> c.count()).sum() >= dropped + 1);
        // routed once: no event id reached the route twice
        java.util.List<Object> ids = getMockEndpoint("mock:events").getReceivedExchanges().stream()
                .map(x -> x.getMessage().getHeader(io.callcontrol.camel.portsip.PortsipConstants.EVENT_UUID)).toList();
        assertThat(ids).hasSizeGreaterThanOrEqualTo(routed).doesNotHaveDuplicates();

        // the WSI event channel: a dropped socket is a reconnect and a gap
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("portsip:events?eventChannel=wsi").routeId("wsi").to("mock:wsi");
            }
        });
        await("the WSI subscription", () -> pbx.get().wsiSubscribers() >= 1);
        double reconnects = count(CallControlMetrics.RECONNECTS);
        double gaps = count(CallControlMetrics.GAPS);
        pbx.get().dropWsiConnections();
        await("the reconnect counted", () -> count(CallControlMetrics.RECONNECTS) >= reconnects + 1);
        await("the gap counted", () -> count(CallControlMetrics.GAPS) >= gaps + 1);
    }
}
