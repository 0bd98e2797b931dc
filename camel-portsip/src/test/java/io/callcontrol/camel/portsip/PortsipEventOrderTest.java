package io.callcontrol.camel.portsip;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import io.callcontrol.core.event.CallEvent;
import io.callcontrol.core.event.CallEventHeaders;
import io.callcontrol.core.event.CallOutcome;
import io.callcontrol.core.event.CallState;
import io.callcontrol.core.event.CallTracker;
import io.callcontrol.core.json.Json;
import io.callcontrol.sim.portsip.PortsipSimulator;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.AvailablePortFinder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The simulator's webhook stream of real calls, delivered shuffled, duplicated and with events missing (many
 * seeds): the routed states of each call never go backwards, the sequence numbers count up, and the final event
 * tells the right outcome and a talk time exactly for answered calls. And a burst to a slow route stays in order.
 */
class PortsipEventOrderTest extends PortsipTestSupport {

    private static final int PORT = AvailablePortFinder.getNextAvailable();
    private final HttpClient http = HttpClient.newHttpClient();
    private final Map<String, List<Exchange>> byCall = new ConcurrentHashMap<>();
    private final List<Exchange> burst = new CopyOnWriteArrayList<>();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("portsip:events?webhookAuth=NONE&webhookHost=127.0.0.1&webhookPort=" + PORT).routeId("events")
                        .process(e -> byCall.computeIfAbsent(
                                e.getMessage().getHeader(CallEventHeaders.CALL_ID, String.class),
                                k -> new CopyOnWriteArrayList<>()).add(e));
                from("portsip:events?webhookAuth=NONE&webhookHost=127.0.0.1&webhookPort=" + PORT + "&webhookPath=/idle&callIdleTimeout=400")
                        .routeId("idle").to("mock:idle");
                from("portsip:events?webhookAuth=NONE&webhookHost=127.0.0.1&webhookPort=" + PORT + "&webhookPath=/burst")
                        .routeId("burst")
                        .process(e -> {
                            if (burst.size() % 10 == 0) {
                                Thread.sleep(1); // slower than the sender
                            }
                            burst.add(e);
                        });
            }
        };
    }

    private int post(String path, Object body) throws Exception {
        HttpRequest r = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PORT + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(Json.writeString(body)))
                .build();
        return http.send(r, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** The events the simulator emitted for one session. */
    private static List<Map<String, Object>> eventsOf(String session) {
        return sim().events().stream().filter(e -> session.equals(e.get("session_id"))).map(LinkedHashMap::new)
                .map(m -> (Map<String, Object>) m).toList();
    }

    record Scenario(List<Map<String, Object>> events, CallOutcome outcome, long talkSeconds) {
    }

    @Test
    void shuffledDuplicatedAndMissingEventsNeverGoBackwards() throws Exception {
        sim().calleeBehaviour("1003", PortsipSimulator.CalleeBehaviour.NO_ANSWER);
        sim().calleeBehaviour("1004", PortsipSimulator.CalleeBehaviour.BUSY);
        List<Scenario> scenarios = new ArrayList<>();
        String answered = connectedCall("1002");
        sim().clock().advance(Duration.ofSeconds(8));
        template.sendBodyAndHeader("portsip:destroy", null, PortsipConstants.SESSION_ID, answered);
        scenarios.add(new Scenario(eventsOf(answered), CallOutcome.ANSWERED, 14)); // answered 4 s in, ended at 18 s
        String missed = connectedCall("1003");
        sim().clock().advance(Duration.ofSeconds(30));
        scenarios.add(new Scenario(eventsOf(missed), CallOutcome.NO_ANSWER, 0));
        String busy = connectedCall("1004");
        scenarios.add(new Scenario(eventsOf(busy), CallOutcome.BUSY, 0));
        String cancelled = template.request("portsip:initiate?caller=1001&callee=1003&sendSdp=true", e -> { })
                .getMessage().getHeader(PortsipConstants.SESSION_ID, String.class);
        sim().clock().advance(Duration.ofSeconds(2));
        template.sendBodyAndHeader("portsip:destroy", null, PortsipConstants.SESSION_ID, cancelled);
        scenarios.add(new Scenario(eventsOf(cancelled), CallOutcome.CANCELLED, 0));
        assertThat(scenarios).allSatisfy(s -> assertThat(s.events()).hasSizeGreaterThanOrEqualTo(3));

        int seeds = 150;
        Map<String, Scenario> expected = new LinkedHashMap<>();
        for (int seed = 0; seed < seeds; seed++) {
            Random r = new Random(seed);
            Scenario s = scenarios.get(seed % scenarios.size());
            String session = "seed" + seed;
            expected.put(session, s);
            List<Map<String, Object>> feed = new ArrayList<>();
            for (Map<String, Object> e : s.events()) {
                Map<String, Object> copy = new LinkedHashMap<>(e);
                copy.put("session_id", session);
                copy.put("uuid", e.get("uuid") + "-" + seed);
                boolean terminal = "call_cdr".equals(e.get("event_type"));
                if (terminal || r.nextInt(4) > 0) { // drop a quarter of the others
                    feed.add(copy);
                }
                if (r.nextInt(3) == 0) {
                    feed.add(copy); // a redelivery
                }
            }
            Collections.shuffle(feed, r);
            for (Map<String, Object> e : feed) {
                assertThat(post("/portsip/events", e)).isEqualTo(200);
            }
        }

        assertThat(byCall.keySet()).containsAll(expected.keySet());
        for (Map.Entry<String, Scenario> x : expected.entrySet()) {
            List<Exchange> got = byCall.get(x.getKey());
            int level = -1;
            long seq = 0;
            CallEvent fin = null;
            for (Exchange ex : got) {
                CallEvent ev = ex.getMessage().getHeader(CallEventHeaders.EVENT, CallEvent.class);
                int l = CallTracker.level(ev.state());
                assertThat(l).as(x.getKey() + " " + ev.eventType()).isGreaterThanOrEqualTo(level);
                level = Math.max(level, l);
                assertThat(ev.sequence()).isEqualTo(++seq);
                assertThat(ex.getMessage().getHeader(CallEventHeaders.RECEIVED_AT)).isNotNull();
                if (ev.state() == CallState.TERMINATED && fin == null) {
                    fin = ev;
                }
            }
            assertThat(fin).as(x.getKey()).isNotNull();
            Scenario s = x.getValue();
            assertThat(fin.outcome()).as(x.getKey()).isEqualTo(s.outcome());
            if (s.outcome() == CallOutcome.ANSWERED) {
                assertThat(fin.talkTime().toMillis()).as(x.getKey()).isPositive()
                        .isLessThanOrEqualTo(s.talkSeconds() * 1000);
            } else {
                assertThat(fin.talkTime()).as(x.getKey()).isNull();
            }
            // the CDR's own times make the talk time exact once it is routed
            CallEvent cdr = got.stream().map(e -> e.getMessage().getHeader(CallEventHeaders.EVENT, CallEvent.class))
                    .filter(e -> "call_cdr".equals(e.eventType())).findFirst().orElseThrow();
            if (s.outcome() == CallOutcome.ANSWERED) {
                assertThat(cdr.talkTime()).as(x.getKey()).isEqualTo(Duration.ofSeconds(s.talkSeconds()));
            }
        }
    }

    /** Batches of numbered events of several calls, POSTed concurrently to a route slower than the sender. */
    @Test
    void aBurstToASlowRouteStaysInOrderPerCall() throws Exception {
        int calls = 8;
        int batches = 10;
        int perBatch = 250;
        List<CompletableFuture<HttpResponse<Void>>> posts = new ArrayList<>();
        for (int b = 0; b < batches; b++) {
            for (int c = 0; c < calls; c++) {
                List<Map<String, Object>> batch = new ArrayList<>();
                for (int i = 0; i < perBatch; i++) {
                    int n = b * perBatch + i;
                    batch.add(Map.of("event_type", "call_update_info", "uuid", "c" + c + "-" + n, "session_id",
                            "call" + c, "user_data", String.valueOf(n), "time", "1725845650"));
                }
                HttpRequest r = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PORT + "/burst"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(Json.writeString(batch))).build();
                posts.add(http.sendAsync(r, HttpResponse.BodyHandlers.discarding()));
            }
            // the batches of one call leave one after the other (the next once the one before is accepted)
            CompletableFuture.allOf(posts.toArray(CompletableFuture[]::new)).join();
        }
        assertThat(posts).allSatisfy(p -> assertThat(p.join().statusCode()).isEqualTo(200));
        assertThat(burst).hasSize(calls * batches * perBatch);
        Map<String, Integer> last = new LinkedHashMap<>();
        int outOfOrder = 0;
        for (Exchange e : burst) {
            String call = e.getMessage().getHeader(CallEventHeaders.CALL_ID, String.class);
            int n = Integer.parseInt(e.getMessage().getBody(io.callcontrol.camel.portsip.api.PortsipEvent.class).userData());
            Integer before = last.put(call, n);
            if (before != null && before > n) {
                outOfOrder++;
            }
            assertThat(e.getMessage().getHeader(CallEventHeaders.SEQUENCE, Long.class)).isEqualTo(n + 1L);
        }
        assertThat(outOfOrder).isZero();
        PortsipEventsConsumer consumer = (PortsipEventsConsumer) context.getRoute("burst").getConsumer();
        assertThat(consumer.getRouter().dispatcher().highWater())
                .isLessThanOrEqualTo(consumer.getRouter().dispatcher().maxPending());
    }

    /** callIdleTimeout: a call whose final event never comes is ended by the tracker. */
    @Test
    void aCallWithoutEventsForTheIdleTimeoutIsEnded() throws Exception {
        assertThat(post("/idle", Map.of("event_type", "cdr_target_answer", "uuid", "idle-1", "session_id", "idle-call",
                "time", "1725845650"))).isEqualTo(200);
        var mock = getMockEndpoint("mock:idle");
        mock.expectedMessageCount(2);
        mock.assertIsSatisfied(10_000);
        Exchange end = mock.getReceivedExchanges().get(1);
        assertThat(end.getMessage().getHeader(CallEventHeaders.STATE)).isEqualTo(CallState.TERMINATED);
        assertThat(end.getMessage().getHeader(CallEventHeaders.REASON)).isEqualTo(CallTracker.DISAPPEARED);
        assertThat(end.getMessage().getHeader(CallEventHeaders.OUTCOME)).isEqualTo(CallOutcome.UNKNOWN);
        assertThat(end.getMessage().getHeader(CallEventHeaders.CALL_ID)).isEqualTo("idle-call");
        assertThat(end.getMessage().getHeader(CallEventHeaders.SEQUENCE)).isEqualTo(2L);
    }
}
