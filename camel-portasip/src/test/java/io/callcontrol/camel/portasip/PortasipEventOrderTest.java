package io.callcontrol.camel.portasip;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.callcontrol.core.event.CallEvent;
import io.callcontrol.core.event.CallEventHeaders;
import io.callcontrol.core.event.CallOutcome;
import io.callcontrol.core.event.CallState;
import io.callcontrol.core.event.CallTracker;
import io.callcontrol.core.json.Json;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.AvailablePortFinder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PortaSIP call notifications and state callbacks: bursts to a slow route arrive in order per call, none lost, with
 * bounded pending events; the simulator's notifications of a real call, shuffled, duplicated and with some missing,
 * never move a leg backwards and end with the right outcome and talk time; a callback POSTed twice is routed once.
 */
class PortasipEventOrderTest extends PortasipTestSupport {

    private static final int PORT = AvailablePortFinder.getNextAvailable();
    private final HttpClient http = HttpClient.newHttpClient();

    /** call id -> the numbers routed, in routing order. */
    private final Map<String, List<Integer>> burst = new ConcurrentHashMap<>();
    private final AtomicInteger burstCount = new AtomicInteger();
    private final List<Exchange> callbacks = new CopyOnWriteArrayList<>();
    private final Map<String, List<Exchange>> byLeg = new ConcurrentHashMap<>();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("portasip:call_control_notifications?iCustomer=30&maxPendingEvents=1000").routeId("burst")
                        .threads(4, 4) // an asynchronous route: the consumer's thread is free before it is done
                        .process(e -> {
                            LockSupport.parkNanos(200_000); // 0.2 ms per event: slower than the sender
                            String call = e.getMessage().getHeader(CallEventHeaders.CALL_ID, String.class);
                            burst.computeIfAbsent(call, k -> Collections.synchronizedList(new ArrayList<>()))
                                    .add(e.getMessage().getHeader(PortasipConstants.ORDER, Integer.class));
                            burstCount.incrementAndGet();
                        });
                from("portasip:state_callback?callbackId=order&webhookAuth=NONE&webhookHost=127.0.0.1&webhookPort=" + PORT)
                        .routeId("callbacks")
                        .process(e -> {
                            LockSupport.parkNanos(200_000);
                            callbacks.add(e);
                            String leg = e.getMessage().getHeader(CallEventHeaders.CALL_ID) + "|"
                                         + e.getMessage().getHeader(PortasipConstants.CALL_TAG);
                            byLeg.computeIfAbsent(leg, k -> new CopyOnWriteArrayList<>()).add(e);
                        });
            }
        };
    }

    private static ObjectNode info(String call, String tag, String state, int order) {
        ObjectNode n = Json.MAPPER.createObjectNode();
        ObjectNode c = n.putObject("call");
        c.put("id", call);
        c.put("tag", tag);
        n.put("state", state);
        n.put("type", "incoming");
        n.put("tracking_id", "t-" + call);
        n.put("connect_time", "2026-01-01 10:00:00");
        n.put("order", order);
        return n;
    }

    @Test
    void aBurstOf100kNotificationsToASlowRouteStaysInOrderPerCall() {
        await("subscribed", () -> pbx.get().activeSubscriptions() >= 1);
        int calls = 40;
        int total = 100_000;
        for (int i = 0; i < total; i++) {
            int call = i % calls;
            pbx.get().notifyCallInfo(info("burst-" + call, "t", "connected", i / calls));
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (burstCount.get() < total && System.nanoTime() < deadline) {
            LockSupport.parkNanos(20_000_000);
        }
        assertThat(burstCount.get()).as("routed").isEqualTo(total);
        int outOfOrder = 0;
        for (List<Integer> l : burst.values()) {
            for (int i = 1; i < l.size(); i++) {
                if (l.get(i) < l.get(i - 1)) {
                    outOfOrder++;
                }
            }
            assertThat(l).hasSize(total / calls);
        }
        assertThat(outOfOrder).isZero();
        PortasipNotificationConsumer consumer = (PortasipNotificationConsumer) context.getRoute("burst").getConsumer();
        assertThat(consumer.getRouter().dispatcher().highWater()).isLessThanOrEqualTo(1000);
        assertThat(consumer.getRouter().tracker().size()).isEqualTo(calls);
    }

    private int post(JsonNode body) throws Exception {
        HttpRequest r = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PORT + "/portasip/state-callback/order"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build();
        return http.send(r, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void aCallbackPostedTwiceIsRoutedOnce() throws Exception {
        ObjectNode ringing = info("dup-1", "a", "ringing", 0);
        ringing.remove("connect_time");
        ringing.put("start_time", "2026-01-01 10:00:00");
        assertThat(post(ringing)).isEqualTo(200);
        assertThat(post(ringing)).isEqualTo(200); // PortaSIP's retry
        ObjectNode connected = info("dup-1", "a", "connected", 0);
        assertThat(post(connected)).isEqualTo(200);
        assertThat(callbacks).extracting(e -> e.getMessage().getHeader(CallEventHeaders.STATE))
                .containsExactly(CallState.RINGING, CallState.CONNECTED);
        assertThat(callbacks).extracting(e -> e.getMessage().getHeader(CallEventHeaders.SEQUENCE))
                .containsExactly(1L, 2L);
    }

    /** A burst of state callbacks of several calls, POSTed concurrently, each call's in order. */
    @Test
    void aBurstOfStateCallbacksStaysInOrderPerCall() throws Exception {
        int calls = 10;
        int perCall = 200;
        List<java.util.concurrent.CompletableFuture<HttpResponse<Void>>> all = new ArrayList<>();
        for (int i = 0; i < perCall; i++) {
            List<java.util.concurrent.CompletableFuture<HttpResponse<Void>>> round = new ArrayList<>();
            for (int c = 0; c < calls; c++) {
                ObjectNode n = info("cb-" + c, "x", "connected", i);
                n.put("connect_time", "2026-01-01 10:00:" + String.format("%02d", i % 60) + "." + i);
                HttpRequest r = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PORT
                                                                  + "/portasip/state-callback/order"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(n.toString())).build();
                round.add(http.sendAsync(r, HttpResponse.BodyHandlers.discarding()));
            }
            // a call's next callback is sent once its previous one is answered (as PortaSIP does per call)
            round.forEach(java.util.concurrent.CompletableFuture::join);
            all.addAll(round);
        }
        assertThat(all).allSatisfy(f -> assertThat(f.join().statusCode()).isEqualTo(200));
        for (int c = 0; c < calls; c++) {
            List<Exchange> got = byLeg.get("cb-" + c + "|x");
            assertThat(got).hasSize(perCall);
            for (int i = 0; i < perCall; i++) {
                assertThat(got.get(i).getMessage().getHeader(PortasipConstants.ORDER, Integer.class)).isEqualTo(i);
            }
        }
    }

    /** The simulator's notifications of an answered and of a given-up call, fed to the callback receiver shuffled. */
    @Test
    void shuffledDuplicatedAndMissingCallbacksNeverGoBackwards() throws Exception {
        await("subscribed", () -> pbx.get().activeSubscriptions() >= 1);
        String answered = pbx.get().incomingCall("123002", "123007");
        advance(Duration.ofSeconds(1));
        String in = pbx.get().legTag(answered, "incoming");
        template.requestBodyAndHeaders("portasip:answer_call", null,
                new HashMap<>(Map.of(PortasipConstants.CALL_ID, answered, PortasipConstants.CALL_TAG, in)));
        advance(Duration.ofSeconds(9));
        pbx.get().terminateForTest(answered, null);
        advance(Duration.ZERO);
        String missed = pbx.get().incomingCall("123002", "123007");
        advance(Duration.ofSeconds(1));
        pbx.get().terminateForTest(missed, null);
        advance(Duration.ZERO);
        await("notifications", () -> pbx.get().notificationsSent().stream()
                .filter(n -> "terminated".equals(n.path("result").path("call_info").path("state").asText())).count() >= 4);
        List<JsonNode> stream = pbx.get().notificationsSent().stream().map(n -> n.path("result").path("call_info"))
                .filter(i -> !i.isMissingNode()).toList();

        for (int seed = 0; seed < 60; seed++) {
            Random r = new Random(seed);
            List<JsonNode> feed = new ArrayList<>();
            for (JsonNode i : stream) {
                ObjectNode copy = i.deepCopy();
                ((ObjectNode) copy.path("call")).put("id", copy.path("call").path("id").asText() + "-s" + seed);
                boolean terminal = "terminated".equals(copy.path("state").asText());
                if (terminal || r.nextInt(4) > 0) {
                    feed.add(copy);
                }
                if (r.nextInt(3) == 0) {
                    feed.add(copy);
                }
            }
            Collections.shuffle(feed, r);
            for (JsonNode i : feed) {
                assertThat(post(i)).isEqualTo(200);
            }
        }
        assertThat(byLeg).isNotEmpty();
        int answeredLegs = 0;
        for (Map.Entry<String, List<Exchange>> leg : byLeg.entrySet()) {
            int level = -1;
            long seq = 0;
            boolean sawConnected = false;
            CallEvent fin = null;
            for (Exchange e : leg.getValue()) {
                CallEvent ev = e.getMessage().getHeader(CallEventHeaders.EVENT, CallEvent.class);
                int l = CallTracker.level(ev.state());
                assertThat(l).as(leg.getKey()).isGreaterThanOrEqualTo(level);
                level = l;
                assertThat(ev.sequence()).isEqualTo(++seq);
                if (ev.state() == CallState.TERMINATED && fin == null) {
                    fin = ev;
                }
                sawConnected |= fin == null && ev.state() == CallState.CONNECTED;
            }
            assertThat(fin).as(leg.getKey()).isNotNull();
            // a terminated SIPCallInfo has no connect_time: the outcome is known when the connected one came first
            if (leg.getKey().startsWith(answered) && sawConnected) {
                answeredLegs++;
                assertThat(fin.outcome()).as(leg.getKey()).isEqualTo(CallOutcome.ANSWERED);
                assertThat(fin.talkTime()).as(leg.getKey()).isEqualTo(Duration.ofSeconds(9));
            } else {
                assertThat(fin.outcome()).as(leg.getKey()).isEqualTo(CallOutcome.UNKNOWN);
                assertThat(fin.talkTime()).as(leg.getKey()).isNull();
            }
        }
        assertThat(answeredLegs).isGreaterThan(20);
    }
}
