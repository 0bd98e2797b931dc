package io.callcontrol.sim.broadworks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import io.callcontrol.sim.kit.SimulatorExtension;
import io.callcontrol.sim.kit.SimulatorServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

class BroadworksSimulatorTest {

    @RegisterExtension
    static SimulatorExtension<BroadworksSimulator> sim = new SimulatorExtension<>(BroadworksSimulator::new);

    static final String CALLS = "/api/v1/tenants/foo/groups/foogroup/users/foouser/services/calls/";
    final HttpClient http = HttpClient.newHttpClient();

    HttpResponse<String> send(String method, String path, String token, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(sim.get().baseUrl() + path))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(HttpResponse<String> r) throws Exception {
        return SimulatorServer.JSON.readTree(r.body());
    }

    String login() throws Exception {
        var r = send("POST", BroadworksSimulator.DEFAULT_LOGIN_PATH, null,
                "{\"username\":\"apiuser\",\"password\":\"apipass\"}");
        assertThat(r.statusCode()).isEqualTo(200);
        return json(r).get("access_token").asText();
    }

    @Test
    void loginExpiryAndRefresh() throws Exception {
        assertThat(send("GET", CALLS, null, null).statusCode()).isEqualTo(401);
        assertThat(send("POST", BroadworksSimulator.DEFAULT_LOGIN_PATH, null,
                "{\"username\":\"apiuser\",\"password\":\"bad\"}").statusCode()).isEqualTo(401);
        var r = send("POST", BroadworksSimulator.DEFAULT_LOGIN_PATH, null,
                "{\"username\":\"apiuser\",\"password\":\"apipass\"}");
        String access = json(r).get("access_token").asText();
        String refresh = json(r).get("refresh_token").asText();
        assertThat(send("GET", CALLS, access, null).statusCode()).isEqualTo(200);
        sim.get().clock().advance(Duration.ofMinutes(16));
        assertThat(send("GET", CALLS, access, null).statusCode()).isEqualTo(401);
        var r2 = send("GET", BroadworksSimulator.REFRESH_PATH, refresh, null);
        assertThat(r2.statusCode()).isEqualTo(200);
        assertThat(send("GET", CALLS, json(r2).get("access_token").asText(), null).statusCode()).isEqualTo(200);
        assertThat(send("GET", CALLS, BroadworksSimulator.MACHINE_TOKEN, null).statusCode()).isEqualTo(200);
    }

    @Test
    void clickToDialMovesThroughStatesAndHoldReconnect() throws Exception {
        String t = login();
        assertThat(send("POST", CALLS, t, "{\"phoneNumber\":\"abc\"}").statusCode()).isEqualTo(400);
        assertThat(send("POST", "/api/v1/tenants/foo/groups/foogroup/users/nobody/services/calls/", t,
                "{\"phoneNumber\":\"+3212345678\"}").statusCode()).isEqualTo(403);
        var r = send("POST", CALLS, t, "{\"phoneNumber\":\"+3212345678\"}");
        assertThat(r.statusCode()).isEqualTo(201);
        String id = json(r).get("callId").asText();
        assertThat(json(send("GET", CALLS + id + "/", t, null)).get("state").asText()).isEqualTo("Alerting/Ringing");
        var hold = send("PUT", CALLS + id + "/", t, "{\"action\":\"hold\"}");
        assertThat(hold.statusCode()).isEqualTo(400);
        assertThat(json(hold).get("error").asText()).isEqualTo(BroadworksSimulator.ERR_CALL_STATE);
        sim.get().clock().advance(BroadworksSimulator.USER_ANSWER_TIME);
        assertThat(json(send("GET", CALLS + id + "/", t, null)).get("state").asText()).isEqualTo("Answered");
        sim.get().clock().advance(BroadworksSimulator.REMOTE_ANSWER_TIME);
        JsonNode d = json(send("GET", CALLS + id + "/", t, null));
        assertThat(d.get("state").asText()).isEqualTo("Active");
        assertThat(d.get("allowedRecordingControls").asText()).isEqualTo("record");
        assertThat(send("PUT", CALLS + id + "/", t, "{\"action\":\"hold\"}").statusCode()).isEqualTo(200);
        assertThat(json(send("GET", CALLS + id + "/", t, null)).get("state").asText()).isEqualTo("Held");
        assertThat(send("PUT", CALLS + id + "/", t, "{\"action\":\"reconnect\"}").statusCode()).isEqualTo(200);
        JsonNode list = json(send("GET", CALLS + "?includeDetails=true", t, null));
        assertThat(list.get("calls").get(0).get("state").asText()).isEqualTo("Active");
        assertThat(send("DELETE", CALLS + id + "/", t, null).statusCode()).isEqualTo(200);
        assertThat(send("GET", CALLS + id + "/", t, null).statusCode()).isEqualTo(404);
    }

    @Test
    void recordingStateMachine() throws Exception {
        String t = BroadworksSimulator.MACHINE_TOKEN;
        String id = sim.get().seedCall("foouser", "Originator", "Active", "+3212345678", false);
        String p = CALLS + id + "/";
        assertThat(json(send("PUT", p, t, "{\"action\":\"pauseRecording\"}")).get("error").asText())
                .isEqualTo(BroadworksSimulator.ERR_RECORDING_NOT_ACTIVE);
        assertThat(send("PUT", p, t, "{\"action\":\"startRecording\"}").statusCode()).isEqualTo(200);
        assertThat(json(send("GET", p, t, null)).get("allowedRecordingControls").asText()).isEqualTo("pause-stop");
        assertThat(send("PUT", p, t, "{\"action\":\"pauseRecording\"}").statusCode()).isEqualTo(200);
        JsonNode d = json(send("GET", p, t, null));
        assertThat(d.get("recordingState").asText()).isEqualTo("Paused");
        assertThat(d.get("allowedRecordingControls").asText()).isEqualTo("resume-stop");
        assertThat(send("PUT", p, t, "{\"action\":\"resumeRecording\"}").statusCode()).isEqualTo(200);
        assertThat(send("PUT", p, t, "{\"action\":\"stopRecording\"}").statusCode()).isEqualTo(200);
        assertThat(json(send("GET", p, t, null)).get("recorded").asBoolean()).isFalse();
        sim.get().recordingMode("foouser", BroadworksSimulator.RecordingMode.NEVER);
        assertThat(json(send("PUT", p, t, "{\"action\":\"startRecording\"}")).get("error").asText())
                .isEqualTo(BroadworksSimulator.ERR_RECORDING_DISABLED);
    }

    @Test
    void consultativeTransferRetrieveAndImrn() throws Exception {
        String t = BroadworksSimulator.MACHINE_TOKEN;
        String a = sim.get().seedCall("foouser", "Originator", "Held", "+3211111111", false);
        String b = sim.get().seedCall("foouser", "Originator", "Active", "+3222222222", false);
        assertThat(send("PUT", CALLS + a + "/", t, "{\"action\":\"consultativeTransfer\",\"transferCallId\":\"" + b + "\"}")
                .statusCode()).isEqualTo(200);
        assertThat(json(send("PUT", CALLS + b + "/", t, "{\"action\":\"consultativeTransfer\",\"transferCallId\":\"" + a + "\"}"))
                .get("error").asText()).isEqualTo(BroadworksSimulator.ERR_CONSULT_IN_PROGRESS);
        sim.get().clock().advance(BroadworksSimulator.CONSULTATIVE_TRANSFER_TIME);
        assertThat(json(send("GET", CALLS, t, null)).get("calls")).isEmpty();

        assertThat(send("POST", CALLS + "retrieve/", t, "{}").statusCode()).isEqualTo(404);
        sim.get().seedCall("foouser", "Originator", "Active", "+3233333333", true);
        var r = send("POST", CALLS + "retrieve/", t, "{}");
        assertThat(r.statusCode()).isEqualTo(201);
        assertThat(json(send("GET", CALLS + json(r).get("callId").asText() + "/", t, null)).get("remoteParty")
                .get("address").asText()).isEqualTo("+3233333333");

        sim.get().imrnPool(java.util.List.of("+3236548297"));
        var i = send("POST", CALLS + "imrn/", t, "{\"phoneNumber\":\"+3225126778\",\"callingPhoneNumber\":\"+3225126780\"}");
        assertThat(i.statusCode()).isEqualTo(201);
        assertThat(json(i).get("imrn").asText()).isEqualTo("+3236548297");
        assertThat(json(send("POST", CALLS + "imrn/", t, "{\"phoneNumber\":\"+3225126778\",\"callingPhoneNumber\":\"+3225126780\"}"))
                .get("error").asText()).isEqualTo(BroadworksSimulator.ERR_IMRN_FAILED);
        assertThat(send("POST", CALLS + "imrn/", t, "{\"phoneNumber\":\"+3225126778\",\"callingPhoneNumber\":\"+3299999999\"}")
                .statusCode()).isEqualTo(404);
    }
}
