package io.callcontrol.kamelets;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every native SIP Kamelet against sipp, a real SIP peer (the sip-native component's wire is SIP; it has no
 * simulator). Each sipp scenario checks what our messages carried ({@code check_it}) and its exit code says whether
 * every expected message came; the test also reads sipp's message log.
 * <ul>
 * <li>the source subscribes to alice's dialog events at a notifier and delivers the NOTIFYs as call events;</li>
 * <li>the originate action (click_to_dial) calls the caller with auto-answer and REFERs it to the callee;</li>
 * <li>the hold, unhold, transfer and hangup actions act on a dialog set up by the component's 3PCC originate
 * between two sipp parties: NOTIFY Event hold, NOTIFY Event talk, REFER to the target with the final NOTIFY
 * followed, BYE.</li>
 * </ul>
 */
class SipNativeKameletsTest extends KameletTestSupport {

    private final int agentPort = SippPeer.freeUdpPort();

    private Map<String, Object> conn() {
        return Map.of("identity", "sip:camel@127.0.0.1", "listenPort", agentPort);
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                // each test adds the routes it needs
            }
        };
    }

    @Test
    void theSourceDeliversTheNotifiersDialogEvents() throws Exception {
        try (SippPeer notifier = SippPeer.uas("kamelet_dialog_notifier.xml", 1)) {
            Map<String, Object> p = new LinkedHashMap<>(conn());
            p.put("monitoredUsers", notifier.uri("alice"));
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from(kamelet("sip-native-dialog-events-source", p)).routeId("source").to("mock:events");
                }
            });
            MockEndpoint events = getMockEndpoint("mock:events");
            events.expectedMinimumMessageCount(2);
            events.assertIsSatisfied(10000);
            List<Exchange> got = events.getReceivedExchanges();
            JsonNode first = new ObjectMapper().readTree(got.get(0).getMessage().getBody(String.class));
            assertThat(first.path("vendor").asText()).isEqualTo("sip-native");
            assertThat(got).extracting(e -> e.getMessage().getHeader("call-state", String.class))
                    .containsSubsequence("RINGING", "CONNECTED");
            assertThat(got.get(0).getMessage().getHeader("call-id", String.class)).isNotBlank();
            // stopping the routes (the Kamelet's own route among them) unsubscribes: the scenario's last step
            context.getRouteController().stopAllRoutes();
            assertThat(notifier.awaitExit(10000)).as(notifier.diagnostics()).isZero();
            assertThat(notifier.messages()).contains("SUBSCRIBE " + notifier.uri("alice"), "Event: dialog");
        }
    }

    @Test
    void theOriginateActionCallsTheCallerAndRefersItToTheCallee() throws Exception {
        try (SippPeer phone = SippPeer.uas("kamelet_click_to_dial.xml", 1)) {
            Exchange out = ok(act("sip-native-originate-action", conn(),
                    Map.of("caller", phone.uri("alice"), "callee", "sip:carol@127.0.0.1:5099")));
            assertThat(out.getMessage().getHeader("CamelSipNativeTransferResult")).isEqualTo("SIP/2.0 200 OK");
            assertThat(phone.awaitExit(10000)).as(phone.diagnostics()).isZero();
            String wire = phone.messages();
            assertThat(wire).contains("INVITE " + phone.uri("alice"), "Refer-To: <sip:carol@127.0.0.1:5099>");
        }
    }

    @Test
    void theDialogActionsHoldUnholdTransferAndHangUp() throws Exception {
        try (SippPeer a = SippPeer.uas("kamelet_party_a.xml", 3); SippPeer b = SippPeer.uas("kamelet_party_b.xml", 1)) {
            // the dialog to act on: the component's own 3PCC originate (the Kamelets share its user agent)
            Exchange call = template.request("sip-native:originate?identity=sip:camel@127.0.0.1&listenPort=" + agentPort,
                    e -> e.getMessage().setHeaders(new LinkedHashMap<>(Map.of(
                            "CamelSipNativeFirstParty", a.uri("alice"), "CamelSipNativeSecondParty", b.uri("bob")))));
            ok(call);
            String legA = call.getMessage().getHeader("CamelSipNativeDialogId", String.class);
            String legB = call.getMessage().getHeader("CamelSipNativeSecondDialogId", String.class);
            assertThat(legA).isNotBlank();
            assertThat(legB).isNotBlank();

            assertThat(ok(act("sip-native-hold-action", conn(), Map.of("call-id", legA)))
                    .getMessage().getHeader("CamelSipNativeStatusCode")).isEqualTo(200);
            // the CloudEvents form of the header works as well
            assertThat(ok(act("sip-native-unhold-action", conn(), Map.of("ce-callid", legA)))
                    .getMessage().getHeader("CamelSipNativeStatusCode")).isEqualTo(200);
            Exchange transfer = ok(act("sip-native-transfer-action", conn(),
                    Map.of("call-id", legA, "target", "sip:dave@127.0.0.1:5099")));
            assertThat(transfer.getMessage().getHeader("CamelSipNativeTransferResult")).isEqualTo("SIP/2.0 200 OK");
            assertThat(a.awaitExit(10000)).as(a.diagnostics()).isZero();

            ok(act("sip-native-hangup-action", conn(), Map.of("call-id", legB)));
            assertThat(b.awaitExit(10000)).as(b.diagnostics()).isZero();

            String wireA = a.messages();
            int hold = wireA.indexOf("Event: hold");
            int talk = wireA.indexOf("Event: talk");
            int refer = wireA.indexOf("REFER sip:");
            assertThat(hold).as(wireA).isPositive();
            assertThat(talk).isGreaterThan(hold);
            assertThat(refer).isGreaterThan(talk);
            assertThat(wireA.substring(refer)).contains("Refer-To: <sip:dave@127.0.0.1:5099>");
            assertThat(wireA.indexOf("BYE sip:", refer)).as("the transferor leaves after the transfer").isPositive();
            assertThat(b.messages()).contains("BYE sip:");
        }
    }
}
