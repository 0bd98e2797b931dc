package io.callcontrol.observability;

import java.time.Duration;
import java.util.Map;

import io.callcontrol.camel.portasip.PortasipComponent;
import io.callcontrol.core.metrics.CallControlMetrics;
import io.callcontrol.sim.kit.SimulatorExtension;
import io.callcontrol.sim.portasip.PortasipSimulator;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.BindToRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.console.DevConsole;
import org.apache.camel.console.DevConsoleRegistry;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.apache.camel.util.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** PortaSIP: a dropped Call Control WebSocket moves the reconnect and gap meters; the dev console shows the connection. */
class PortasipObservabilityTest extends CamelTestSupport {

    @RegisterExtension
    static SimulatorExtension<PortasipSimulator> pbx = new SimulatorExtension<>(PortasipSimulator::new);

    @BindToRegistry("meters")
    private final MeterRegistry meters = new SimpleMeterRegistry();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.setDevConsole(true);
        PortasipComponent c = new PortasipComponent();
        c.getConfiguration().setWebSocketUrl("ws://127.0.0.1:" + pbx.get().port() + "/ws");
        c.getConfiguration().setLogin(PortasipSimulator.LOGIN);
        c.getConfiguration().setPassword(PortasipSimulator.PASSWORD);
        c.getConfiguration().setReconnectInitialDelay(50);
        c.getConfiguration().setReconnectMaxDelay(200);
        context.addComponent("portasip", c);
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("portasip:call_control_notifications?iCustomer=30").routeId("calls").to("mock:calls");
            }
        };
    }

    @AfterEach
    void unbind() {
        CallControlMetrics.unbindAll();
    }

    private double count(String name) {
        Counter c = meters.find(name).tag("vendor", "portasip").counter();
        return c == null ? 0 : c.count();
    }

    private static void await(String what, java.util.function.BooleanSupplier ok) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!ok.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waiting for " + what).isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    @Test
    void reconnectAndGapMoveTheMeters() throws Exception {
        await("subscribed", () -> pbx.get().activeSubscriptions() >= 1);
        pbx.get().incomingCall("123002", "123007");
        pbx.get().advance(Duration.ZERO);
        await("an event", () -> getMockEndpoint("mock:calls").getReceivedCounter() >= 1);
        double reconnectsBefore = count(CallControlMetrics.RECONNECTS);
        double gapsBefore = count(CallControlMetrics.GAPS);

        pbx.get().dropConnections();
        await("reconnect counted", () -> count(CallControlMetrics.RECONNECTS) >= reconnectsBefore + 1);
        await("gap counted", () -> count(CallControlMetrics.GAPS) >= gapsBefore + 1);
        assertThat(meters.find(CallControlMetrics.EVENTS).tag("vendor", "portasip").counters()).isNotEmpty();

        DevConsole console = context.getCamelContextExtension().getContextPlugin(DevConsoleRegistry.class).resolveById("portasip");
        JsonObject json = (JsonObject) console.call(DevConsole.MediaType.JSON, Map.of());
        JsonObject m = (JsonObject) json.get("metrics");
        assertThat(m.getLong("reconnects")).isGreaterThanOrEqualTo(1L);
        assertThat(m.getLong("gaps")).isGreaterThanOrEqualTo(1L);
        assertThat(json.toJson()).contains("calls (Started)", "connection.state");
    }
}
