package io.callcontrol.examples;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.callcontrol.core.json.Json;
import io.callcontrol.sim.kit.RecordedRequest;
import io.callcontrol.sim.portasip.PortasipSimulator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Click-to-dial on the vendors it gained with {@code callcontrol:originate}: PortaSIP (account to account, the
 * originate_advanced_call on the simulator's WebSocket) and sip-native (a third party call between two SIP URIs: the
 * first party's INVITE on its socket), over REST and Kafka; their parties are validated before anything is sent.
 */
class ClickToDialVendorsTest extends EmbeddedAppTestSupport {

    @LocalServerPort
    int port;

    @Autowired
    PortasipSimulator portasip;

    private final HttpClient http = HttpClient.newHttpClient();

    private List<JsonNode> originates(String calleeId) {
        return portasip.wireLog().matching(r -> "WS".equals(r.method())).stream().map(RecordedRequest::body)
                .map(Json::tree).filter(n -> "originate_advanced_call".equals(n.path("method").asText()))
                .map(n -> n.path("params")).filter(p -> calleeId.equals(p.path("callee_id").asText())).toList();
    }

    private JsonNode awaitOriginate(String calleeId) throws InterruptedException {
        long deadline = System.nanoTime() + BOUND.toNanos();
        while (originates(calleeId).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(originates(calleeId)).as("originate_advanced_call to " + calleeId + " on the wire").hasSize(1);
        return originates(calleeId).get(0);
    }

    private boolean portasipKnowsCall(String callId) {
        return portasip.calls().stream().anyMatch(c -> callId.equals(c.path("call").path("id").asText()));
    }

    @Test
    void restOriginatesOnPortasipBilledToTheCaller() throws Exception {
        HttpResponse<String> response = post("{\"vendor\":\"portasip\",\"from\":\"123007\",\"to\":\"123003\"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Map<String, Object> answer = json(response.body());
        assertThat(answer).containsEntry("vendor", "portasip").containsEntry("from", "123007")
                .containsEntry("to", "123003");

        JsonNode p = awaitOriginate("123003");
        assertThat(p.path("caller_id").asText()).isEqualTo("123007");
        assertThat(p.path("callee_id").asText()).isEqualTo("123003");
        // callcontrol.portasip.bill-id is empty by default: the call is billed to the caller's account
        assertThat(p.path("bill_id").asText()).isEqualTo("123007");
        // the answer's call id and tracking id are the ones the PBX gave the call
        String callId = (String) answer.get("callId");
        assertThat(callId).isNotBlank();
        assertThat(portasipKnowsCall(callId)).as("the simulator has call " + callId).isTrue();
        assertThat((String) answer.get("trackingId")).isNotBlank();
    }

    @Test
    void kafkaOriginatesOnPortasip() throws Exception {
        produce("click-to-dial", "porta-1", "{\"vendor\":\"portasip\",\"from\":\"123004\",\"to\":\"123005\"}");
        Map<String, Object> result = json(awaitRecord("click-to-dial-results", r -> "porta-1".equals(r.key())).value());
        assertThat(result).containsEntry("vendor", "portasip").containsEntry("requestId", "porta-1");
        JsonNode p = awaitOriginate("123005");
        assertThat(p.path("caller_id").asText()).isEqualTo("123004");
        assertThat(portasipKnowsCall((String) result.get("callId"))).isTrue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void portasipAndSipPartiesAreValidatedBeforeAnythingIsSent() throws Exception {
        int before = portasip.wireLog().all().size();
        Map<String, Object> problem = json(post("{\"vendor\":\"portasip\",\"from\":\"+123007\",\"to\":\"12x3\"}").body());
        assertThat(problem).containsEntry("status", 400);
        assertThat((List<Object>) problem.get("fields")).containsExactlyInAnyOrder("from", "to");
        assertThat((String) problem.get("detail")).contains("PortaSIP account id");

        for (String bad : List.of("sip:bob@127.0.0.1;transport=tcp", "sip:bob@127.0.0.1>", "sips:bob@127.0.0.1",
                "sip:bob", "sip:bob@127.0.0.1:5060?Subject=x", "<sip:bob@127.0.0.1>", "sip:b ob@127.0.0.1", "1001")) {
            HttpResponse<String> r = post("{\"vendor\":\"sip-native\",\"from\":\"sip:alice@127.0.0.1\",\"to\":"
                    + JSON.writeValueAsString(bad) + "}");
            assertThat(r.statusCode()).as(bad + ": " + r.body()).isEqualTo(400);
            assertThat(json(r.body())).containsEntry("fields", List.of("to"));
            assertThat(json(r.body()).get("detail").toString()).contains("a SIP URI");
        }
        assertThat(portasip.wireLog().all().subList(before, portasip.wireLog().all().size()))
                .noneMatch(r -> r.bodyAsString().contains("originate_advanced_call"));
    }

    @Test
    void restOriginatesOnSipNativeBetweenTwoSipUris() throws Exception {
        try (DatagramSocket phone = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            phone.setSoTimeout(500);
            String alice = "sip:alice@127.0.0.1:" + phone.getLocalPort();
            String bob = "sip:bob@127.0.0.1:" + phone.getLocalPort();
            HttpResponse<String> response = post("{\"vendor\":\"sip-native\",\"from\":\"" + alice + "\",\"to\":\""
                    + bob + "\"}");
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            Map<String, Object> answer = json(response.body());
            assertThat(answer).containsEntry("vendor", "sip-native").containsEntry("from", alice)
                    .containsEntry("to", bob);
            String callId = (String) answer.get("callId");
            assertThat(callId).isNotBlank();

            // the first party is invited first, under the call id answered (chosen before sending)
            String invite = receiveInvite(phone);
            assertThat(invite.lines().findFirst().orElseThrow()).startsWith("INVITE " + alice + " SIP/2.0");
            assertThat(header(invite, "Call-ID")).isEqualTo(callId);
        }
    }

    private static String receiveInvite(DatagramSocket socket) throws Exception {
        long deadline = System.nanoTime() + BOUND.toNanos();
        byte[] buf = new byte[65535];
        while (System.nanoTime() < deadline) {
            DatagramPacket packet = new DatagramPacket(buf, buf.length);
            try {
                socket.receive(packet);
            } catch (SocketTimeoutException e) {
                continue;
            }
            String msg = new String(packet.getData(), 0, packet.getLength(), StandardCharsets.UTF_8);
            if (msg.startsWith("INVITE ")) {
                return msg;
            }
        }
        throw new AssertionError("no INVITE within " + BOUND);
    }

    private static String header(String msg, String name) {
        return msg.lines().filter(l -> l.regionMatches(true, 0, name + ":", 0, name.length() + 1))
                .map(l -> l.substring(name.length() + 1).trim()).findFirst().orElse(null);
    }

    private HttpResponse<String> post(String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/click-to-dial"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
