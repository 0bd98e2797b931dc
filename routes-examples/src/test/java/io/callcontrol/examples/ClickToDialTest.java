package io.callcontrol.examples;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import io.callcontrol.sim.kit.RecordedRequest;
import io.callcontrol.sim.portsip.PortsipSimulator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Route 1: click-to-dial over REST (POST JSON, GET link) and over the Kafka topic, originating on the PBX. */
class ClickToDialTest extends EmbeddedAppTestSupport {

    @LocalServerPort
    int port;

    @Autowired
    PortsipSimulator pbx;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void restOriginatesOnTheVendorAndAnswersTheCallId() throws Exception {
        HttpResponse<String> response = post("{\"vendor\":\"portsip\",\"from\":\"1001\",\"to\":\"+15557770001\"}");
        assertThat(response.statusCode()).isEqualTo(200);
        Map<String, Object> answer = json(response.body());
        assertThat(answer).containsEntry("vendor", "portsip").containsEntry("from", "1001")
                .containsEntry("to", "+15557770001");
        assertThat((String) answer.get("callId")).isNotBlank();

        RecordedRequest originate = pbx.wireLog().await(r -> r.path().equals("/api/sessions")
                && r.bodyAsString().contains("\"callee\":\"+15557770001\""), BOUND);
        assertThat(json(originate.bodyAsString())).containsEntry("caller", "1001");
        // the call id answered is the session the PBX created: its events carry it
        awaitRecord("call-events", r -> answer.get("callId").equals(r.key()));
    }

    @Test
    void theLinkOfTheMissedCallMailOriginatesToo() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/api/click-to-dial?vendor=portsip&from=1003&to=%2B15557770002")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response.body())).containsEntry("to", "+15557770002").containsKey("callId");
        pbx.wireLog().await(r -> r.path().equals("/api/sessions")
                && r.bodyAsString().contains("\"caller\":\"1003\",\"callee\":\"+15557770002\""), BOUND);
    }

    @Test
    @SuppressWarnings("unchecked")
    void invalidRequestsAreRejectedBeforeAnythingIsSent() throws Exception {
        int before = pbx.wireLog().all().size();
        HttpResponse<String> response = post("{\"vendor\":\"nokia\",\"to\":\"\"}");
        assertThat(response.statusCode()).isEqualTo(400);
        Map<String, Object> problem = json(response.body());
        assertThat((java.util.List<Object>) problem.get("fields")).containsExactlyInAnyOrder("vendor", "from", "to");
        assertThat(problem.get("detail").toString()).contains("vendor 'nokia' is not one of")
                .contains("missing required parameters from, to");
        assertThat(pbx.wireLog().all().subList(before, pbx.wireLog().all().size()))
                .noneMatch(r -> r.bodyAsString().contains("nokia"));
    }

    @Test
    void kafkaRequestsOriginateAndTheResultIsPublished() throws Exception {
        produce("click-to-dial", "req-1", "{\"vendor\":\"portsip\",\"from\":\"1002\",\"to\":\"+15557770003\"}");
        Map<String, Object> result = json(awaitRecord("click-to-dial-results",
                r -> r.value().contains("+15557770003")).value());
        assertThat(result).containsEntry("vendor", "portsip").containsEntry("from", "1002");
        assertThat((String) result.get("callId")).isNotBlank();
        pbx.wireLog().await(r -> r.path().equals("/api/sessions")
                && r.bodyAsString().contains("\"callee\":\"+15557770003\""), BOUND);

        produce("click-to-dial", "req-2", "{\"vendor\":\"portsip\",\"from\":\"1002\"}");
        // a bad request is answered with a problem naming the field, under its key (its request id)
        Map<String, Object> problem = json(awaitRecord("click-to-dial-results", r -> "req-2".equals(r.key())).value());
        assertThat(problem).containsEntry("status", 400).containsEntry("fields", java.util.List.of("to"))
                .containsEntry("requestId", "req-2");

        // the same request id again (a redelivery, a retry): not dialled again
        produce("click-to-dial", "req-1", "{\"vendor\":\"portsip\",\"from\":\"1002\",\"to\":\"+15557770003\"}");
        assertThat(json(awaitRecord("click-to-dial-results", r -> "req-1".equals(r.key())
                && r.value().contains("\"status\":409")).value())).containsEntry("requestId", "req-1");
        assertThat(pbx.wireLog().matching(r -> r.bodyAsString().contains("\"callee\":\"+15557770003\""))).hasSize(1);
    }

    private HttpResponse<String> post(String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/click-to-dial"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
