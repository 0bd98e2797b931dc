package io.callcontrol.camel.portsip;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import io.callcontrol.camel.portsip.api.PortsipEvent;
import io.callcontrol.core.event.CallDirection;
import io.callcontrol.core.event.CallEvent;
import io.callcontrol.core.event.CallEventHeaders;
import io.callcontrol.core.event.CallState;
import io.callcontrol.sim.portsip.PortsipSimulator;
import org.apache.camel.BindToRegistry;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.apache.camel.test.AvailablePortFinder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** portsip:events fed by the simulator's webhooks (and by hand-made deliveries). */
class PortsipEventsConsumerTest extends PortsipTestSupport {

    private static final int PORT = AvailablePortFinder.getNextAvailable();
    private static final String URL = "http://127.0.0.1:" + PORT + "/portsip/events";
    private static final String TOKEN = "hook-secret";

    private final AtomicInteger failuresLeft = new AtomicInteger();

    @BindToRegistry("seen")
    private final IdempotentRepository seen = MemoryIdempotentRepository.memoryIdempotentRepository(100);
    private final HttpClient http = HttpClient.newHttpClient();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("portsip:events?webhookHost=127.0.0.1&webhookPort=" + PORT + "&webhookAuth=BEARER"
                     + "&webhookBearerToken=" + TOKEN).routeId("events")
                        .process(e -> {
                            e.getMessage().setHeader("thread", Thread.currentThread().getName());
                            if (failuresLeft.getAndDecrement() > 0) {
                                throw new IllegalStateException("downstream unavailable");
                            }
                        })
                        .to("mock:events");
                from("portsip:events?webhookHost=127.0.0.1&webhookPort=" + PORT + "&webhookPath=/cdr"
                     + "&eventTypes=call_cdr&webhookAuth=NONE").routeId("cdr-only")
                        .to("mock:cdr");
                from("portsip:events?webhookHost=127.0.0.1&webhookPort=" + PORT + "&webhookPath=/own-repo"
                     + "&idempotentRepository=#seen&webhookAuth=NONE").routeId("own-repo")
                        .to("mock:own-repo");
            }
        };
    }

    private int post(String path, String body, String authorization) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PORT + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void aCallsLifecycleArrivesAsNormalizedEvents() throws Exception {
        sim().eventUrl(URL).eventBearerToken(TOKEN);
        MockEndpoint mock = getMockEndpoint("mock:events");
        mock.expectedMessageCount(6);
        Instant t0 = sim().clock().now();

        String id = connectedCall("1002"); // call_start, cdr_target_add, _ringing (+1 s), _answer (+4 s)
        template.sendBodyAndHeader("portsip:destroy", null, PortsipConstants.SESSION_ID, id); // _end, call_cdr
        mock.assertIsSatisfied(5000);

        List<Exchange> received = mock.getReceivedExchanges();
        assertThat(received).extracting(e -> e.getMessage().getHeader(PortsipConstants.EVENT_TYPE, String.class))
                .containsExactlyInAnyOrder("call_start", "cdr_target_add", "cdr_target_ringing", "cdr_target_answer",
                        "cdr_target_end", "call_cdr");
        sim().awaitDelivery(d -> d.eventType().equals("call_cdr"), Duration.ofSeconds(5));
        assertThat(sim().deliveries()).allSatisfy(d -> assertThat(d.status()).isEqualTo(200));

        assertThat(received).allSatisfy(e -> assertThat(e.getMessage().getHeader("thread", String.class))
                .contains("portsip-events").doesNotContain("eventloop"));

        Exchange answer = byType(received, "cdr_target_answer");
        CallEvent ev = answer.getMessage().getHeader(CallEventHeaders.EVENT, CallEvent.class);
        assertThat(ev.vendor()).isEqualTo("portsip");
        assertThat(ev.state()).isEqualTo(CallState.CONNECTED);
        assertThat(ev.callId()).isEqualTo(id);
        assertThat(ev.caller()).isEqualTo("1001");
        assertThat(ev.callee()).isEqualTo("1002"); // from destination sip:1002@test.io
        assertThat(ev.direction()).isEqualTo(CallDirection.INTERNAL);
        assertThat(ev.occurredAt()).isEqualTo(t0.plusSeconds(4));
        assertThat(answer.getMessage().getHeader(CallEventHeaders.STATE)).isEqualTo(CallState.CONNECTED);
        assertThat(answer.getMessage().getHeader(PortsipConstants.SESSION_ID)).isEqualTo(id);
        String uuid = answer.getMessage().getHeader(PortsipConstants.EVENT_UUID, String.class);
        assertThat(uuid).isNotBlank();
        assertThat(ev.eventId()).isEqualTo(uuid);
        assertThat(sim().events()).anySatisfy(e -> assertThat(e).containsEntry("uuid", uuid)
                .containsEntry("event_type", "cdr_target_answer"));

        Exchange cdr = byType(received, "call_cdr");
        PortsipEvent body = cdr.getMessage().getBody(PortsipEvent.class);
        assertThat(body.callStatus()).isEqualTo("answered");
        assertThat(body.callTargets()).singleElement().satisfies(t -> {
            assertThat(t.destination()).isEqualTo("sip:1002@test.io");
            assertThat(t.status()).isEqualTo("answered");
        });
        CallEvent end = cdr.getMessage().getHeader(CallEventHeaders.EVENT, CallEvent.class);
        assertThat(end.state()).isEqualTo(CallState.TERMINATED);
        assertThat(end.vendorState()).isEqualTo("answered");
        assertThat(end.reason()).isEqualTo("caller_disconnected");
        assertThat(end.trackingId()).isEqualTo(body.cdrId());
        assertThat(end.connectedAt()).isEqualTo(t0.plusSeconds(4));
        assertThat(end.startedAt()).isEqualTo(t0);
        assertThat(end.endedAt()).isEqualTo(t0.plusSeconds(10));
        assertThat(end.durationSeconds()).isEqualTo(6);
        assertThat(end.raw()).isSameAs(body);

        // the cdr-only consumer on its own path got nothing: the PBX posts to one Event URL
        assertThat(getMockEndpoint("mock:cdr").getReceivedCounter()).isZero();
    }

    @Test
    void aFailedCallIsTerminatedWithTheSipStatus() throws Exception {
        sim().eventUrl(URL).eventBearerToken(TOKEN).calleeBehaviour("1003", PortsipSimulator.CalleeBehaviour.BUSY);
        MockEndpoint mock = getMockEndpoint("mock:events");
        mock.expectedMessageCount(4);
        template.sendBody("portsip:initiate?caller=1001&callee=1003&sendSdp=true", null);
        sim().clock().advance(Duration.ofSeconds(1));
        mock.assertIsSatisfied(5000);
        CallEvent fail = byType(mock.getReceivedExchanges(), "cdr_target_fail").getMessage()
                .getHeader(CallEventHeaders.EVENT, CallEvent.class);
        assertThat(fail.state()).isEqualTo(CallState.TERMINATED);
        assertThat(fail.reason()).isEqualTo("486");
        CallEvent cdr = byType(mock.getReceivedExchanges(), "call_cdr").getMessage()
                .getHeader(CallEventHeaders.EVENT, CallEvent.class);
        assertThat(cdr.vendorState()).isEqualTo("fail");
        assertThat(cdr.connectedAt()).isNull();
    }

    @Test
    void aRedeliveredEventIsRoutedOnceAndAcknowledgedEachTime() throws Exception {
        String event = "{\"event_type\":\"call_start\",\"uuid\":\"6b1f0c1e-1111-4c3a-9a43-0d5e2f7c9a10\","
                       + "\"time\":\"1725845648\",\"session_id\":\"885337248273272832\",\"cdr_id\":\"1\","
                       + "\"direction\":\"in\",\"caller\":\"1888722\",\"callee\":\"5000\",\"some_new_field\":{\"x\":1}}";
        MockEndpoint mock = getMockEndpoint("mock:events");
        mock.expectedMessageCount(1);
        assertThat(post("/portsip/events", event, "Bearer " + TOKEN)).isEqualTo(200);
        assertThat(post("/portsip/events", event, "Bearer " + TOKEN)).isEqualTo(200);
        mock.assertIsSatisfied();
        Exchange e = mock.getReceivedExchanges().get(0);
        assertThat(e.getMessage().getHeader(CallEventHeaders.DIRECTION)).isEqualTo(CallDirection.INBOUND);
        assertThat(e.getMessage().getHeader(CallEventHeaders.EVENT_ID)).isEqualTo("6b1f0c1e-1111-4c3a-9a43-0d5e2f7c9a10");
        assertThat(e.getMessage().getHeader(CallEventHeaders.OCCURRED_AT)).isEqualTo(Instant.ofEpochSecond(1725845648L));
    }

    @Test
    void aUsersIdempotentRepositoryIsUsed() throws Exception {
        seen.add("already-seen");
        MockEndpoint mock = getMockEndpoint("mock:own-repo");
        mock.expectedMessageCount(1);
        assertThat(post("/own-repo", "{\"event_type\":\"call_start\",\"uuid\":\"already-seen\"}", null)).isEqualTo(200);
        assertThat(post("/own-repo", "{\"event_type\":\"call_start\",\"uuid\":\"new-one\"}", null)).isEqualTo(200);
        mock.assertIsSatisfied();
        assertThat(mock.getReceivedExchanges().get(0).getMessage().getHeader(PortsipConstants.EVENT_UUID))
                .isEqualTo("new-one");
        assertThat(seen.contains("new-one")).isTrue();
    }

    @Test
    void withoutUuidTheSameEventStillGetsTheSameId() throws Exception {
        String event = "{\"event_type\":\"cdr_target_ringing\",\"time\":\"1725845650\",\"session_id\":\"77\","
                       + "\"cdr_id\":\"9\",\"destiantion\":\"sip:102@192.168.0.18:5066\",\"caller\":\"101\"}";
        MockEndpoint mock = getMockEndpoint("mock:events");
        mock.expectedMessageCount(1);
        post("/portsip/events", event, "Bearer " + TOKEN);
        post("/portsip/events", event, "Bearer " + TOKEN);
        mock.assertIsSatisfied();
        CallEvent ev = mock.getReceivedExchanges().get(0).getMessage().getHeader(CallEventHeaders.EVENT, CallEvent.class);
        assertThat(ev.callee()).isEqualTo("102");
        assertThat(ev.state()).isEqualTo(CallState.RINGING);
        assertThat(ev.eventId()).isNotBlank();
        assertThat(mock.getReceivedExchanges().get(0).getMessage().getHeader(PortsipConstants.EVENT_UUID)).isNull();
    }

    @Test
    void aRouteFailureAnswers500AndThePbxRetryIsProcessed() throws Exception {
        failuresLeft.set(1);
        sim().eventUrl(URL).eventBearerToken(TOKEN);
        MockEndpoint mock = getMockEndpoint("mock:events");
        // call_start fails once; cdr_target_add, _ringing, _answer are routed; the retry of call_start comes when
        // the call is CONNECTED: it is answered 200 but, stale (TRYING after CONNECTED), not routed as current
        mock.expectedMessageCount(3);
        template.sendBody("portsip:initiate?caller=1001&callee=1002&sendSdp=true", null);
        PortsipSimulator.EventDelivery failed = sim().awaitDelivery(d -> d.status() == 500, Duration.ofSeconds(5));
        sim().awaitDelivery(d -> d.status() == 200, Duration.ofSeconds(5));
        sim().clock().advance(Duration.ofSeconds(15)); // ringing, answer, and the PBX's first retry
        PortsipSimulator.EventDelivery retry = sim().awaitDelivery(d -> d.attempt() == 2, Duration.ofSeconds(5));
        assertThat(retry.uuid()).isEqualTo(failed.uuid());
        assertThat(retry.status()).isEqualTo(200);
        mock.assertIsSatisfied(5000);
        assertThat(mock.getReceivedExchanges()).extracting(e -> e.getMessage().getHeader(PortsipConstants.EVENT_TYPE))
                .containsExactly("cdr_target_add", "cdr_target_ringing", "cdr_target_answer");
        assertThat(mock.getReceivedExchanges()).extracting(e -> e.getMessage().getHeader(CallEventHeaders.SEQUENCE))
                .containsExactly(2L, 3L, 4L); // 1: the call_start whose route failed
    }

    @Test
    void senderAuthenticationBadJsonAndFilters() throws Exception {
        String event = "{\"event_type\":\"call_start\",\"uuid\":\"u-1\",\"session_id\":\"1\"}";
        assertThat(post("/portsip/events", event, null)).isEqualTo(401);
        assertThat(post("/portsip/events", event, "Bearer wrong")).isEqualTo(401);
        assertThat(post("/portsip/events", "{not json", "Bearer " + TOKEN)).isEqualTo(400);
        assertThat(post("/portsip/events", "\"a string\"", "Bearer " + TOKEN)).isEqualTo(400);
        assertThat(post("/portsip/events", "{\"event_type\":{\"nested\":true}}", "Bearer " + TOKEN)).isEqualTo(400);

        // eventTypes=call_cdr on /cdr: call_start is acknowledged but not routed
        assertThat(post("/cdr", event, null)).isEqualTo(200);
        assertThat(post("/cdr", "{\"event_type\":\"call_cdr\",\"uuid\":\"u-2\",\"call_status\":\"noanswer\"}", null))
                .isEqualTo(200);
        MockEndpoint cdr = getMockEndpoint("mock:cdr");
        cdr.expectedMessageCount(1);
        cdr.assertIsSatisfied();
        assertThat(getMockEndpoint("mock:events").getReceivedCounter()).isZero();
    }

    @Test
    void aSuspendedConsumerAnswers503SoThePbxRetries() throws Exception {
        context.getRouteController().suspendRoute("events");
        String event = "{\"event_type\":\"call_start\",\"uuid\":\"u-3\",\"session_id\":\"1\"}";
        assertThat(post("/portsip/events", event, "Bearer " + TOKEN)).isEqualTo(503);
        context.getRouteController().resumeRoute("events");
        assertThat(post("/portsip/events", event, "Bearer " + TOKEN)).isEqualTo(200);
        getMockEndpoint("mock:events").expectedMessageCount(1);
        getMockEndpoint("mock:events").assertIsSatisfied();
    }

    @Test
    void batchesOfEventsAreAccepted() throws Exception {
        String batch = "[{\"event_type\":\"call_start\",\"uuid\":\"b-1\",\"session_id\":\"1\"},"
                       + "{\"event_type\":\"call_update_info\",\"uuid\":\"b-2\",\"session_id\":\"1\"}]";
        assertThat(post("/portsip/events", batch, "Bearer " + TOKEN)).isEqualTo(200);
        MockEndpoint mock = getMockEndpoint("mock:events");
        mock.expectedMessageCount(2);
        mock.assertIsSatisfied();
        // call_update_info names no state: it is routed with the call's current one
        assertThat(mock.getReceivedExchanges().get(1).getMessage().getHeader(CallEventHeaders.STATE))
                .isEqualTo(CallState.TRYING);
        assertThat(mock.getReceivedExchanges().get(1).getMessage().getHeader(CallEventHeaders.VENDOR_STATE))
                .isEqualTo("call_update_info");
    }

    @Test
    void stoppingLeavesNoThreadsBehind() throws Exception {
        template.sendBody("portsip:list_sessions", null); // starts an HTTP client too
        assertThat(post("/portsip/events", "{\"event_type\":\"call_start\",\"uuid\":\"t-1\"}", "Bearer " + TOKEN))
                .isEqualTo(200);
        assertThat(ours()).as("threads of the consumer pool and the HTTP client while running").isNotEmpty();
        context.stop();
        long deadline = System.nanoTime() + 5_000_000_000L;
        java.util.List<String> left;
        do {
            left = ours();
            if (!left.isEmpty()) {
                Thread.sleep(50);
            }
        } while (!left.isEmpty() && System.nanoTime() < deadline);
        assertThat(left).isEmpty();
        assertThat(sim().wireLog().find("POST", "/api/login/oauth/revoke")).hasSize(1);
    }

    private static java.util.List<String> ours() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .filter(n -> n.contains("PortsipEvents") || n.startsWith("httpclient-")).toList();
    }

    private static Exchange byType(List<Exchange> exchanges, String type) {
        return exchanges.stream().filter(e -> type.equals(e.getMessage().getHeader(PortsipConstants.EVENT_TYPE)))
                .findFirst().orElseThrow(() -> new AssertionError("no " + type + " event"));
    }
}
