package io.callcontrol.kamelets;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.callcontrol.sim.kit.RecordedRequest;
import io.callcontrol.sim.kit.SimulatorExtension;
import io.callcontrol.sim.ucdialogs.SimDialog;
import io.callcontrol.sim.ucdialogs.UcDialogsSimulator;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** Every UC dialogs Kamelet run against the UC dialogs simulator (REST verbs and the Token-API WebSocket). */
class UcDialogsKameletsTest extends KameletTestSupport {

    @RegisterExtension
    static SimulatorExtension<UcDialogsSimulator> pbx = new SimulatorExtension<>(UcDialogsSimulator::new);

    static final String USER = UcDialogsSimulator.USER_BASE;

    static Map<String, Object> conn() {
        return Map.of("baseUrl", pbx.get().baseUrl(), "accessToken", UcDialogsSimulator.ALICE.token());
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(kamelet("uc-dialogs-events-source", Map.of("baseUrl", pbx.get().baseUrl(),
                        "accessToken", UcDialogsSimulator.ALICE.token(), "eventClasses", "callevents")))
                        .routeId("source").to("mock:events");
            }
        };
    }

    private static RecordedRequest last() {
        return pbx.get().wireLog().matching(r -> !r.method().equals("WS")).stream().reduce((a, b) -> b).orElseThrow();
    }

    @Test
    void actionsReachTheWire() {
        Exchange o = ok(act("uc-dialogs-originate-action", conn(), Map.of("caller", "13", "callee", "16")));
        assertThat(last().method() + " " + last().path()).isEqualTo("POST " + USER);
        assertThat(last().bodyAsString()).contains("\"13\"", "\"16\"");
        assertThat(o.getMessage().getHeader("CamelUcDialogsNewDialogId", String.class)).startsWith("rDlg-");

        SimDialog d = pbx.get().addActiveDialog("sip3", "sip2");
        String base = USER + "/" + d.dialogid();
        ok(act("uc-dialogs-hold-action", conn(), Map.of("call-id", d.dialogid(), "leg", d.legB().callid())));
        assertThat(last().method() + " " + last().path()).isEqualTo("NOTIFY " + base);
        assertThat(pbx.get().dialog(d.dialogid()).notifications()).containsExactly("b:hold");
        ok(act("uc-dialogs-unhold-action", conn(), Map.of("call-id", d.dialogid(), "leg", d.legB().callid())));
        assertThat(pbx.get().dialog(d.dialogid()).notifications()).containsExactly("b:hold", "b:talk");

        ok(act("uc-dialogs-record-action", conn(), Map.of("call-id", d.dialogid(), "leg", d.legA().callid())));
        assertThat(last().method() + " " + last().path()).isEqualTo("SETUP_RECORD " + base);
        assertThat(pbx.get().dialog(d.dialogid()).recordLayers()).isNotEmpty();

        ok(act("uc-dialogs-transfer-action", conn(), Map.of("call-id", d.dialogid(), "by", "<sip:sip3@test.rootdomain.ru>",
                "target", "13")));
        assertThat(last().method() + " " + last().path()).isEqualTo("REFER " + base);
        assertThat(last().bodyAsString()).contains("\"referto\":\"13\"");

        SimDialog master = pbx.get().addActiveDialog("sip3", "sip2");
        SimDialog slave = pbx.get().addActiveDialog("sip1", "sip2");
        Exchange att = act("uc-dialogs-attended-transfer-action", conn(), Map.of("call-id", master.dialogid(),
                "by", "<sip:sip2@test.rootdomain.ru>", "consult-call-id", slave.dialogid()));
        assertThat(last().method() + " " + last().path()).isEqualTo("REFERREPLACES " + USER + "/" + master.dialogid());
        assertThat(last().bodyAsString()).contains(slave.dialogid());
        if (att.getException() != null) {
            assertThat(att.getException().getClass().getSimpleName()).isEqualTo("UcDialogsException");
        }

        SimDialog gone = pbx.get().addActiveDialog("sip3", "sip2");
        ok(act("uc-dialogs-hangup-action", conn(), Map.of("ce-callid", gone.dialogid())));
        assertThat(last().method() + " " + last().path()).isEqualTo("DELETE " + USER + "/" + gone.dialogid());
    }

    @Test
    void theSourceDeliversNormalizedCallEvents() throws Exception {
        await("a subscription", () -> pbx.get().subscriptions().size() == 1);
        MockEndpoint events = getMockEndpoint("mock:events");
        events.expectedMinimumMessageCount(2);
        SimDialog d = pbx.get().addActiveDialog("sip3", "sip2");
        events.assertIsSatisfied(10000);
        JsonNode ev = new ObjectMapper().readTree(events.getReceivedExchanges().get(0).getMessage().getBody(String.class));
        assertThat(ev.path("vendor").asText()).isEqualTo("uc-dialogs");
        assertThat(events.getReceivedExchanges()).extracting(e -> e.getMessage().getHeader("call-id", String.class))
                .allSatisfy(id -> assertThat(id).isNotBlank());
        assertThat(events.getReceivedExchanges().toString() + ev).contains(d.dialogid().substring(0, 5));
    }

    @Test
    void aDroppedWebSocketMovesTheReconnectAndGapMeters() {
        await("a subscription", () -> pbx.get().subscriptions().size() == 1 && pbx.get().openWebSockets() == 1);
        double reconnects = counter(io.callcontrol.core.metrics.CallControlMetrics.RECONNECTS, "uc-dialogs");
        double gaps = counter(io.callcontrol.core.metrics.CallControlMetrics.GAPS, "uc-dialogs");
        pbx.get().dropWebSockets();
        await("the reconnect counted", () -> counter(io.callcontrol.core.metrics.CallControlMetrics.RECONNECTS, "uc-dialogs") >= reconnects + 1);
        await("the gap counted", () -> counter(io.callcontrol.core.metrics.CallControlMetrics.GAPS, "uc-dialogs") >= gaps + 1);
        await("subscribed again", () -> pbx.get().openWebSockets() == 1);
    }
}
