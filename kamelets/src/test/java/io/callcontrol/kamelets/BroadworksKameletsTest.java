package io.callcontrol.kamelets;

import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.callcontrol.camel.broadworks.BroadworksException;
import io.callcontrol.sim.broadworks.BroadworksSimulator;
import io.callcontrol.sim.kit.RecordedRequest;
import io.callcontrol.sim.kit.SimulatorExtension;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** Every BroadWorks Kamelet run against the BroadWorks (APIO) simulator. */
class BroadworksKameletsTest extends KameletTestSupport {

    @RegisterExtension
    static SimulatorExtension<BroadworksSimulator> pbx = new SimulatorExtension<>(BroadworksSimulator::new);

    static final String CALLS = "/api/v1/tenants/foo/groups/foogroup/users/foouser/services/calls/";

    static Map<String, Object> conn() {
        return Map.of("baseUrl", pbx.get().baseUrl(), "username", BroadworksSimulator.USERNAME,
                "password", BroadworksSimulator.PASSWORD, "tenantId", BroadworksSimulator.TENANT,
                "groupId", BroadworksSimulator.GROUP, "userId", BroadworksSimulator.USER);
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                java.util.Map<String, Object> p = new java.util.LinkedHashMap<>(conn());
                p.put("emitInitialCalls", true);
                from(kamelet("broadworks-calls-source", p)).routeId("source").to("mock:events");
            }
        };
    }

    private static JsonNode json(RecordedRequest r) throws Exception {
        return new ObjectMapper().readTree(r.bodyAsString());
    }

    @Test
    void actionsReachTheWire() throws Exception {
        Exchange call = ok(act("broadworks-originate-action", conn(), Map.of("callee", "+3212345678")));
        RecordedRequest r = pbx.get().wireLog().last();
        assertThat(r.method() + " " + r.path()).isEqualTo("POST " + CALLS);
        assertThat(json(r).path("phoneNumber").asText()).isEqualTo("+3212345678");
        String id = call.getMessage().getHeader("CamelBroadworksCallId", String.class);
        assertThat(id).isNotBlank();
        pbx.get().clock().advance(Duration.ofSeconds(10));

        ok(act("broadworks-hold-action", conn(), Map.of("call-id", id)));
        assertThat(pbx.get().wireLog().last().path()).isEqualTo(CALLS + id + "/");
        assertThat(json(pbx.get().wireLog().last()).path("action").asText()).isEqualTo("hold");
        ok(act("broadworks-unhold-action", conn(), Map.of("ce-callid", id)));
        assertThat(json(pbx.get().wireLog().last()).path("action").asText()).isEqualTo("reconnect");
        ok(act("broadworks-record-action", conn(), Map.of("call-id", id)));
        assertThat(json(pbx.get().wireLog().last()).path("action").asText()).isEqualTo("startRecording");

        String other = pbx.get().seedCall("foouser", "Originator", "Active", "+3212345999", false);
        Exchange consult = act("broadworks-attended-transfer-action", conn(), Map.of("call-id", id, "consult-call-id", other));
        RecordedRequest c = pbx.get().wireLog().last();
        assertThat(c.method()).isEqualTo("PUT");
        assertThat(c.path()).startsWith(CALLS);
        assertThat(c.bodyAsString()).contains(other);
        if (consult.getException() != null) { // the simulator may refuse the call states; it reached the wire typed
            assertThat(consult.getException()).isInstanceOf(BroadworksException.class);
        }

        String third = pbx.get().seedCall("foouser", "Originator", "Active", "+3212345888", false);
        ok(act("broadworks-transfer-action", conn(), Map.of("call-id", third, "target", "+3212345777")));
        assertThat(pbx.get().wireLog().last().path()).isEqualTo(CALLS + third + "/");
        assertThat(pbx.get().wireLog().last().bodyAsString()).contains("+3212345777");

        String fourth = pbx.get().seedCall("foouser", "Originator", "Active", "+3212345666", false);
        ok(act("broadworks-hangup-action", conn(), Map.of("call-id", fourth)));
        RecordedRequest del = pbx.get().wireLog().last();
        assertThat(del.method() + " " + del.path()).isEqualTo("DELETE " + CALLS + fourth + "/");
    }

    @Test
    void theSourceDeliversNormalizedCallEvents() throws Exception {
        MockEndpoint events = getMockEndpoint("mock:events");
        events.expectedMinimumMessageCount(1);
        String id = pbx.get().seedCall("foouser", "Originator", "Active", "+3212345678", false);
        events.assertIsSatisfied(20000);
        JsonNode ev = new ObjectMapper().readTree(events.getReceivedExchanges().get(0).getMessage().getBody(String.class));
        assertThat(ev.path("vendor").asText()).isEqualTo("broadworks");
        assertThat(ev.path("callId").asText()).isEqualTo(id);
        assertThat(events.getReceivedExchanges().get(0).getMessage().getHeader("call-id")).isEqualTo(id);
    }
}
