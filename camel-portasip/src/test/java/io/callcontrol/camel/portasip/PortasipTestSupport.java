package io.callcontrol.camel.portasip;

import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;

import com.fasterxml.jackson.databind.JsonNode;
import io.callcontrol.core.json.Json;
import io.callcontrol.sim.kit.SimulatorExtension;
import io.callcontrol.sim.portasip.PortasipSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.extension.RegisterExtension;

abstract class PortasipTestSupport extends CamelTestSupport {

    @RegisterExtension
    static SimulatorExtension<PortasipSimulator> pbx = new SimulatorExtension<>(PortasipSimulator::new);

    static String wsUrl() {
        return "ws://127.0.0.1:" + pbx.get().port() + "/ws";
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        PortasipComponent component = new PortasipComponent();
        PortasipConfiguration c = component.getConfiguration();
        c.setWebSocketUrl(wsUrl());
        c.setLogin(PortasipSimulator.LOGIN);
        c.setPassword(PortasipSimulator.PASSWORD);
        c.setRequestTimeout(3000);
        c.setReconnectInitialDelay(50);
        c.setReconnectMaxDelay(200);
        context.addComponent("portasip", component);
        return context;
    }

    PortasipComponent component() {
        return context.getComponent("portasip", PortasipComponent.class);
    }

    /** The JSON-RPC requests of this method that reached the simulator, parsed. */
    static List<JsonNode> wire(String method) {
        return pbx.get().wireLog().matching(r -> "WS".equals(r.method())).stream()
                .map(r -> Json.tree(r.body()))
                .filter(n -> method.equals(n.path("method").asText()))
                .toList();
    }

    static JsonNode lastWire(String method) {
        List<JsonNode> all = wire(method);
        if (all.isEmpty()) {
            throw new AssertionError("no " + method + " request reached the simulator; seen "
                    + pbx.get().wireLog().all());
        }
        return all.get(all.size() - 1);
    }

    static void advance(Duration d) {
        pbx.get().advance(d);
    }

    /** Polls (short sleeps) until the condition holds, at most 5 s. */
    static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
