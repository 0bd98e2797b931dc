package io.callcontrol.sim.ucdialogs;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.core.type.TypeReference;
import io.callcontrol.sim.kit.SimulatorExtension;
import io.callcontrol.sim.kit.SimulatorServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

class UcDialogsSimulatorTest {

    @RegisterExtension
    static SimulatorExtension<UcDialogsSimulator> pbx = new SimulatorExtension<>(UcDialogsSimulator::new);

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> call(String method, String path, String body, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(pbx.get().baseUrl() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Map<String, Object> map(HttpResponse<String> r) throws Exception {
        return SimulatorServer.JSON.readValue(r.body(), new TypeReference<Map<String, Object>>() { });
    }

    @Test
    void unknownVerbIs405AndMissingAuthIs401() throws Exception {
        assertThat(call("PATCH", "/rest/v1/user/sip/calls/x", "{}", "alice-token").statusCode()).isEqualTo(405);
        assertThat(call("REFER", "/rest/v1/user/sip/calls", "{}", "alice-token").statusCode()).isEqualTo(405);
        HttpResponse<String> r = call("GET", "/rest/v1/user/sip/calls", null, null);
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(map(r)).containsKeys("error_code", "error_message");
    }

    @Test
    void originateReferDelete() throws Exception {
        HttpResponse<String> r = call("POST", "/rest/v1/user/sip/calls",
                "{\"mode\":\"number\",\"from\":\"13\",\"to\":\"16',12\",\"response_mode\":5}", "alice-token");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        String dlg = (String) map(r).get("dialogid");
        assertThat(pbx.get().dialog(dlg).status()).isEqualTo(SimDialog.Status.FORKING);
        HttpResponse<String> early = call("REFER", "/rest/v1/user/sip/calls/" + dlg, "{\"by\":\"13\",\"referto\":\"17\"}", "alice-token");
        assertThat(early.statusCode()).isEqualTo(409);
        pbx.get().clock().advance(Duration.ofSeconds(2));
        assertThat(pbx.get().dialog(dlg).status()).isEqualTo(SimDialog.Status.ACTIVE);
        assertThat(pbx.get().dialog(dlg).dtmfSent()).containsExactly("b:predial:,12");
        // bob cannot see it
        assertThat(call("GET", "/rest/v1/user/sip/calls/" + dlg, null, "bob-token").statusCode()).isEqualTo(404);
        assertThat(call("GET", "/rest/v1/uc/calls/" + dlg, null, "bob-token").statusCode()).isEqualTo(200);
        // alice transfers 16 to 17
        HttpResponse<String> refer = call("REFER", "/rest/v1/user/sip/calls/" + dlg,
                "{\"by\":\"<sip:13@test.rootdomain.ru>\",\"referto\":\"17\"}", "alice-token");
        assertThat(refer.statusCode()).as(refer.body()).isEqualTo(200);
        String newDlg = (String) map(refer).get("new_dialogid");
        assertThat(pbx.get().dialog(dlg).status()).isEqualTo(SimDialog.Status.TERMINATED);
        assertThat(pbx.get().dialog(newDlg).aUser()).isEqualTo("16");
        HttpResponse<String> lookup = call("LOOKUP", "/rest/v1/uc/calls", "{\"username\":\"17\"}", "alice-token");
        assertThat(lookup.body()).contains(newDlg);
        HttpResponse<String> del = call("DELETE", "/rest/v1/uc/calls/" + newDlg, null, "alice-token");
        assertThat(map(del)).containsEntry("dialogid", newDlg);
        HttpResponse<String> gone = call("DELETE", "/rest/v1/uc/calls/" + newDlg, null, "alice-token");
        assertThat(gone.statusCode()).isEqualTo(404);
        assertThat(map(gone)).containsEntry("error_code", 1413).containsEntry("error_message", "Dialog not found");
    }

    @Test
    void unknownParameterIs400() throws Exception {
        SimDialog d = pbx.get().addActiveDialog("sip3", "sip2");
        HttpResponse<String> r = call("SEND_DTMF", "/rest/v1/user/sip/calls/" + d.dialogid(),
                "{\"dtmf\":\"2\",\"proto\":\"smoke\",\"side\":\"b\"}", "alice-token");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("proto");
        assertThat(pbx.get().wireLog().last().method()).isEqualTo("SEND_DTMF");
    }

    @Test
    void tokenApiSubscriptionExpiresUnlessRenewed() throws Exception {
        LinkedBlockingQueue<String> frames = new LinkedBlockingQueue<>();
        WebSocket ws = http.newWebSocketBuilder().header("Authorization", "Bearer alice-token")
                .buildAsync(URI.create("ws://127.0.0.1:" + pbx.get().port() + "/ws/token/v1"), new WebSocket.Listener() {
                    @Override
                    public CompletionStage<?> onText(WebSocket w, CharSequence data, boolean last) {
                        frames.add(data.toString());
                        w.request(1);
                        return null;
                    }
                }).get(5, TimeUnit.SECONDS);
        ws.sendText("[\"subscr\",{\"qid\":\"q1\",\"id\":\"s1\",\"class\":\"callevents\",\"expires\":4}]", true);
        assertThat(frames.poll(5, TimeUnit.SECONDS)).contains("subscr_result").contains("\"ok\"");
        assertThat(pbx.get().wireLog().last().method()).isEqualTo("WS");
        assertThat(pbx.get().wireLog().last().bodyAsString()).contains("\"subscr\"");
        assertThat(pbx.get().wireLog().last().header("Authorization")).isEqualTo("Bearer alice-token");
        pbx.get().addActiveDialog("sip3", "sip2");
        assertThat(frames.poll(5, TimeUnit.SECONDS)).contains("\"event\"").contains("dlg_call");
        frames.poll(5, TimeUnit.SECONDS);
        pbx.get().clock().advance(Duration.ofSeconds(5));
        assertThat(pbx.get().subscriptions()).isEmpty();
        ws.sendText("[\"subscr\",{\"qid\":\"q2\",\"id\":\"s1\",\"class\":\"callevents\",\"expires\":0}]", true);
        assertThat(frames.poll(5, TimeUnit.SECONDS)).contains("not_found");
        ws.abort();
    }
}
