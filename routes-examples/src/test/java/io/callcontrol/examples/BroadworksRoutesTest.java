package io.callcontrol.examples;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import io.callcontrol.sim.broadworks.BroadworksSimulator;
import io.callcontrol.sim.kit.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** BroadWorks: polled calls on the call-events topic (route 2) and click-to-dial on BroadWorks (route 1). */
class BroadworksRoutesTest extends EmbeddedAppTestSupport {

    @Autowired
    BroadworksSimulator pbx;

    @LocalServerPort
    int port;

    @Test
    void polledCallsReachTheCallEventsTopicAndEnd() {
        Map<String, Object> event = json(awaitRecord("call-events",
                r -> "broadworks".equals(json(r.value()).get("vendor"))).value());
        String callId = (String) event.get("callId");
        assertThat(callId).isNotBlank();
        // the scripted call is released after its talk time: the poller sees it go
        awaitRecord("call-events", r -> callId.equals(r.key()) && "TERMINATED".equals(json(r.value()).get("state")));
    }

    @Test
    void clickToDialOnBroadworksRingsTheUserThenTheNumber() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/click-to-dial"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"vendor\":\"broadworks\",\"from\":\"foouser\",\"to\":\"+15557770009\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat((String) json(response.body()).get("callId")).isNotBlank();
        RecordedRequest call = pbx.wireLog().await(r -> r.method().equals("POST")
                && r.path().startsWith("/api/v1/tenants/foo/groups/foogroup/users/foouser/services/calls/")
                && (r.uri().contains("15557770009") || r.bodyAsString().contains("15557770009")), BOUND);
        assertThat(call.header("authorization")).isNotBlank();
    }
}
