package io.callcontrol.camel.callcontrol;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import io.callcontrol.camel.portasip.PortasipComponent;
import io.callcontrol.camel.portasip.PortasipConfiguration;
import io.callcontrol.camel.portasip.api.OriginateAdvancedCallResponse;
import io.callcontrol.core.json.Json;
import io.callcontrol.sim.kit.SimulatorExtension;
import io.callcontrol.sim.portasip.PortasipSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** Every neutral operation PortaSIP can do, against the PortaSIP simulator: the JSON-RPC request on its WebSocket. */
class CallControlPortasipTest extends CamelTestSupport {

    @RegisterExtension
    static SimulatorExtension<PortasipSimulator> pbx = new SimulatorExtension<>(PortasipSimulator::new);

    static final String AWAIT = "callcontrol:originate?pbx=#portasipMain&awaitOutcome=true&outcomeEvents=#portasipEvents";

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        PortasipComponent component = new PortasipComponent();
        PortasipConfiguration c = component.getConfiguration();
        c.setWebSocketUrl("ws://127.0.0.1:" + pbx.get().port() + "/ws");
        c.setLogin(PortasipSimulator.LOGIN);
        c.setPassword(PortasipSimulator.PASSWORD);
        c.setRequestTimeout(3000);
        context.addComponent("portasip", component);
        context.getRegistry().bind("portasipMain", "portasip:originate_advanced_call?billId=123007&iCustomer=30");
        context.getRegistry().bind("portasipEvents", "portasip:call_control_notifications?iCustomer=30");
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:await").to(AWAIT + "&outcomeTimeout=20000");
                from("direct:awaitShort").to(AWAIT + "&outcomeTimeout=500");
            }
        };
    }

    static List<JsonNode> wire(String method) {
        return pbx.get().wireLog().matching(r -> "WS".equals(r.method())).stream().map(r -> Json.tree(r.body()))
                .filter(n -> method.equals(n.path("method").asText())).toList();
    }

    static JsonNode last(String method) {
        List<JsonNode> all = wire(method);
        assertThat(all).as(method + " on the wire").isNotEmpty();
        return all.get(all.size() - 1).path("params");
    }

    Exchange send(String uri, Map<String, Object> headers) {
        Exchange ex = template.request(uri, e -> e.getMessage().setHeaders(new HashMap<>(headers)));
        return ex;
    }

    @Test
    void originateSendsOriginateAdvancedCall() {
        Exchange ex = send("callcontrol:originate?pbx=#portasipMain", Map.of(CallControlConstants.CALLER, "123007",
                CallControlConstants.CALLEE, "123003"));
        assertThat(ex.getException()).isNull();
        JsonNode p = last("originate_advanced_call");
        assertThat(p.path("bill_id").asText()).isEqualTo("123007");
        assertThat(p.path("caller_id").asText()).isEqualTo("123007");
        assertThat(p.path("callee_id").asText()).isEqualTo("123003");
        CallControlResult r = ex.getMessage().getBody(CallControlResult.class);
        OriginateAdvancedCallResponse raw = (OriginateAdvancedCallResponse) r.raw();
        assertThat(r.vendor()).isEqualTo("portasip");
        assertThat(r.callId()).isEqualTo(raw.call().id());
        assertThat(r.trackingId()).isEqualTo(raw.trackingId()).isNotBlank();
        assertThat(r.outcome()).isEqualTo(CallOutcome.PENDING);
    }

    @Test
    void callOperationsOnTheWire() {
        String callId = pbx.get().incomingCall("123002", "123007");
        pbx.get().advance(Duration.ofSeconds(2));
        String tag = pbx.get().legTag(callId, "incoming");
        Map<String, Object> h = Map.of(CallControlConstants.CALL_ID, callId, CallControlConstants.PARTY, tag);

        assertThat(send("callcontrol:hold?pbx=#portasipMain", h).getException()).isNull();
        assertThat(last("hold_call").path("call").toString()).isEqualTo("{\"id\":\"" + callId + "\",\"tag\":\"" + tag + "\"}");
        assertThat(send("callcontrol:unhold?pbx=#portasipMain", h).getException()).isNull();
        assertThat(last("unhold_call").path("call").path("id").asText()).isEqualTo(callId);

        Exchange list = send("callcontrol:list_calls?pbx=#portasipMain", Map.of());
        assertThat(list.getException()).isNull();
        assertThat(last("get_sip_calls_list").toString()).isEqualTo("{\"i_customer\":30}");
        assertThat(list.getMessage().getBody(CallControlResult.class).calls()).extracting(CallInfo::callId).contains(callId);

        Map<String, Object> t = new HashMap<>(h);
        t.put(CallControlConstants.TARGET, "123003");
        assertThat(send("callcontrol:blind_transfer?pbx=#portasipMain", t).getException()).isNull();
        assertThat(last("transfer_call").path("cld").asText()).isEqualTo("123003");
        assertThat(last("transfer_call").path("call").path("id").asText()).isEqualTo(callId);

        String other = pbx.get().incomingCall("123004", "123005");
        pbx.get().advance(Duration.ofSeconds(2));
        Exchange join = send("callcontrol:attended_transfer?pbx=#portasipMain", Map.of(CallControlConstants.CALL_ID, other,
                CallControlConstants.PARTY, pbx.get().legTag(other, "outgoing"), CallControlConstants.OTHER_CALL_ID, callId));
        assertThat(join.getException()).isNull();
        assertThat(last("join_calls").path("call").path("id").asText()).isEqualTo(other);
        assertThat(last("join_calls").path("to_call").path("id").asText()).isEqualTo(callId);

        String third = pbx.get().incomingCall("123008", "123009");
        pbx.get().advance(Duration.ofSeconds(2));
        assertThat(send("callcontrol:hangup?pbx=#portasipMain", Map.of(CallControlConstants.CALL_ID, third)).getException()).isNull();
        assertThat(last("terminate_call").path("call").path("id").asText()).isEqualTo(third);
    }

    @Test
    void unsupportedOperationsAreRefusedBeforeSending() {
        for (String op : List.of("send_dtmf", "start_recording", "stop_recording")) {
            Exchange ex = send("callcontrol:" + op + "?pbx=#portasipMain", Map.of(CallControlConstants.CALL_ID, "x@1",
                    CallControlConstants.DIGITS, "1"));
            assertThat(ex.getException()).isInstanceOf(CallControlUnsupportedOperationException.class)
                    .hasMessageContaining("portasip").hasMessageContaining(op);
        }
        // nothing but the connection's own login reached the PBX
        assertThat(pbx.get().wireLog().matching(r -> "WS".equals(r.method())).stream().map(r -> Json.tree(r.body())
                .path("method").asText())).allMatch(m -> m.equals("login") || m.equals("enable_api_notifications"));
    }

    private static void subscribed() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (pbx.get().activeSubscriptions() < 1 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(pbx.get().activeSubscriptions()).isPositive();
    }

    private CallControlResult awaitOutcome(String uri, String callee) throws Exception {
        return awaitOutcomeExchange(uri, callee).getMessage().getBody(CallControlResult.class);
    }

    private Exchange awaitOutcomeExchange(String uri, String callee) throws Exception {
        subscribed();
        CompletableFuture<Exchange> f = template.asyncSend(uri, e -> e.getMessage().setHeaders(new HashMap<>(Map.of(
                CallControlConstants.CALLER, "123007", CallControlConstants.CALLEE, callee))));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (wire("originate_advanced_call").isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        while (!f.isDone() && System.nanoTime() < deadline) {
            pbx.get().advance(Duration.ofSeconds(2));
            Thread.sleep(50);
        }
        Exchange ex = f.get(20, TimeUnit.SECONDS);
        assertThat(ex.getException()).isNull();
        return ex;
    }

    @Test
    void awaitOutcomeAnsweredWhenTheCalleeLegConnects() throws Exception {
        CallControlResult r = awaitOutcome("direct:await", "123003");
        assertThat(r.outcome()).isEqualTo(CallOutcome.ANSWERED);
        // decided by the callee's leg (incoming) of the tracking id the PBX answered
        assertThat(pbx.get().calls()).anySatisfy(c -> {
            assertThat(c.path("tracking_id").asText()).isEqualTo(r.trackingId());
            assertThat(c.path("type").asText()).isEqualTo("incoming");
            assertThat(c.path("state").asText()).isEqualTo("connected");
        });
    }

    @Test
    void awaitOutcomeTimesOutWhileTheCalleeOnlyRings() throws Exception {
        pbx.get().noAutoAnswer("123004");
        CallControlResult r = awaitOutcome("direct:awaitShort", "123004");
        // the caller's leg connected, the callee's rings: not answered
        assertThat(r.outcome()).isEqualTo(CallOutcome.TIMEOUT);
    }

    /**
     * Originates to a callee the simulator makes busy / decline / not answer: the outcome comes from the callee leg's
     * terminated notification (reason_code), correlated by the tracking id, and the call is gone from the PBX.
     */
    private void awaitUnansweredOutcome(String callee, PortasipSimulator.CalleeBehaviour behaviour,
                                        CallOutcome expected) throws Exception {
        pbx.get().calleeBehaviour(callee, behaviour).noAnswerTimeout(Duration.ofSeconds(10));
        Exchange ex = awaitOutcomeExchange("direct:await", callee);
        CallControlResult r = ex.getMessage().getBody(CallControlResult.class);
        assertThat(r.outcome()).isEqualTo(expected);
        assertThat(ex.getMessage().getHeader(CallControlConstants.OUTCOME)).isEqualTo(expected);
        assertThat(ex.getMessage().getHeader(CallControlConstants.TRACKING_ID)).isEqualTo(r.trackingId());
        JsonNode p = last("originate_advanced_call");
        assertThat(p.path("caller_id").asText()).isEqualTo("123007");
        assertThat(p.path("callee_id").asText()).isEqualTo(callee);
        assertThat(p.path("bill_id").asText()).isEqualTo("123007");
        // the callee leg's terminated notification carried the code the outcome was decided from
        assertThat(pbx.get().notificationsSent()).anySatisfy(n -> {
            JsonNode ci = n.path("result").path("call_info");
            assertThat(ci.path("tracking_id").asText()).isEqualTo(r.trackingId());
            assertThat(ci.path("type").asText()).isEqualTo("incoming");
            assertThat(ci.path("state").asText()).isEqualTo("terminated");
            assertThat(ci.path("reason_code").asInt()).isEqualTo(behaviour.reasonCode);
        });
        assertThat(pbx.get().calls()).noneSatisfy(c -> assertThat(c.path("tracking_id").asText())
                .isEqualTo(r.trackingId()));
    }

    @Test
    void awaitOutcomeBusyWhenTheCalleeAnswers486() throws Exception {
        awaitUnansweredOutcome("123004", PortasipSimulator.CalleeBehaviour.BUSY, CallOutcome.BUSY);
    }

    @Test
    void awaitOutcomeRejectedWhenTheCalleeDeclines603() throws Exception {
        awaitUnansweredOutcome("123005", PortasipSimulator.CalleeBehaviour.REJECT, CallOutcome.REJECTED);
    }

    @Test
    void awaitOutcomeNoAnswerWhenTheCalleeRingsOut480() throws Exception {
        awaitUnansweredOutcome("123006", PortasipSimulator.CalleeBehaviour.NO_ANSWER, CallOutcome.NO_ANSWER);
    }
}
