package io.callcontrol.kamelets;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.callcontrol.sim.kit.RecordedRequest;
import io.callcontrol.sim.kit.SimulatorExtension;
import io.callcontrol.sim.portsip.PortsipSimulator;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.AvailablePortFinder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** Every PortSIP Kamelet run against the PortSIP simulator: what reached its wire, and the events that came back. */
class PortsipKameletsTest extends KameletTestSupport {

    @RegisterExtension
    static SimulatorExtension<PortsipSimulator> pbx = new SimulatorExtension<>(PortsipSimulator::new);

    private static final int PORT = AvailablePortFinder.getNextAvailable();

    static Map<String, Object> conn() {
        return Map.of("baseUrl", pbx.get().baseUrl() + "/api", "username", PortsipSimulator.ADMIN_USER,
                "password", PortsipSimulator.ADMIN_PASSWORD);
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(kamelet("portsip-events-source", Map.of("webhookPort", PORT, "webhookPath", "/kamelet/events", "webhookAuth", "NONE")))
                        .routeId("source").to("mock:events");
            }
        };
    }

    private String originate(String callee) {
        Exchange ex = ok(act("portsip-originate-action", conn(), Map.of("caller", "1001", "callee", callee)));
        pbx.get().clock().advance(Duration.ofSeconds(10));
        return ex.getMessage().getHeader("CamelPortsipSessionId", String.class);
    }

    private static RecordedRequest lastApi() {
        List<RecordedRequest> api = pbx.get().wireLog().matching(r -> !r.path().startsWith("/api/login/"));
        return api.get(api.size() - 1);
    }

    @Test
    void actionsReachTheWire() {
        String id = originate("1002");
        RecordedRequest r = lastApi();
        assertThat(r.method() + " " + r.uri()).isEqualTo("POST /api/sessions");
        assertThat(r.bodyAsString()).contains("\"caller\":\"1001\"", "\"callee\":\"1002\"");
        assertThat(pbx.get().session(id)).containsEntry("caller", "1001");

        ok(act("portsip-hold-action", conn(), Map.of("call-id", id, "extension", "1001")));
        assertThat(lastApi().uri()).isEqualTo("/api/sessions/" + id + "/hold");
        assertThat(pbx.get().session(id)).containsEntry("on_hold", true);
        ok(act("portsip-unhold-action", conn(), Map.of("ce-callid", id, "extension", "1001")));
        assertThat(lastApi().uri()).isEqualTo("/api/sessions/" + id + "/unhold");
        assertThat(pbx.get().session(id)).containsEntry("on_hold", false);

        ok(act("portsip-transfer-action", conn(), Map.of("call-id", id, "extension", "1001", "target", "0033187691")));
        assertThat(lastApi().uri()).isEqualTo("/api/sessions/" + id + "/refer");
        assertThat(lastApi().bodyAsString()).contains("\"refer_to\":\"0033187691\"");

        ok(act("portsip-hangup-action", conn(), Map.of("call-id", id)));
        assertThat(lastApi().uri()).isEqualTo("/api/sessions/" + id + "/destroy");
        assertThat(pbx.get().session(id)).isNull();

        String first = originate("1002");
        String second = originate("1003");
        ok(act("portsip-attended-transfer-action", conn(), Map.of("call-id", first, "consult-call-id", second,
                "extension", "1001")));
        assertThat(lastApi().uri()).isEqualTo("/api/sessions/" + first + "/attended_refer");
        assertThat(lastApi().bodyAsString()).contains("\"session_1\":\"" + first + "\"", "\"session_2\":\"" + second + "\"");
        assertThat(pbx.get().sessions()).singleElement().satisfies(s -> assertThat(s).containsEntry("caller", "1002")
                .containsEntry("callee", "1003"));
    }

    @Test
    void theSourceDeliversNormalizedCallEvents() throws Exception {
        pbx.get().eventUrl("http://127.0.0.1:" + PORT + "/kamelet/events");
        MockEndpoint events = getMockEndpoint("mock:events");
        events.expectedMinimumMessageCount(4);
        String id = originate("1002");
        events.assertIsSatisfied(10000);
        JsonNode first = new ObjectMapper().readTree(events.getReceivedExchanges().get(0).getMessage().getBody(String.class));
        assertThat(first.path("vendor").asText()).isEqualTo("portsip");
        assertThat(first.path("callId").asText()).isEqualTo(id);
        assertThat(first.path("occurredAt").asText()).contains("T"); // ISO-8601, not a number
        assertThat(events.getReceivedExchanges()).allSatisfy(e -> {
            assertThat(e.getMessage().getHeader("call-id")).isEqualTo(id);
            assertThat(e.getMessage().getHeader("call-state", String.class)).isNotBlank();
        });
        assertThat(events.getReceivedExchanges()).extracting(e -> e.getMessage().getHeader("call-state", String.class))
                .contains("CONNECTED");
    }
}
