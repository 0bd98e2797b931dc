package io.callcontrol.kamelets;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.callcontrol.sim.kit.SimulatorExtension;
import io.callcontrol.sim.portasip.PortasipSimulator;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** Every PortaSIP Kamelet run against the PortaSIP Call Control API simulator (JSON-RPC over WebSocket). */
class PortasipKameletsTest extends KameletTestSupport {

    @RegisterExtension
    static SimulatorExtension<PortasipSimulator> pbx = new SimulatorExtension<>(PortasipSimulator::new);

    static Map<String, Object> conn() {
        return Map.of("webSocketUrl", "ws://127.0.0.1:" + pbx.get().port() + "/ws", "login", PortasipSimulator.LOGIN,
                "password", PortasipSimulator.PASSWORD);
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                java.util.Map<String, Object> p = new java.util.LinkedHashMap<>(conn());
                p.put("iCustomer", 30);
                from(kamelet("portasip-call-notifications-source", p)).routeId("source").to("mock:events");
            }
        };
    }

    /** The JSON-RPC requests of a method that reached the simulator. */
    static List<JsonNode> wire(String method) {
        ObjectMapper m = new ObjectMapper();
        return pbx.get().wireLog().matching(r -> "WS".equals(r.method())).stream().map(r -> {
            try {
                return m.readTree(r.bodyAsString());
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }).filter(n -> method.equals(n.path("method").asText())).toList();
    }

    static JsonNode last(String method) {
        List<JsonNode> all = wire(method);
        assertThat(all).as(method + " on the wire").isNotEmpty();
        return all.get(all.size() - 1).path("params");
    }

    @Test
    void actionsReachTheWireAndTheSourceDeliversTheirEvents() throws Exception {
        await("subscribed", () -> pbx.get().activeSubscriptions() >= 1);
        MockEndpoint events = getMockEndpoint("mock:events");

        Exchange o = ok(act("portasip-originate-action", Map.of("webSocketUrl", conn().get("webSocketUrl"),
                "login", PortasipSimulator.LOGIN, "password", PortasipSimulator.PASSWORD, "billId", 123007),
                Map.of("caller", "123007", "callee", "123003")));
        JsonNode op = last("originate_advanced_call");
        assertThat(op.toString()).contains("123007", "123003");
        pbx.get().advance(Duration.ofSeconds(10));
        await("events", () -> events.getReceivedCounter() >= 2);
        JsonNode ev = new ObjectMapper().readTree(events.getReceivedExchanges().get(0).getMessage().getBody(String.class));
        assertThat(ev.path("vendor").asText()).isEqualTo("portasip");
        assertThat(ev.path("caller").asText()).isEqualTo("123007");
        assertThat(ev.path("occurredAt").asText()).contains("T");
        assertThat(o.getMessage().getHeader("CamelPortasipTrackingId")).isNotNull();

        String callId = pbx.get().incomingCall("123002", "123007");
        pbx.get().advance(Duration.ofSeconds(1));
        String tag = pbx.get().legTag(callId, "incoming");
        act("portasip-hold-action", conn(), Map.of("call-id", callId, "call-tag", tag));
        assertThat(last("hold_call").toString()).contains(callId, tag);
        act("portasip-unhold-action", conn(), Map.of("ce-callid", callId, "ce-calltag", tag));
        assertThat(last("unhold_call").toString()).contains(callId, tag);
        act("portasip-transfer-action", conn(), Map.of("call-id", callId, "call-tag", tag, "target", "123005"));
        assertThat(last("transfer_call").path("cld").asText()).isEqualTo("123005");
        act("portasip-hangup-action", conn(), Map.of("call-id", callId, "call-tag", tag));
        assertThat(last("terminate_call").toString()).contains(callId, tag);
        assertThat(events.getReceivedExchanges()).extracting(e -> e.getMessage().getHeader("call-id", String.class))
                .contains(callId);
    }
}
