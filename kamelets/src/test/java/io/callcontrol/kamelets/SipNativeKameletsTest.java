package io.callcontrol.kamelets;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.AvailablePortFinder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The native SIP Kamelets on the wire: a UDP socket plays the far end and records what arrives (the sip-native
 * component needs no simulator: its wire is SIP). The source subscribes to the monitored user's dialog events; the
 * originate action calls the caller first. Dialog-bound actions (hangup, hold, unhold, transfer) need an
 * established dialog and are run by the component's own tests against sipp, not here.
 */
class SipNativeKameletsTest extends KameletTestSupport {

    private final int agentPort = AvailablePortFinder.getNextAvailable();
    private DatagramSocket peer;
    private final List<String> received = new ArrayList<>();
    private Thread reader;

    @Override
    protected void setupResources() throws Exception {
        peer = new DatagramSocket(0, InetAddress.getLoopbackAddress());
        peer.setSoTimeout(200);
        reader = new Thread(() -> {
            byte[] buf = new byte[65535];
            while (!peer.isClosed()) {
                try {
                    DatagramPacket p = new DatagramPacket(buf, buf.length);
                    peer.receive(p);
                    synchronized (received) {
                        received.add(new String(p.getData(), 0, p.getLength(), StandardCharsets.UTF_8));
                    }
                } catch (SocketTimeoutException e) {
                    // poll again
                } catch (Exception e) {
                    return;
                }
            }
        }, "sip-peer");
        reader.setDaemon(true);
        reader.start();
    }

    @AfterEach
    void close() {
        peer.close();
    }

    private Map<String, Object> conn() {
        return Map.of("identity", "sip:camel@127.0.0.1", "listenPort", agentPort);
    }

    private String peerUri(String user) {
        return "sip:" + user + "@127.0.0.1:" + peer.getLocalPort();
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                java.util.Map<String, Object> p = new java.util.LinkedHashMap<>(conn());
                p.put("monitoredUsers", peerUri("alice"));
                from(kamelet("sip-native-dialog-events-source", p)).routeId("source").to("mock:events");
            }
        };
    }

    private boolean arrived(String startLine) {
        synchronized (received) {
            return received.stream().anyMatch(m -> m.startsWith(startLine));
        }
    }

    @Test
    void theSourceSubscribesAndTheOriginateActionCallsTheCaller() {
        await("SUBSCRIBE for alice's dialogs", () -> arrived("SUBSCRIBE " + peerUri("alice")));
        synchronized (received) {
            assertThat(received.stream().filter(m -> m.startsWith("SUBSCRIBE")).findFirst().orElseThrow())
                    .contains("Event: dialog");
        }
        // the far end never answers: the action fails after its timeout, but the INVITE went out first
        Thread t = new Thread(() -> act("sip-native-originate-action", conn(),
                Map.of("caller", peerUri("bob"), "callee", "sip:carol@127.0.0.1")));
        t.setDaemon(true);
        t.start();
        await("INVITE to the caller", () -> arrived("INVITE " + peerUri("bob")));
    }
}
