package io.callcontrol.camel.sipnative;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import io.callcontrol.camel.sipnative.api.DialogEvent;
import io.callcontrol.core.event.CallDirection;
import io.callcontrol.core.event.CallEvent;
import io.callcontrol.core.event.CallEventHeaders;
import io.callcontrol.core.event.CallState;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Malformed and unexpected requests against the consumers; the dialog event subscription against sipp. */
class SipNativeRobustnessTest extends CamelTestSupport {

    private final int port = Peers.freePort();
    private Sipp notifier;

    private String base() {
        return "?identity=sip:camel@127.0.0.1&listenAddress=127.0.0.1&listenPort=" + port + "&requestTimeout=3000";
    }

    @Override
    protected RouteBuilder createRouteBuilder() throws Exception {
        notifier = Sipp.uas("uas_dialog_events.xml", 1);
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("sip-native:message" + base()).routeId("message").to("mock:message");
                from("sip-native:invite" + base()).routeId("invite").to("mock:invite");
                from("sip-native:dialog_events" + base() + "&monitoredUsers=" + notifier.uri("alice")
                        + "&subscribeExpires=2&resubscribeInterval=500").routeId("dialogs").to("mock:dialog");
            }
        };
    }

    @Override
    public void doPostTearDown() {
        if (notifier != null) {
            notifier.close();
        }
    }

    @Test
    void malformedAndUnexpectedRequestsAreAnsweredAndTheConsumerKeepsWorking() throws Exception {
        MockEndpoint messages = getMockEndpoint("mock:message");
        messages.expectedMessageCount(1);
        // raw garbage and a truncated request first: dropped without harm
        try (DatagramSocket s = new DatagramSocket()) {
            for (String junk : List.of("this is not SIP\r\n\r\n", "INVITE sip:camel@127.0.0.1 SIP/2.0\r\nVia: SIP/2.0/UDP 127.0",
                    "\u0000\u0001\u0002\u00ff")) {
                byte[] b = junk.getBytes(StandardCharsets.ISO_8859_1);
                s.send(new DatagramPacket(b, b.length, new InetSocketAddress(Peers.HOST, port)));
            }
        }
        // a request with a broken From header is answered 400 Bad Request
        try (DatagramSocket s = new DatagramSocket(0, java.net.InetAddress.getByName(Peers.HOST))) {
            s.setSoTimeout(3000);
            String bad = "MESSAGE sip:camel@127.0.0.1:" + port + " SIP/2.0\r\n"
                    + "Via: SIP/2.0/UDP 127.0.0.1:" + s.getLocalPort() + ";branch=z9hG4bK-bad-1\r\n"
                    + "From: <sip:intruder@127.0.0.1;tag=broken\r\n"
                    + "To: <sip:camel@127.0.0.1>\r\n"
                    + "Call-ID: bad-from-1@127.0.0.1\r\n"
                    + "CSeq: 1 MESSAGE\r\n"
                    + "Max-Forwards: 70\r\n"
                    + "Content-Length: 0\r\n\r\n";
            byte[] b = bad.getBytes(StandardCharsets.US_ASCII);
            s.send(new DatagramPacket(b, b.length, new InetSocketAddress(Peers.HOST, port)));
            DatagramPacket answer = new DatagramPacket(new byte[4096], 4096);
            s.receive(answer);
            String text = new String(answer.getData(), 0, answer.getLength(), StandardCharsets.US_ASCII);
            assertThat(text).startsWith("SIP/2.0 400 Bad Request").contains("Call-ID: bad-from-1@127.0.0.1");
            // the status line is one printable line: the next line is already a header
            List<String> lines = text.lines().toList();
            assertThat(lines.get(0)).matches("SIP/2\\.0 400 Bad Request[ -~]*");
            assertThat(lines.get(1)).matches("[A-Za-z-]+: ?.*");
        }
        try (Sipp sipp = Sipp.uac("uac_malformed.xml", "127.0.0.1:" + port, 1, "-s", "camel")) {
            assertThat(sipp.awaitExit(15000)).as(sipp.diagnostics()).isZero();
        }
        messages.assertIsSatisfied();
        assertThat(messages.getExchanges().get(0).getMessage().getBody(String.class)).contains("still alive");
        getMockEndpoint("mock:invite").expectedMessageCount(0);
        getMockEndpoint("mock:invite").assertIsSatisfied();
    }

    @Test
    void dialogEventsAreNormalizedAndTheSubscriptionIsRefreshedAndRemoved() throws Exception {
        MockEndpoint dialogs = getMockEndpoint("mock:dialog");
        dialogs.expectedMessageCount(3);
        dialogs.assertIsSatisfied();

        List<CallEvent> events = dialogs.getExchanges().stream()
                .map(e -> e.getMessage().getHeader(CallEventHeaders.EVENT, CallEvent.class)).toList();
        assertThat(events).extracting(CallEvent::state).containsExactly(CallState.RINGING, CallState.CONNECTED, CallState.TERMINATED);
        assertThat(events).extracting(CallEvent::vendorState).containsExactly("early", "confirmed", "terminated");
        assertThat(events).extracting(CallEvent::eventId).doesNotHaveDuplicates();
        CallEvent last = events.get(2);
        assertThat(last.vendor()).isEqualTo("sip-native");
        assertThat(last.callId()).isEqualTo("call-1@pbx");
        assertThat(last.trackingId()).isEqualTo("dlg-1");
        assertThat(last.direction()).isEqualTo(CallDirection.INBOUND);
        assertThat(last.caller()).isEqualTo("sip:bob@example.com");
        assertThat(last.callee()).isEqualTo("sip:alice@127.0.0.1");
        assertThat(last.reason()).isEqualTo("remote-bye");
        assertThat(last.endedAt()).isBeforeOrEqualTo(Instant.now());
        DialogEvent body = dialogs.getExchanges().get(2).getMessage().getBody(DialogEvent.class);
        assertThat(body.entity()).isEqualTo("sip:alice@127.0.0.1");
        assertThat(body.version()).isEqualTo(2);
        assertThat(body.dialog().duration()).isEqualTo(42);
        assertThat(body.dialog().remoteDisplay()).isEqualTo("Bob");
        assertThat(dialogs.getExchanges().get(0).getMessage().getHeader(CallEventHeaders.STATE)).isEqualTo(CallState.RINGING);
        assertThat(dialogs.getExchanges().get(0).getMessage().getHeader(SipNativeConstants.ENTITY)).isEqualTo("sip:alice@127.0.0.1");

        SipNativeDialogEventsConsumer consumer = (SipNativeDialogEventsConsumer) context.getRoute("dialogs").getConsumer();
        assertThat(new SipNativeHealthCheck((SipNativeEndpoint) consumer.getEndpoint(), "t", consumer::getSubscriptions).call().getState())
                .isEqualTo(org.apache.camel.health.HealthCheck.State.UP);
        // refresh within the dialog at 80 % of the 2 s granted
        assertThat(Peers.waitFor(() -> count(notifier.messages(), "SUBSCRIBE sip:") >= 2, 4000)).as(notifier.diagnostics()).isTrue();
        // stopping the route unsubscribes
        context.getRouteController().stopRoute("dialogs");
        assertThat(notifier.awaitExit(5000)).as(notifier.diagnostics()).isZero();
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }
}
