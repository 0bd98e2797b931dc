package io.callcontrol.examples;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Route 7: an INVITE sent over UDP to the application's {@code sip-native:invite} consumer is answered {@code 302}
 * with the caller's contact owner as Contact; a caller the CRM does not know gets {@code 404}.
 */
class SipRedirectTest extends EmbeddedAppTestSupport {

    @Value("${callcontrol.sipnative.listen-port}")
    int sipPort;

    @Test
    void aContactIsRedirectedToItsOwner() throws Exception {
        String answer = invite("+15551230002");
        assertThat(answer).startsWith("SIP/2.0 302");
        assertThat(answer).containsIgnoringCase("Contact: <sip:1003@pbx.example.com>");
    }

    @Test
    void anUnknownCallerIsRefused() throws Exception {
        String answer = invite("+19995550100");
        assertThat(answer).startsWith("SIP/2.0 404");
    }

    /** Sends an INVITE from the number and returns the first final response (ACKing it). */
    private String invite(String from) throws Exception {
        try (DatagramSocket socket = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            socket.setSoTimeout(500);
            int local = socket.getLocalPort();
            String branch = "z9hG4bK" + UUID.randomUUID().toString().replace("-", "");
            String callId = UUID.randomUUID() + "@127.0.0.1";
            String fromHeader = "<sip:" + from + "@127.0.0.1>;tag=" + UUID.randomUUID().toString().substring(0, 8);
            String invite = "INVITE sip:crm-router@127.0.0.1:" + sipPort + " SIP/2.0\r\n"
                            + "Via: SIP/2.0/UDP 127.0.0.1:" + local + ";branch=" + branch + ";rport\r\n"
                            + "Max-Forwards: 70\r\n"
                            + "From: " + fromHeader + "\r\n"
                            + "To: <sip:crm-router@127.0.0.1>\r\n"
                            + "Call-ID: " + callId + "\r\n"
                            + "CSeq: 1 INVITE\r\n"
                            + "Contact: <sip:" + from + "@127.0.0.1:" + local + ">\r\n"
                            + "Content-Length: 0\r\n\r\n";
            send(socket, invite);
            long deadline = System.nanoTime() + BOUND.toNanos();
            while (System.nanoTime() < deadline) {
                DatagramPacket packet = new DatagramPacket(new byte[8192], 8192);
                try {
                    socket.receive(packet);
                } catch (SocketTimeoutException e) {
                    continue;
                }
                String response = new String(packet.getData(), 0, packet.getLength(), StandardCharsets.UTF_8);
                if (response.startsWith("SIP/2.0 1")) {
                    continue;
                }
                String to = response.lines().filter(l -> l.regionMatches(true, 0, "To:", 0, 3)).findFirst()
                        .orElse("To: <sip:crm-router@127.0.0.1>");
                send(socket, "ACK sip:crm-router@127.0.0.1:" + sipPort + " SIP/2.0\r\n"
                             + "Via: SIP/2.0/UDP 127.0.0.1:" + local + ";branch=" + branch + ";rport\r\n"
                             + "Max-Forwards: 70\r\n"
                             + "From: " + fromHeader + "\r\n"
                             + to + "\r\n"
                             + "Call-ID: " + callId + "\r\n"
                             + "CSeq: 1 ACK\r\n"
                             + "Content-Length: 0\r\n\r\n");
                return response;
            }
            throw new AssertionError("no final answer to the INVITE within " + BOUND);
        }
    }

    private void send(DatagramSocket socket, String message) throws Exception {
        byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
        socket.send(new DatagramPacket(bytes, bytes.length, InetAddress.getLoopbackAddress(), sipPort));
    }
}
