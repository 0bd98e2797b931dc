package io.callcontrol.camel.callcontrol;

import java.net.DatagramSocket;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The neutral operations sip-native can do, against a minimal UDP SIP phone: the SIP requests on its socket; the
 * originate outcome is the SIP transaction's (200, 486, 603, 480).
 */
class CallControlSipNativeTest extends CamelTestSupport {

    private UdpSipPeer peer;

    private static int freePort() throws Exception {
        try (DatagramSocket s = new DatagramSocket(0, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        peer = new UdpSipPeer();
        context.getRegistry().bind("sip", "sip-native:originate?identity=sip:camel@127.0.0.1&listenAddress=127.0.0.1"
                                          + "&listenPort=" + freePort() + "&answerTimeout=5000&requestTimeout=3000"
                                          + "&waitForTransferResult=false");
        return context;
    }

    @AfterEach
    void closePeer() {
        if (peer != null) {
            peer.close();
        }
    }

    Exchange send(String uri, Map<String, Object> headers) {
        return template.request(uri, e -> e.getMessage().setHeaders(new HashMap<>(headers)));
    }

    private static void await(java.util.function.BooleanSupplier c) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!c.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
    }

    private CallControlResult originate(String callee) {
        Exchange ex = send("callcontrol:originate?pbx=#sip&awaitOutcome=true&outcomeTimeout=15000", Map.of(
                CallControlConstants.CALLER, peer.uri("alice"), CallControlConstants.CALLEE, peer.uri(callee)));
        assertThat(ex.getException()).isNull();
        return ex.getMessage().getBody(CallControlResult.class);
    }

    @Test
    void originateAnsweredThenCallOperationsOnTheWire() throws Exception {
        CallControlResult r = originate("bob");
        assertThat(r.outcome()).isEqualTo(CallOutcome.ANSWERED);
        List<UdpSipPeer.Received> invites = peer.received("INVITE");
        assertThat(invites).hasSize(2);
        // the call id was chosen before sending: the first party's INVITE carries it
        assertThat(invites.get(0).requestUri()).startsWith("sip:alice@");
        assertThat(invites.get(0).header("Call-ID")).isEqualTo(r.callId());
        assertThat(invites.get(1).requestUri()).startsWith("sip:bob@");
        assertThat(r.vendorCallId()).isEqualTo(invites.get(1).header("Call-ID"));

        Map<String, Object> call = Map.of(CallControlConstants.CALL_ID, r.callId());
        assertThat(send("callcontrol:hold?pbx=#sip", call).getException()).isNull();
        await(() -> !peer.received("NOTIFY").isEmpty());
        assertThat(peer.received("NOTIFY").get(0).header("Event")).isEqualTo("hold");
        assertThat(send("callcontrol:unhold?pbx=#sip", call).getException()).isNull();
        await(() -> peer.received("NOTIFY").size() > 1);
        assertThat(peer.received("NOTIFY").get(1).header("Event")).isEqualTo("talk");

        Map<String, Object> dtmf = new HashMap<>(call);
        dtmf.put(CallControlConstants.DIGITS, "12");
        assertThat(send("callcontrol:send_dtmf?pbx=#sip", dtmf).getException()).isNull();
        assertThat(peer.received("INFO")).hasSize(2).allSatisfy(i -> {
            assertThat(i.header("Call-ID")).isEqualTo(r.callId());
            assertThat(i.header("Content-Type")).isEqualTo("application/dtmf-relay");
        });
        assertThat(peer.received("INFO").get(0).body()).startsWith("Signal=1");

        Map<String, Object> transfer = new HashMap<>(call);
        transfer.put(CallControlConstants.TARGET, peer.uri("carol"));
        assertThat(send("callcontrol:blind_transfer?pbx=#sip", transfer).getException()).isNull();
        assertThat(peer.received("REFER")).singleElement().satisfies(refer -> {
            assertThat(refer.header("Call-ID")).isEqualTo(r.callId());
            assertThat(refer.header("Refer-To")).contains("carol@");
        });

        Exchange bye = send("callcontrol:hangup?pbx=#sip", call);
        assertThat(bye.getException()).isNull();
        await(() -> !peer.received("BYE").isEmpty());
        assertThat(peer.received("BYE")).extracting(b -> b.header("Call-ID")).contains(r.callId());
    }

    @Test
    void awaitOutcomeBusyRejectedAndNoAnswer() {
        assertThat(originate("busy").outcome()).isEqualTo(CallOutcome.BUSY);
        assertThat(originate("decline").outcome()).isEqualTo(CallOutcome.REJECTED);
        assertThat(originate("away").outcome()).isEqualTo(CallOutcome.NO_ANSWER);
    }

    @Test
    void withoutAwaitTheCallIdIsAnsweredAtOnce() throws Exception {
        Exchange ex = send("callcontrol:originate?pbx=#sip", Map.of(CallControlConstants.CALLER, peer.uri("alice"),
                CallControlConstants.CALLEE, peer.uri("bob")));
        assertThat(ex.getException()).isNull();
        CallControlResult r = ex.getMessage().getBody(CallControlResult.class);
        assertThat(r.outcome()).isEqualTo(CallOutcome.PENDING);
        assertThat(r.callId()).endsWith("@callcontrol");
        await(() -> !peer.received("INVITE").isEmpty());
        assertThat(peer.received("INVITE").get(0).header("Call-ID")).isEqualTo(r.callId());
    }

    @Test
    void whatSipNativeCannotDoIsRefusedBeforeSending() {
        for (String op : List.of("attended_transfer", "start_recording", "stop_recording", "list_calls")) {
            Exchange ex = send("callcontrol:" + op + "?pbx=#sip", Map.of(CallControlConstants.CALL_ID, "x@y",
                    CallControlConstants.OTHER_CALL_ID, "z@y"));
            assertThat(ex.getException()).as(op).isInstanceOf(CallControlUnsupportedOperationException.class)
                    .hasMessageContaining("sip-native").hasMessageContaining(op);
        }
        assertThat(peer.received()).isEmpty();
    }
}
