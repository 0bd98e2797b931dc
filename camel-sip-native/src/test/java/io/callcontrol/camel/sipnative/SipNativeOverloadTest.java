package io.callcontrol.camel.sipnative;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.callcontrol.camel.sipnative.api.SipUserAgent;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Overload and listener failure: a burst beyond maxPendingRequests is answered 503 with Retry-After (never
 * silence) and the agent answers normally afterwards; a dead listener thread makes the health check DOWN,
 * the stack is restarted and INVITEs are answered again.
 */
class SipNativeOverloadTest extends CamelTestSupport {

    private static final int BOUND = 5;
    private static final int BURST = 40;

    private final int port = Peers.freePort();
    private final int watchedPort = Peers.freePort();
    private final int dropPort = Peers.freePort();
    private volatile CountDownLatch gate = new CountDownLatch(0);

    private static final String INVITE = """
            INVITE sip:camel@$HOST:$PORT SIP/2.0
            Via: SIP/2.0/UDP $HOST:$LPORT;branch=$BRANCH
            Max-Forwards: 70
            From: <sip:caller@$HOST>;tag=burst
            To: <sip:camel@$HOST>
            Call-ID: $CALLID
            CSeq: 1 INVITE
            Contact: <sip:caller@$HOST:$LPORT>
            Content-Length: 0

            """;

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("sip-native:invite?identity=sip:camel@127.0.0.1&listenAddress=127.0.0.1&listenPort=" + port
                        + "&maxPendingRequests=" + BOUND + "&overloadRetryAfter=7").routeId("bounded")
                        .process(e -> gate.await(30, TimeUnit.SECONDS))
                        .setHeader(SipNativeConstants.CONTACTS, constant("sip:elsewhere@10.1.1.1"));
                from("sip-native:invite?identity=sip:dropper@127.0.0.1&listenAddress=127.0.0.1&listenPort=" + dropPort
                        + "&maxPendingRequests=1&overloadAction=drop").routeId("dropping")
                        .process(e -> gate.await(30, TimeUnit.SECONDS))
                        .setHeader(SipNativeConstants.CONTACTS, constant("sip:elsewhere@10.1.1.1"));
                from("sip-native:invite?identity=sip:watched@127.0.0.1&listenAddress=127.0.0.1&listenPort=" + watchedPort
                        + "&watchdogInterval=100&restartDelay=3000").routeId("watched")
                        .setHeader(SipNativeConstants.CONTACTS, constant("sip:elsewhere@10.1.1.1"));
            }
        };
    }

    @Test
    void aBurstBeyondTheBoundGets503sAndTheAgentAnswersNormallyAfterwards() throws Exception {
        gate = new CountDownLatch(1);
        Map<String, Integer> finals = new HashMap<>();
        try (RawSip raw = new RawSip(port)) {
            List<String> callIds = new java.util.ArrayList<>();
            for (int i = 0; i < BURST; i++) {
                String msg = RawSip.fill(INVITE, port, raw.localPort(), "UDP");
                callIds.add(callIdOf(msg));
                raw.send(msg);
            }
            // everything beyond the bound is refused at once, the rest waits in the route
            collect(raw, finals, BURST - BOUND, 15000);
            assertThat(finals.values()).hasSize(BURST - BOUND).containsOnly(503);
            SipUserAgent agent = context.getComponent("sip-native", SipNativeComponent.class).agentFor("sip:camel@127.0.0.1");
            assertThat(agent.pendingInboundRequests()).isEqualTo(BOUND);
            assertThat(agent.overloadRejections()).isEqualTo(BURST - BOUND);
            gate.countDown();
            collect(raw, finals, BURST, 15000);
            assertThat(finals).as("every INVITE of the burst got a final answer").hasSize(BURST);
            assertThat(finals.values().stream().filter(s -> s == 302)).hasSize(BOUND);
            assertThat(callIds).containsExactlyInAnyOrderElementsOf(finals.keySet());
            assertThat(Peers.waitFor(() -> agent.pendingInboundRequests() == 0, 5000)).isTrue();
            // after the burst: answered normally
            for (int i = 0; i < 10; i++) {
                List<String> got = raw.udp(INVITE, 10000, true);
                assertThat(got).last().asString().startsWith("SIP/2.0 302 ");
            }
        }
    }

    @Test
    void the503CarriesRetryAfter() throws Exception {
        gate = new CountDownLatch(1);
        try (RawSip raw = new RawSip(port)) {
            for (int i = 0; i < BOUND; i++) {
                raw.send(RawSip.fill(INVITE, port, raw.localPort(), "UDP"));
            }
            assertThat(Peers.waitFor(() -> context.getComponent("sip-native", SipNativeComponent.class)
                    .agentFor("sip:camel@127.0.0.1").pendingInboundRequests() == BOUND, 10000)).isTrue();
            List<String> got = raw.udp(INVITE, 10000, true);
            String refused = got.stream().filter(s -> s.startsWith("SIP/2.0 503")).findFirst().orElseThrow();
            assertThat(SipNativeProtocolTest.header(refused, "Retry-After")).isEqualTo("7");
            assertThat(SipNativeProtocolTest.header(refused, "To")).contains(";tag=");
        } finally {
            gate.countDown();
        }
    }

    @Test
    void withOverloadActionDropTheRequestBeyondTheBoundGetsNoAnswer() throws Exception {
        gate = new CountDownLatch(1);
        try (RawSip first = new RawSip(dropPort); RawSip second = new RawSip(dropPort)) {
            first.send(RawSip.fill(INVITE, dropPort, first.localPort(), "UDP"));
            SipUserAgent agent = context.getComponent("sip-native", SipNativeComponent.class).agentFor("sip:dropper@127.0.0.1");
            assertThat(Peers.waitFor(() -> agent.pendingInboundRequests() == 1, 10000)).isTrue();
            assertThat(second.udp(INVITE, 1500, true)).as("dropped: no answer at all").isEmpty();
            assertThat(agent.overloadRejections()).isEqualTo(1);
            gate.countDown();
            assertThat(first.receive(10000, true, null)).last().asString().startsWith("SIP/2.0 302 ");
            assertThat(second.udp(INVITE, 10000, true)).last().asString().startsWith("SIP/2.0 302 ");
        } finally {
            gate.countDown();
        }
    }

    @Test
    @SuppressWarnings({"deprecation", "removal"})
    void aDeadListenerIsReportedDownAndTheStackIsRestarted() throws Exception {
        SipUserAgent agent = context.getComponent("sip-native", SipNativeComponent.class).agentFor("sip:watched@127.0.0.1");
        SipNativeEndpoint endpoint = (SipNativeEndpoint) context.getRoute("watched").getEndpoint();
        assertThat(health(endpoint).getState()).isEqualTo(HealthCheck.State.UP);
        String receiver = "MessageProcessorThread-UDP-127.0.0.1/" + watchedPort;
        assertThat(agent.listenerThreadNames()).contains(receiver);
        Thread t = Thread.getAllStackTraces().keySet().stream().filter(x -> x.getName().equals(receiver)).findFirst().orElseThrow();
        // what an OutOfMemoryError in the receive loop does: an Error ends the RI's receive thread
        t.stop();
        try (RawSip raw = new RawSip(watchedPort)) {
            raw.udp(INVITE, 200, true); // wakes the thread up so that it ends
            assertThat(Peers.waitFor(() -> !t.isAlive(), 5000)).isTrue();
            assertThat(Peers.waitFor(() -> health(endpoint).getState() == HealthCheck.State.DOWN, 2500))
                    .as("DOWN while the listener is dead").isTrue();
            assertThat(health(endpoint).getMessage().orElse("")).contains(receiver).contains("has died");
            // restarted by the watchdog
            assertThat(Peers.waitFor(() -> health(endpoint).getState() == HealthCheck.State.UP, 20000)).isTrue();
            assertThat(agent.restartCount()).isEqualTo(1);
            assertThat(agent.listenerThreadNames()).contains(receiver);
            List<String> got = raw.udp(INVITE, 10000, true);
            assertThat(got).last().asString().startsWith("SIP/2.0 302 ");
        }
    }

    private HealthCheck.Result health(SipNativeEndpoint endpoint) {
        return new SipNativeHealthCheck(endpoint, "t", null).call();
    }

    private static void collect(RawSip raw, Map<String, Integer> finals, int until, long millis) throws Exception {
        long deadline = System.currentTimeMillis() + millis;
        while (finals.size() < until && System.currentTimeMillis() < deadline) {
            for (String s : raw.receive(200, false, null)) {
                int status = RawSip.status(s);
                if (status >= 200) {
                    finals.put(callIdOf(s), status);
                }
            }
        }
    }

    private static String callIdOf(String message) {
        return SipNativeProtocolTest.header(message, "Call-ID");
    }
}
