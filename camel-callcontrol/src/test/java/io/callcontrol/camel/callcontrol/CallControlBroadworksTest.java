package io.callcontrol.camel.callcontrol;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import io.callcontrol.core.json.Json;
import io.callcontrol.sim.broadworks.BroadworksSimulator;
import io.callcontrol.sim.kit.RecordedRequest;
import io.callcontrol.sim.kit.SimulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** Every neutral operation against the BroadWorks simulator: the call-service requests on its wire. */
class CallControlBroadworksTest extends CamelTestSupport {

    @RegisterExtension
    static SimulatorExtension<BroadworksSimulator> pbx = new SimulatorExtension<>(BroadworksSimulator::new);

    static final String CALLS = "/api/v1/tenants/foo/groups/foogroup/users/foouser/services/calls/";

    static String base() {
        return "baseUrl=" + pbx.get().baseUrl() + "&tenantId=foo&groupId=foogroup&userId=foouser&accessToken="
               + BroadworksSimulator.MACHINE_TOKEN;
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.getRegistry().bind("bw", "broadworks:call?" + base() + "&includeDetails=true");
        context.getRegistry().bind("bwEvents", "broadworks:calls?" + base() + "&delay=100&initialDelay=0");
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:await").to("callcontrol:originate?pbx=#bw&awaitOutcome=true&outcomeEvents=#bwEvents"
                                        + "&outcomeTimeout=20000");
            }
        };
    }

    Exchange send(String op, Map<String, Object> headers) {
        return template.request("callcontrol:" + op + "?pbx=#bw", e -> e.getMessage().setHeaders(new HashMap<>(headers)));
    }

    /** The call-service requests, the outcome poller's GETs of the call list (and list_calls') left out. */
    static List<RecordedRequest> api() {
        return pbx.get().wireLog().matching(r -> r.path().startsWith(CALLS)
                && !(r.method().equals("GET") && r.path().equals(CALLS)));
    }

    static RecordedRequest last() {
        List<RecordedRequest> all = api();
        return all.get(all.size() - 1);
    }

    static JsonNode json(RecordedRequest r) {
        return Json.tree(r.body());
    }

    String activeCall() {
        return pbx.get().seedCall("foouser", "Originator", "Active", "+3212345678", false);
    }

    @Test
    void originateIsAClickToDialCallOfTheUser() {
        Exchange ex = send("originate", Map.of(CallControlConstants.CALLER, "foouser",
                CallControlConstants.CALLEE, "+3212345678"));
        assertThat(ex.getException()).isNull();
        assertThat(last().method()).isEqualTo("POST");
        assertThat(last().path()).isEqualTo(CALLS);
        assertThat(json(last()).get("phoneNumber").asText()).isEqualTo("+3212345678");
        CallControlResult r = ex.getMessage().getBody(CallControlResult.class);
        assertThat(r.callId()).startsWith("callhalf-");
        assertThat(r.trackingId()).isNotBlank();
    }

    @Test
    void callOperationsPutTheirAction() {
        String id = activeCall();
        Map<String, Object> h = Map.of(CallControlConstants.CALL_ID, id);
        for (String op : List.of("hold", "unhold", "start_recording", "stop_recording")) {
            assertThat(send(op, h).getException()).as(op).isNull();
        }
        assertThat(api().stream().filter(r -> r.method().equals("PUT")).map(r -> json(r).get("action").asText()))
                .containsExactly("hold", "reconnect", "startRecording", "stopRecording");
        assertThat(last().path()).isEqualTo(CALLS + id + "/");

        Exchange list = send("list_calls", Map.of());
        assertThat(list.getException()).isNull();
        assertThat(pbx.get().wireLog().find("GET", CALLS)).isNotEmpty();
        assertThat(list.getMessage().getBody(CallControlResult.class).calls()).singleElement().satisfies(c -> {
            assertThat(c.callId()).isEqualTo(id);
            assertThat(c.callee()).isEqualTo("+3212345678");
        });

        assertThat(send("hangup", h).getException()).isNull();
        assertThat(last().method()).isEqualTo("DELETE");
        assertThat(last().path()).isEqualTo(CALLS + id + "/");
        assertThat(pbx.get().calls("foouser")).isEmpty();
    }

    @Test
    void transfers() {
        String id = activeCall();
        assertThat(send("blind_transfer", Map.of(CallControlConstants.CALL_ID, id, CallControlConstants.TARGET,
                "+3212345765")).getException()).isNull();
        assertThat(json(last()).get("action").asText()).isEqualTo("blindTransfer");
        assertThat(json(last()).get("phoneNumber").asText()).isEqualTo("+3212345765");

        String a = pbx.get().seedCall("foouser", "Originator", "Held", "+3211111111", false);
        String b = activeCall();
        assertThat(send("attended_transfer", Map.of(CallControlConstants.CALL_ID, a,
                CallControlConstants.OTHER_CALL_ID, b)).getException()).isNull();
        assertThat(last().path()).isEqualTo(CALLS + a + "/");
        assertThat(json(last()).get("action").asText()).isEqualTo("consultativeTransfer");
        assertThat(json(last()).get("transferCallId").asText()).isEqualTo(b);
    }

    @Test
    void sendDtmfIsRefusedBeforeSending() {
        int before = api().size();
        Exchange ex = send("send_dtmf", Map.of(CallControlConstants.CALL_ID, "callhalf-1:0", CallControlConstants.DIGITS, "1"));
        assertThat(ex.getException()).isInstanceOf(CallControlUnsupportedOperationException.class)
                .hasMessageContaining("broadworks").hasMessageContaining("send_dtmf");
        assertThat(api()).hasSize(before);
    }

    private CallControlResult awaitOutcome(String state, boolean release) throws Exception {
        pbx.get().wireLog().await(r -> r.method().equals("GET"), java.time.Duration.ofSeconds(10)); // the poller runs
        CompletableFuture<Exchange> f = template.asyncSend("direct:await", e -> e.getMessage().setHeaders(new HashMap<>(Map.of(
                CallControlConstants.CALLEE, "+3212345678"))));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (pbx.get().calls("foouser").isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        String id = (String) pbx.get().calls("foouser").get(0).get("callId");
        Thread.sleep(300); // the poller saw it ringing
        if (release) {
            pbx.get().remoteRelease("foouser", id);
        } else {
            pbx.get().setState("foouser", id, state);
        }
        Exchange ex = f.get(20, TimeUnit.SECONDS);
        assertThat(ex.getException()).isNull();
        CallControlResult r = ex.getMessage().getBody(CallControlResult.class);
        assertThat(r.callId()).isEqualTo(id);
        return r;
    }

    @Test
    void awaitOutcomeAnsweredFromThePolledCallList() throws Exception {
        assertThat(awaitOutcome("Active", false).outcome()).isEqualTo(CallOutcome.ANSWERED);
    }

    @Test
    void awaitOutcomeOfACallReleasedBeforeAnswer() throws Exception {
        // BroadWorks' call list says only that the call is gone: not answered, reason unknown
        assertThat(awaitOutcome(null, true).outcome()).isEqualTo(CallOutcome.FAILED);
    }
}
