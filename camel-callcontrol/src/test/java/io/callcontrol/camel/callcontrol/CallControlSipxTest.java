package io.callcontrol.camel.callcontrol;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.callcontrol.sim.kit.RecordedRequest;
import io.callcontrol.sim.kit.SimulatorExtension;
import io.callcontrol.sim.sipx.SipxSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** originate and blind_transfer against the sipX simulator; the outcome by polling the call controller's status. */
class CallControlSipxTest extends CamelTestSupport {

    @RegisterExtension
    static SimulatorExtension<SipxSimulator> pbx = new SimulatorExtension<>(SipxSimulator::new);

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        String base = "baseUrl=" + pbx.get().baseUrl() + "&authMethod=basic&username=user1&password=123";
        context.getRegistry().bind("sipx", "sipx:call?" + base);
        context.getRegistry().bind("sipxRing", "sipx:call?" + base + "&timeout=10");
        context.getRegistry().bind("sipxInvite", "sipx:call?" + base + "&sipMethod=INVITE");
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:await").to("callcontrol:originate?pbx=#sipx&awaitOutcome=true&outcomePollInterval=50"
                                        + "&outcomeTimeout=20000");
                from("direct:awaitRing").to("callcontrol:originate?pbx=#sipxRing&awaitOutcome=true&outcomePollInterval=50"
                                            + "&outcomeTimeout=20000");
            }
        };
    }

    Exchange send(String uri, Map<String, Object> headers) {
        return template.request(uri, e -> e.getMessage().setHeaders(new HashMap<>(headers)));
    }

    @Test
    void originateCallsTheCallController() {
        Exchange ex = send("callcontrol:originate?pbx=#sipx", Map.of(CallControlConstants.CALLER, "user1",
                CallControlConstants.CALLEE, "user2"));
        assertThat(ex.getException()).isNull();
        RecordedRequest r = pbx.get().wireLog().last();
        assertThat(r.method()).isEqualTo("POST");
        assertThat(r.path()).isEqualTo("/callcontroller/user1/user2");
        CallControlResult res = ex.getMessage().getBody(CallControlResult.class);
        assertThat(res.callId()).isEqualTo("user1:user1:user2");
        assertThat(pbx.get().cachedCalls()).containsExactly(res.callId());
    }

    @Test
    void blindTransferAddressesTheCallByItsKey() {
        Exchange call = send("callcontrol:originate?pbx=#sipxInvite", Map.of(CallControlConstants.CALLER, "user1",
                CallControlConstants.CALLEE, "user2"));
        assertThat(call.getException()).isNull();
        pbx.get().clock().advance(Duration.ofSeconds(3));
        Exchange ex = send("callcontrol:blind_transfer?pbx=#sipxInvite", Map.of(
                CallControlConstants.CALL_ID, call.getMessage().getHeader(CallControlConstants.CALL_ID),
                CallControlConstants.TARGET, "user4"));
        assertThat(ex.getException()).isNull();
        RecordedRequest t = pbx.get().wireLog().last();
        assertThat(t.method()).isEqualTo("POST");
        assertThat(t.path()).isEqualTo("/callcontroller/user1/user2");
        assertThat(t.queryParam("action")).isEqualTo("transfer");
        assertThat(t.queryParam("target")).isEqualTo("user4");
    }

    @Test
    void whatSipxCannotDoIsRefusedBeforeSending() {
        for (String op : List.of("hangup", "hold", "unhold", "attended_transfer", "send_dtmf", "start_recording",
                "stop_recording", "list_calls")) {
            Exchange ex = send("callcontrol:" + op + "?pbx=#sipx", Map.of(CallControlConstants.CALL_ID, "user1:user1:user2"));
            assertThat(ex.getException()).as(op).isInstanceOf(CallControlUnsupportedOperationException.class)
                    .hasMessageContaining("sipx").hasMessageContaining(op);
        }
        assertThat(pbx.get().wireLog().all()).isEmpty();
    }

    private CallOutcome awaitOutcome(String caller, String callee, String statusLine) throws Exception {
        return awaitOutcome("direct:await", caller, callee, statusLine);
    }

    private CallOutcome awaitOutcome(String uri, String caller, String callee, String statusLine) throws Exception {
        CompletableFuture<Exchange> f = template.asyncSend(uri, e -> e.getMessage().setHeaders(new HashMap<>(Map.of(
                CallControlConstants.CALLER, caller, CallControlConstants.CALLEE, callee))));
        pbx.get().wireLog().await(r -> r.method().equals("POST"), Duration.ofSeconds(10));
        // the wire log records the request before the simulator handles it: wait for the call record
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!pbx.get().cachedCalls().contains(caller + ":" + caller + ":" + callee) && System.nanoTime() < until) {
            Thread.sleep(5);
        }
        if (statusLine != null) {
            pbx.get().notifyStatus(caller, caller, callee, statusLine);
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!f.isDone() && System.nanoTime() < deadline) {
            pbx.get().clock().advance(Duration.ofSeconds(statusLine == null ? 1 : 0));
            Thread.sleep(50);
        }
        Exchange ex = f.get(20, TimeUnit.SECONDS);
        assertThat(ex.getException()).isNull();
        // polled: GET on the call's own calling/called pair
        assertThat(pbx.get().wireLog().find("GET", "/callcontroller/" + caller + "/" + callee)).isNotEmpty();
        return ex.getMessage().getBody(CallControlResult.class).outcome();
    }

    @Test
    void awaitOutcomeAnswered() throws Exception {
        assertThat(awaitOutcome("user1", "user2", null)).isEqualTo(CallOutcome.ANSWERED);
    }

    @Test
    void awaitOutcomeBusy() throws Exception {
        assertThat(awaitOutcome("user1", "user3", "SIP/2.0 486 Busy Here")).isEqualTo(CallOutcome.BUSY);
    }

    @Test
    void awaitOutcomeRejected() throws Exception {
        // the REFER call's NOTIFY reports the called party's final response, uninterpreted, in the status lines
        assertThat(awaitOutcome("user1", "user5", "SIP/2.0 603 Decline")).isEqualTo(CallOutcome.REJECTED);
        assertThat(pbx.get().wireLog().find("POST", "/callcontroller/user1/user5")).isNotEmpty();
    }

    @Test
    void awaitOutcomeNoAnswer() throws Exception {
        pbx.get().noAnswer("user1");
        // alerted for 10 s (timeout=10 on the PBX endpoint), then 487
        assertThat(awaitOutcome("direct:awaitRing", "user1", "user4", null)).isEqualTo(CallOutcome.NO_ANSWER);
    }
}
