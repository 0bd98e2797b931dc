package io.callcontrol.camel.portasip;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import io.callcontrol.core.error.CallControlConnectionException;
import io.callcontrol.core.error.CallControlException;
import io.callcontrol.core.error.CallControlTimeoutException;
import io.callcontrol.core.error.Delivery;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Failures say whether the request reached PortaSIP, checked against the simulator's wire log: a request in
 * flight when the socket drops is UNKNOWN (it was on the wire), one that never left is NOT_SENT (it is not on the
 * wire), an error answer REJECTED.
 */
class PortasipDeliveryTest extends PortasipTestSupport {

    /** The first login (generous: the first connect of a JVM on a loaded machine can be slow). */
    private void loggedIn() {
        template.requestBody("portasip:get_sip_calls_list?iCustomer=30&requestTimeout=20000", (Object) null);
    }

    private CompletableFuture<Exchange> terminate(String callId, long timeoutMs) {
        return template.asyncSend("portasip:terminate_call?requestTimeout=" + timeoutMs, e -> {
            e.getMessage().setHeader(PortasipConstants.CALL_ID, callId);
            e.getMessage().setHeader(PortasipConstants.CALL_TAG, "t");
        });
    }

    /** call ids of the terminate_call requests that reached the simulator. */
    private static Set<String> onTheWire() {
        return wire("terminate_call").stream().map(n -> n.path("params").path("call").path("id").asText())
                .collect(Collectors.toSet());
    }

    private static Exchange done(CompletableFuture<Exchange> f) {
        try {
            return f.get(15, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aDropWithRequestsInFlightTellsSentFromNotSent() {
        loggedIn(); // logged in
        pbx.get().setSilent(true); // requests reach PortaSIP (and take effect) but are not answered
        Map<String, CompletableFuture<Exchange>> inFlight = new HashMap<>();
        for (int i = 0; i < 20; i++) {
            inFlight.put("sent-" + i, terminate("sent-" + i, 10_000));
        }
        await("all 20 on the wire", () -> onTheWire().size() == 20);
        pbx.get().rejectConnections(true); // the reconnect will not get a session
        pbx.get().dropConnections();
        await("down", () -> component().connections().iterator().next().state() != io.callcontrol.core.ws.ConnectionState.CONNECTED);
        Map<String, CompletableFuture<Exchange>> waiting = new HashMap<>();
        for (int i = 0; i < 5; i++) {
            waiting.put("waiting-" + i, terminate("waiting-" + i, 800));
        }

        Set<String> wire = onTheWire();
        for (var e : inFlight.entrySet()) {
            Exchange x = done(e.getValue());
            assertThat(x.getException()).as(e.getKey()).isInstanceOfSatisfying(CallControlConnectionException.class, c -> {
                assertThat(c.getDelivery()).isEqualTo(Delivery.UNKNOWN);
                assertThat(c.getSent()).isNull();
                assertThat(c.getMessage()).contains("dropped while waiting for the answer");
            });
            assertThat(x.getMessage().getHeader(PortasipConstants.DELIVERY)).isEqualTo(Delivery.UNKNOWN);
            assertThat(wire).contains(e.getKey());
        }
        for (var e : waiting.entrySet()) {
            Exchange x = done(e.getValue());
            assertThat(x.getException()).as(e.getKey()).isInstanceOfSatisfying(CallControlException.class, c -> {
                assertThat(c.getDelivery()).isEqualTo(Delivery.NOT_SENT);
                assertThat(c.getSent()).isFalse();
            });
            assertThat(x.getMessage().getHeader(PortasipConstants.DELIVERY)).isEqualTo(Delivery.NOT_SENT);
        }
        pbx.get().setSilent(false);
        pbx.get().rejectConnections(false);
        // nothing that said NOT_SENT ever reached the simulator, not even after the reconnect
        await("reconnected", () -> component().connections().iterator().next().state()
                == io.callcontrol.core.ws.ConnectionState.CONNECTED);
        assertThat(onTheWire()).doesNotContainAnyElementsOf(waiting.keySet());
    }

    @Test
    void manyDropsUnderLoadClassifyEveryFailureAgainstTheWire() throws Exception {
        loggedIn();
        pbx.get().setResponseJitter(40); // answers take 0-40 ms: some are in flight at every drop
        List<CompletableFuture<Exchange>> all = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        int n = 0;
        for (int round = 0; round < 100; round++) {
            for (int i = 0; i < 5; i++) {
                String id = "r" + round + "-" + i;
                ids.add(id);
                all.add(terminate(id, 3000));
                n++;
            }
            Thread.sleep(10);
            pbx.get().dropConnections();
            Thread.sleep(20);
        }
        pbx.get().setResponseJitter(0);
        int unknown = 0;
        int unknownOnTheWire = 0;
        int notSent = 0;
        int rejected = 0;
        int ok = 0;
        List<Exchange> results = new ArrayList<>();
        for (CompletableFuture<Exchange> f : all) {
            results.add(done(f));
        }
        Set<String> wire = onTheWire();
        for (int i = 0; i < n; i++) {
            Exchange x = results.get(i);
            Throwable t = x.getException();
            if (t == null) {
                ok++;
                continue;
            }
            assertThat(t).isInstanceOf(CallControlException.class);
            Delivery d = ((CallControlException) t).getDelivery();
            assertThat(x.getMessage().getHeader(PortasipConstants.DELIVERY)).isEqualTo(d);
            switch (d) {
                case NOT_SENT -> {
                    notSent++;
                    // the promise of NOT_SENT: it is not on the simulator's wire
                    assertThat(wire).as(ids.get(i) + ": " + t.getMessage()).doesNotContain(ids.get(i));
                }
                case UNKNOWN -> {
                    unknown++;
                    unknownOnTheWire += wire.contains(ids.get(i)) ? 1 : 0;
                    assertThat(t).isInstanceOfAny(CallControlConnectionException.class, CallControlTimeoutException.class);
                }
                case REJECTED -> {
                    rejected++;
                    // an error answer (the test calls do not exist in the simulator): it was on the wire
                    assertThat(wire).as(ids.get(i)).contains(ids.get(i));
                    assertThat(t).isInstanceOf(PortasipException.class);
                }
            }
        }
        // every request on the wire that failed without an answer was classified UNKNOWN, never NOT_SENT
        assertThat(ok + unknown + notSent + rejected).isEqualTo(n);
        System.out.printf("PortasipDeliveryTest: %d requests over 100 drops: %d answered, %d rejected, %d unknown (%d of them"
                + " on the simulator's wire), %d not sent%n", n, ok, rejected, unknown, unknownOnTheWire, notSent);
        assertThat(rejected).as("answered errors").isPositive();
        assertThat(unknown + notSent).as("failures at the drops").isPositive();
        assertThat(Duration.ZERO).isZero();
    }

    @Test
    void theDocumentedRetryRetriesWhatWasNotSentAndNothingElse() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                onException(CallControlException.class)
                        .onWhen(simple("${exception.delivery} == 'NOT_SENT'"))
                        .maximumRedeliveries(2).redeliveryDelay(10);
                from("direct:terminate").to("portasip:terminate_call?requestTimeout=300");
            }
        });
        loggedIn();

        // REJECTED (the call does not exist): not retried -- one request on the wire
        Exchange rejected = template.send("direct:terminate", e -> {
            e.getMessage().setHeader(PortasipConstants.CALL_ID, "gone");
            e.getMessage().setHeader(PortasipConstants.CALL_TAG, "t");
        });
        assertThat(rejected.getException()).isInstanceOf(PortasipCallNotFoundException.class);
        assertThat(rejected.getMessage().getHeader(Exchange.REDELIVERY_COUNTER, 0, Integer.class)).isZero();
        assertThat(onTheWire()).containsExactly("gone");

        // UNKNOWN (sent, never answered): not retried either
        pbx.get().setSilent(true);
        Exchange unknown = template.send("direct:terminate", e -> {
            e.getMessage().setHeader(PortasipConstants.CALL_ID, "silent");
            e.getMessage().setHeader(PortasipConstants.CALL_TAG, "t");
        });
        assertThat(unknown.getException()).isInstanceOfSatisfying(CallControlTimeoutException.class,
                e -> assertThat(e.getDelivery()).isEqualTo(Delivery.UNKNOWN));
        assertThat(unknown.getMessage().getHeader(Exchange.REDELIVERY_COUNTER, 0, Integer.class)).isZero();
        assertThat(wire("terminate_call")).hasSize(2);

        // NOT_SENT (no session to be had): retried twice, and none of the attempts reached the wire
        pbx.get().setSilent(false);
        pbx.get().rejectConnections(true);
        pbx.get().dropConnections();
        // (a request written before the client saw the drop would honestly be UNKNOWN: wait for it to see it)
        await("down", () -> component().connections().iterator().next().state()
                != io.callcontrol.core.ws.ConnectionState.CONNECTED);
        Exchange notSent = template.send("direct:terminate", e -> {
            e.getMessage().setHeader(PortasipConstants.CALL_ID, "never");
            e.getMessage().setHeader(PortasipConstants.CALL_TAG, "t");
        });
        assertThat(notSent.getException()).isInstanceOfSatisfying(CallControlException.class,
                e -> assertThat(e.getDelivery()).isEqualTo(Delivery.NOT_SENT));
        assertThat(notSent.getMessage().getHeader(Exchange.REDELIVERY_COUNTER)).isEqualTo(2);
        assertThat(onTheWire()).doesNotContain("never");
    }
}
