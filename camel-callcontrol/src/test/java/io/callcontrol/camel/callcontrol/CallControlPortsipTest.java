package io.callcontrol.camel.callcontrol;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.core.type.TypeReference;
import io.callcontrol.camel.portsip.PortsipComponent;
import io.callcontrol.camel.portsip.PortsipConfiguration;
import io.callcontrol.camel.portsip.PortsipConstants;
import io.callcontrol.core.json.Json;
import io.callcontrol.sim.kit.RecordedRequest;
import io.callcontrol.sim.kit.SimulatorExtension;
import io.callcontrol.sim.portsip.PortsipSimulator;
import io.callcontrol.sim.portsip.PortsipSimulator.CalleeBehaviour;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** Every neutral operation PortSIP can do, against the PortSIP simulator: the vendor request on its wire. */
class CallControlPortsipTest extends CamelTestSupport {

    @RegisterExtension
    static SimulatorExtension<PortsipSimulator> pbx = new SimulatorExtension<>(PortsipSimulator::new);

    static final String ORIGINATE = "callcontrol:originate?pbx=#portsipMain";
    static final String AWAIT = "callcontrol:originate?pbx=#portsipMain&awaitOutcome=true&outcomeEvents=#portsipEvents";
    static final String AWAIT_LONG = AWAIT + "&outcomeTimeout=20000";

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        PortsipComponent component = new PortsipComponent();
        PortsipConfiguration c = component.getConfiguration();
        c.setBaseUrl(pbx.get().baseUrl() + "/api");
        c.setUsername(PortsipSimulator.ADMIN_USER);
        c.setPassword(PortsipSimulator.ADMIN_PASSWORD);
        context.addComponent("portsip", component);
        context.getRegistry().bind("portsipMain", "portsip:initiate");
        context.getRegistry().bind("portsipEvents", "portsip:events?eventChannel=wsi");
        return context;
    }

    @Override
    protected org.apache.camel.builder.RouteBuilder createRouteBuilder() {
        return new org.apache.camel.builder.RouteBuilder() {
            @Override
            public void configure() {
                // the producers start with the routes: their event consumer listens before the first originate
                from("direct:await").to(AWAIT_LONG);
                from("direct:awaitShort").to(AWAIT + "&outcomeTimeout=300");
                from("callcontrol:events?pbx=#portsipEvents").routeId("events").autoStartup(false).to("mock:events");
                from("callcontrol:events?pbx=#portsipEvents&includeGaps=true").routeId("gaps").autoStartup(false)
                        .to("mock:gaps");
            }
        };
    }

    static PortsipSimulator sim() {
        return pbx.get();
    }

    static List<RecordedRequest> api() {
        return sim().wireLog().matching(r -> r.path().startsWith("/api/sessions"));
    }

    static Map<String, Object> json(RecordedRequest r) {
        return Json.read(r.body(), new TypeReference<Map<String, Object>>() { });
    }

    Exchange send(String uri, Map<String, Object> headers) {
        return template.request(uri, e -> e.getMessage().setHeaders(new HashMap<>(headers)));
    }

    String connected(String callee) {
        Exchange ex = send(ORIGINATE, Map.of(CallControlConstants.CALLER, "1001", CallControlConstants.CALLEE, callee));
        assertThat(ex.getException()).isNull();
        sim().clock().advance(Duration.ofSeconds(10));
        return ex.getMessage().getHeader(CallControlConstants.CALL_ID, String.class);
    }

    @Test
    void originateSendsInitiateAndAnswersTheSessionIdAtOnce() {
        Exchange ex = send(ORIGINATE, Map.of(CallControlConstants.CALLER, "1001", CallControlConstants.CALLEE, "1002"));
        assertThat(ex.getException()).isNull();
        RecordedRequest r = api().get(0);
        assertThat(r.method()).isEqualTo("POST");
        assertThat(r.path()).isEqualTo("/api/sessions");
        assertThat(json(r)).containsEntry("caller", "1001").containsEntry("callee", "1002").containsEntry("send_sdp", true);
        CallControlResult result = ex.getMessage().getBody(CallControlResult.class);
        assertThat(result.vendor()).isEqualTo("portsip");
        assertThat(result.vendorOperation()).isEqualTo("initiate");
        assertThat(result.callId()).isNotBlank().isEqualTo(result.vendorCallId());
        assertThat(result.outcome()).isEqualTo(CallOutcome.PENDING);
        assertThat(result.raw()).isInstanceOf(io.callcontrol.camel.portsip.api.SessionCreated.class);
        assertThat(ex.getMessage().getHeader(CallControlConstants.CALL_ID)).isEqualTo(result.callId());
        assertThat(sim().session(result.callId())).isNotNull();
    }

    @Test
    void theBodyCarriesTheRequestAndThePbxHeaderChoosesThePbx() {
        Exchange ex = template.request("callcontrol:originate", e -> {
            e.getMessage().setHeader(CallControlConstants.PBX, "portsipMain");
            e.getMessage().setBody(Map.of("caller", "1001", "callee", "1003"));
        });
        assertThat(ex.getException()).isNull();
        assertThat(json(api().get(0))).containsEntry("caller", "1001").containsEntry("callee", "1003");
    }

    @Test
    void hangupDestroysTheSession() {
        String id = connected("1002");
        Exchange ex = send("callcontrol:hangup?pbx=#portsipMain", Map.of(CallControlConstants.CALL_ID, id));
        assertThat(ex.getException()).isNull();
        assertThat(api().get(1).uri()).isEqualTo("/api/sessions/" + id + "/destroy");
        assertThat(sim().sessions()).isEmpty();
        assertThat(ex.getMessage().getBody(CallControlResult.class).vendorOperation()).isEqualTo("destroy");
    }

    @Test
    void holdAndUnholdActForTheParty() {
        String id = connected("1002");
        send("callcontrol:hold?pbx=#portsipMain&party=1001", Map.of(CallControlConstants.CALL_ID, id));
        assertThat(api().get(1).uri()).isEqualTo("/api/sessions/" + id + "/hold");
        assertThat(api().get(1).bodyAsString()).isEqualTo("{\"extension_number\":\"1001\"}");
        assertThat(sim().session(id)).containsEntry("on_hold", true);
        send("callcontrol:unhold?pbx=#portsipMain", Map.of(CallControlConstants.CALL_ID, id, CallControlConstants.PARTY, "1001"));
        assertThat(api().get(2).uri()).isEqualTo("/api/sessions/" + id + "/unhold");
        assertThat(sim().session(id)).containsEntry("on_hold", false);
    }

    @Test
    void blindTransferRefers() {
        String id = connected("1002");
        Exchange ex = send("callcontrol:blind_transfer?pbx=#portsipMain&party=1001", Map.of(CallControlConstants.CALL_ID, id,
                CallControlConstants.TARGET, "0033187691"));
        assertThat(ex.getException()).isNull();
        assertThat(api().get(1).uri()).isEqualTo("/api/sessions/" + id + "/refer");
        assertThat(api().get(1).bodyAsString()).isEqualTo("{\"extension_number\":\"1001\",\"refer_to\":\"0033187691\"}");
        assertThat(sim().session(id)).containsEntry("callee", "0033187691");
    }

    @Test
    void attendedTransferConnectsTheOtherPartiesOfTwoCalls() {
        String first = connected("1002");
        String second = connected("1003");
        Exchange ex = send("callcontrol:attended_transfer?pbx=#portsipMain&party=1001", Map.of(
                CallControlConstants.CALL_ID, first, CallControlConstants.OTHER_CALL_ID, second));
        assertThat(ex.getException()).isNull();
        RecordedRequest r = api().get(2);
        assertThat(r.uri()).isEqualTo("/api/sessions/" + first + "/attended_refer");
        assertThat(json(r)).containsEntry("extension_number", "1001").containsEntry("session_1", first)
                .containsEntry("session_2", second);
        assertThat(sim().sessions()).singleElement().satisfies(s -> assertThat(s)
                .containsEntry("caller", "1002").containsEntry("callee", "1003"));
    }

    @Test
    void listCallsMapsTheSessions() {
        String id = connected("1002");
        Exchange ex = send("callcontrol:list_calls?pbx=#portsipMain", Map.of());
        assertThat(ex.getException()).isNull();
        assertThat(api().get(1).method()).isEqualTo("GET");
        assertThat(api().get(1).path()).isEqualTo("/api/sessions");
        CallControlResult r = ex.getMessage().getBody(CallControlResult.class);
        assertThat(r.calls()).singleElement().satisfies(c -> {
            assertThat(c.callId()).isEqualTo(id);
            assertThat(c.caller()).isEqualTo("1001");
            assertThat(c.callee()).isEqualTo("1002");
            assertThat(c.raw()).isInstanceOf(io.callcontrol.camel.portsip.api.PortsipSession.class);
        });
    }

    @Test
    void unsupportedOperationsAreRefusedBeforeSending() {
        String id = connected("1002");
        int before = api().size();
        for (String op : List.of("send_dtmf", "start_recording", "stop_recording")) {
            Exchange ex = send("callcontrol:" + op + "?pbx=#portsipMain", Map.of(CallControlConstants.CALL_ID, id,
                    CallControlConstants.DIGITS, "12"));
            assertThat(ex.getException()).isInstanceOfSatisfying(CallControlUnsupportedOperationException.class, e -> {
                assertThat(e.getVendor()).isEqualTo("portsip");
                assertThat(e.getMessage()).contains("callcontrol:" + op).contains("portsip");
            });
        }
        assertThat(api()).hasSize(before);
    }

    @Test
    void missingNeutralFieldsAreNamedBeforeSending() {
        Exchange ex = send("callcontrol:hold?pbx=#portsipMain", Map.of(CallControlConstants.CALL_ID, "1"));
        assertThat(ex.getException()).isInstanceOfSatisfying(io.callcontrol.core.error.CallControlValidationException.class,
                e -> assertThat(e.getParameters()).containsExactly("party"));
        ex = send("callcontrol:hangup", Map.of(CallControlConstants.CALL_ID, "1"));
        assertThat(ex.getException()).isInstanceOfSatisfying(io.callcontrol.core.error.CallControlValidationException.class,
                e -> assertThat(e.getParameters()).containsExactly("pbx"));
        assertThat(api()).isEmpty();
    }

    // ---- originate with the outcome, from the WSI events correlated by session id -----------------------

    private CallControlResult awaitOutcome(String callee) throws Exception {
        awaitWsi();
        CompletableFuture<Exchange> f = template.asyncSend("direct:await", e -> e.getMessage().setHeaders(new HashMap<>(Map.of(
                CallControlConstants.CALLER, "1001", CallControlConstants.CALLEE, callee))));
        sim().wireLog().await(r -> r.method().equals("POST") && r.path().equals("/api/sessions"), Duration.ofSeconds(10));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!f.isDone() && System.nanoTime() < deadline) {
            sim().clock().advance(Duration.ofSeconds(5));
            Thread.sleep(50);
        }
        Exchange ex = f.get(20, TimeUnit.SECONDS);
        assertThat(ex.getException()).isNull();
        CallControlResult r = ex.getMessage().getBody(CallControlResult.class);
        assertThat(ex.getMessage().getHeader(CallControlConstants.OUTCOME)).isEqualTo(r.outcome());
        return r;
    }

    private static void awaitWsi() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (sim().wsiSubscribers() < 1 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(sim().wsiSubscribers()).isPositive();
    }

    @Test
    void awaitOutcomeAnswered() throws Exception {
        CallControlResult r = awaitOutcome("1002");
        assertThat(r.outcome()).isEqualTo(CallOutcome.ANSWERED);
        assertThat(sim().session(r.callId())).containsEntry("status", "connected");
    }

    @Test
    void awaitOutcomeBusy() throws Exception {
        sim().calleeBehaviour("1003", CalleeBehaviour.BUSY);
        assertThat(awaitOutcome("1003").outcome()).isEqualTo(CallOutcome.BUSY);
    }

    @Test
    void awaitOutcomeNoAnswer() throws Exception {
        sim().calleeBehaviour("1004", CalleeBehaviour.NO_ANSWER);
        assertThat(awaitOutcome("1004").outcome()).isEqualTo(CallOutcome.NO_ANSWER);
    }

    @Test
    void awaitOutcomeTimesOutWhenNothingHappens() throws Exception {
        awaitWsi();
        Exchange ex = send("direct:awaitShort", Map.of(CallControlConstants.CALLER, "1001",
                CallControlConstants.CALLEE, "1002"));
        assertThat(ex.getException()).isNull();
        assertThat(ex.getMessage().getBody(CallControlResult.class).outcome()).isEqualTo(CallOutcome.TIMEOUT);
    }

    @Test
    void eventsConsumerRoutesTheNormalizedEvents() throws Exception {
        context.getRouteController().startRoute("events");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (sim().wsiSubscribers() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        org.apache.camel.component.mock.MockEndpoint mock = getMockEndpoint("mock:events");
        mock.expectedMinimumMessageCount(4);
        String id = connected("1002");
        mock.assertIsSatisfied(10000);
        io.callcontrol.core.event.CallEvent first = mock.getReceivedExchanges().get(0).getMessage()
                .getBody(io.callcontrol.core.event.CallEvent.class);
        assertThat(first.vendor()).isEqualTo("portsip");
        assertThat(first.callId()).isEqualTo(id);
        assertThat(first.raw()).isInstanceOf(io.callcontrol.camel.portsip.api.PortsipEvent.class);
        assertThat(mock.getReceivedExchanges()).extracting(x -> x.getMessage().getHeader(CallControlConstants.STATE))
                .contains(io.callcontrol.core.event.CallState.CONNECTED);
        // an event drives an operation directly: its call id header is the one hangup takes
        Exchange hangup = template.request("callcontrol:hangup?pbx=#portsipMain", e -> e.getMessage().setHeaders(
                new HashMap<>(mock.getReceivedExchanges().get(0).getMessage().getHeaders())));
        assertThat(hangup.getException()).isNull();
        assertThat(api()).last().satisfies(r -> assertThat(r.uri()).isEqualTo("/api/sessions/" + id + "/destroy"));
    }

    @Test
    void gapSignalsOnlyWithIncludeGaps() throws Exception {
        context.getRouteController().startRoute("events");
        context.getRouteController().startRoute("gaps");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (sim().wsiSubscribers() < 3 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        sim().dropWsiConnections();
        org.apache.camel.component.mock.MockEndpoint gaps = getMockEndpoint("mock:gaps");
        gaps.expectedMinimumMessageCount(1);
        gaps.assertIsSatisfied(15000);
        assertThat(gaps.getReceivedExchanges().get(0).getMessage().getHeader(CallControlConstants.GAP)).isEqualTo(true);
        assertThat(getMockEndpoint("mock:events").getReceivedExchanges())
                .noneMatch(x -> x.getMessage().getHeader(CallControlConstants.GAP) != null);
    }
}
