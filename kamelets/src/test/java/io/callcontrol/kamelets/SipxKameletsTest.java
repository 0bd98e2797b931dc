package io.callcontrol.kamelets;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.callcontrol.sim.kit.RecordedRequest;
import io.callcontrol.sim.kit.SimulatorExtension;
import io.callcontrol.sim.sipx.SipxSimulator;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** The sipX Kamelets run against the sipX call controller simulator. */
class SipxKameletsTest extends KameletTestSupport {

    @RegisterExtension
    static SimulatorExtension<SipxSimulator> pbx = new SimulatorExtension<>(SipxSimulator::new);

    static Map<String, Object> conn() {
        return Map.of("baseUrl", pbx.get().baseUrl(), "username", "user1", "password", "123", "authMethod", "basic");
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                Map<String, Object> p = new LinkedHashMap<>(conn());
                p.put("callingUser", "user1");
                p.put("calledUser", "user2");
                from(kamelet("sipx-status-source", p)).routeId("source").to("mock:events");
            }
        };
    }

    @Test
    void actionsReachTheWireAndTheSourceFollowsTheCall() throws Exception {
        MockEndpoint events = getMockEndpoint("mock:events");
        events.expectedMinimumMessageCount(2);

        ok(act("sipx-originate-action", conn(), Map.of("caller", "user1", "callee", "user2")));
        RecordedRequest r = pbx.get().wireLog().matching(x -> x.method().equals("POST")).get(0);
        assertThat(r.path()).isEqualTo("/callcontroller/user1/user2");
        pbx.get().clock().advance(Duration.ofSeconds(1));
        pbx.get().clock().advance(Duration.ofSeconds(2));
        events.assertIsSatisfied(20000);
        JsonNode ev = new ObjectMapper().readTree(events.getReceivedExchanges().get(0).getMessage().getBody(String.class));
        assertThat(ev.path("vendor").asText()).isEqualTo("sipx");
        assertThat(ev.path("caller").asText()).isEqualTo("user1");
        assertThat(events.getReceivedExchanges()).extracting(e -> e.getMessage().getHeader("call-state", String.class))
                .contains("TRYING");

        int before = pbx.get().wireLog().size();
        act("sipx-transfer-action", conn(), Map.of("caller", "user1", "callee", "user2", "target", "user3"));
        assertThat(pbx.get().wireLog().all().subList(before, pbx.get().wireLog().size()))
                .anySatisfy(t -> {
                    assertThat(t.path()).isEqualTo("/callcontroller/user1/user2");
                    assertThat(t.uri()).contains("user3");
                });
    }
}
