package io.callcontrol.sim.portsip;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.core.type.TypeReference;
import io.callcontrol.sim.kit.SimulatorExtension;
import io.callcontrol.sim.kit.SimulatorServer;
import io.vertx.ext.web.Router;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

class PortsipSimulatorTest {

    @RegisterExtension
    static SimulatorExtension<PortsipSimulator> pbx = new SimulatorExtension<>(PortsipSimulator::new);

    /** A webhook receiver for the event tests: answers with the next status of a script. */
    static class Receiver extends SimulatorServer {
        /** event_type -> statuses to answer, in order (then 200). */
        final Map<String, List<Integer>> script = new ConcurrentHashMap<>();

        @Override
        protected void configure(Router router) {
            router.post("/events").handler(ctx -> {
                String type = ctx.body().asJsonObject().getString("event_type");
                List<Integer> statuses = script.getOrDefault(type, List.of());
                int status = statuses.isEmpty() ? 200 : statuses.remove(0);
                ctx.response().setStatusCode(status).end();
            });
        }
    }

    @RegisterExtension
    static SimulatorExtension<Receiver> receiver = new SimulatorExtension<>(Receiver::new);

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> send(String method, String path, String token, String contentType, String body)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(pbx.get().baseUrl() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Map<String, Object> json(HttpResponse<String> r) throws Exception {
        return SimulatorServer.JSON.readValue(r.body(), new TypeReference<>() {
        });
    }

    private String login() throws Exception {
        HttpResponse<String> r = send("POST", "/api/login/oauth/token", null, "application/x-www-form-urlencoded",
                "grant_type=password&username=admin&password=" + PortsipSimulator.ADMIN_PASSWORD
                        + "&scope=all&client_id=" + PortsipSimulator.CLIENT_ID);
        assertThat(r.statusCode()).isEqualTo(200);
        return (String) json(r).get("access_token");
    }

    private String call(String token, String callee) throws Exception {
        HttpResponse<String> r = send("POST", "/api/sessions", token, "application/json",
                "{\"caller\":\"1001\",\"callee\":\"" + callee + "\",\"send_sdp\":true}");
        assertThat(r.statusCode()).isEqualTo(200);
        return (String) json(r).get("id");
    }

    @Test
    void loginFailsWithTheDocumentedBody() throws Exception {
        HttpResponse<String> r = send("POST", "/api/login/oauth/token", null, "application/x-www-form-urlencoded",
                "grant_type=password&username=admin&password=wrong&scope=all&client_id=" + PortsipSimulator.CLIENT_ID);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).isEqualTo(
                "{\"errors\":[{\"code\":\"UNAUTHORIZED\",\"message\":\"Login failed, authentication error\"}]}");
    }

    @Test
    void tokensExpireOnTheClockAndRefresh() throws Exception {
        pbx.get().tokenLifetime(Duration.ofSeconds(60));
        HttpResponse<String> r = send("POST", "/api/login/oauth/token", null, "application/x-www-form-urlencoded",
                "grant_type=password&username=1001&password=A1s2d3f4&domain=test.io&scope=all&client_id="
                        + PortsipSimulator.CLIENT_ID);
        Map<String, Object> tok = json(r);
        assertThat(tok).containsEntry("expires_in", 60).containsEntry("token_type", "Bearer");
        String at = (String) tok.get("access_token");
        assertThat(send("GET", "/api/sessions", at, null, null).statusCode()).isEqualTo(200);
        pbx.get().clock().advance(Duration.ofSeconds(60));
        HttpResponse<String> expired = send("GET", "/api/sessions", at, null, null);
        assertThat(expired.statusCode()).isEqualTo(401);
        assertThat(expired.body()).contains("\"code\":\"UNAUTHORIZED\"");
        HttpResponse<String> refreshed = send("POST", "/api/login/oauth/token", null,
                "application/x-www-form-urlencoded", "grant_type=refresh_token&refresh_token=" + tok.get("refresh_token")
                        + "&client_id=" + PortsipSimulator.CLIENT_ID);
        assertThat(refreshed.statusCode()).isEqualTo(200);
        String at2 = (String) json(refreshed).get("access_token");
        assertThat(send("GET", "/api/sessions", at2, null, null).statusCode()).isEqualTo(200);
        // revoke invalidates it
        assertThat(send("POST", "/api/login/oauth/revoke", at2, null, null).statusCode()).isEqualTo(200);
        assertThat(send("GET", "/api/sessions", at2, null, null).statusCode()).isEqualTo(401);
    }

    @Test
    void callMovesThroughStatesAndIsListedUntilDestroyed() throws Exception {
        String token = login();
        String id = call(token, "1002");
        assertThat(pbx.get().session(id)).containsEntry("status", "trying").containsEntry("direction", "ext");
        pbx.get().clock().advance(Duration.ofSeconds(1));
        assertThat(pbx.get().session(id)).containsEntry("status", "ringing");
        pbx.get().clock().advance(Duration.ofSeconds(3));
        Map<String, Object> list = json(send("GET", "/api/sessions", token, null, null));
        assertThat(list).containsEntry("count", 1);
        assertThat((List<?>) list.get("items")).singleElement().asInstanceOf(
                org.assertj.core.api.InstanceOfAssertFactories.MAP).containsEntry("status", "connected");

        assertThat(send("POST", "/api/sessions/1/hold", token, "application/json",
                "{\"extension_number\":\"1001\"}").statusCode()).isEqualTo(200);
        assertThat(pbx.get().session(id)).containsEntry("on_hold", true);

        assertThat(send("POST", "/api/sessions/" + id + "/destroy", token, "application/json", null).statusCode())
                .isEqualTo(200);
        assertThat(pbx.get().sessions()).isEmpty();
        assertThat(pbx.get().events()).extracting(e -> e.get("event_type")).containsExactly("call_start",
                "cdr_target_add", "cdr_target_ringing", "cdr_target_answer", "call_update_info", "cdr_target_end",
                "call_cdr");
        Map<String, Object> cdr = pbx.get().events().get(6);
        assertThat(cdr).containsEntry("call_status", "answered").containsEntry("talk_duration", 0L)
                .containsEntry("session_id", id);
        assertThat(pbx.get().events()).extracting(e -> e.get("uuid")).doesNotHaveDuplicates().doesNotContainNull();
    }

    @Test
    void strictAboutTypesAndRequiredParameters() throws Exception {
        String token = login();
        HttpResponse<String> r = send("POST", "/api/sessions", token, "application/json",
                "{\"caller\":1001,\"send_sdp\":\"true\"}");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("VALIDATE_FAILED").contains("caller must be a non-empty string")
                .contains("callee is required").contains("send_sdp must be a boolean");
        HttpResponse<String> direct = send("GET", "/api/sessions/directly?extension_number=1001&password=bad"
                + "&caller=1001&callee=1002&domain=test.io&send_sdp=true", null, null, null);
        assertThat(direct.statusCode()).isEqualTo(401);
        HttpResponse<String> enumBad = send("GET", "/api/sessions/directly?extension_number=1001&password=A1s2d3f4"
                + "&caller=1001&callee=1002&domain=test.io&send_sdp=true&header_direction=BOTH", null, null, null);
        assertThat(enumBad.statusCode()).isEqualTo(400);
        assertThat(enumBad.body()).contains("header_direction");
        assertThat(send("POST", "/api/sessions/42/destroy", token, null, null).statusCode()).isEqualTo(404);
    }

    @Test
    void webhookDeliveriesRetryOnTheClockAndStopOn404() throws Exception {
        pbx.get().eventUrl(receiver.get().baseUrl() + "/events").eventBearerToken("s3cret")
                .calleeBehaviour("1002", PortsipSimulator.CalleeBehaviour.BUSY);
        receiver.get().script.put("call_start", new CopyOnWriteArrayList<>(List.of(500)));
        receiver.get().script.put("cdr_target_add", new CopyOnWriteArrayList<>(List.of(404)));
        String token = login();
        call(token, "1002");
        // call_start: 500 then (after 15 s) 200; cdr_target_add: 404, never retried
        PortsipSimulator.EventDelivery first = pbx.get().awaitDelivery(d -> d.eventType().equals("call_start"),
                Duration.ofSeconds(5));
        assertThat(first.status()).isEqualTo(500);
        pbx.get().awaitDelivery(d -> d.eventType().equals("cdr_target_add"), Duration.ofSeconds(5));
        pbx.get().clock().advance(Duration.ofSeconds(15));
        PortsipSimulator.EventDelivery retry = pbx.get().awaitDelivery(d -> d.attempt() == 2, Duration.ofSeconds(5));
        assertThat(retry.eventType()).isEqualTo("call_start");
        assertThat(retry.uuid()).isEqualTo(first.uuid());
        assertThat(receiver.get().wireLog().all()).allSatisfy(
                req -> assertThat(req.header("Authorization")).isEqualTo("Bearer s3cret"));
        // busy callee: cdr_target_fail + call_cdr(fail) after the ring delay
        pbx.get().awaitDelivery(d -> d.eventType().equals("call_cdr"), Duration.ofSeconds(5));
        assertThat(pbx.get().events()).extracting(e -> e.get("event_type")).contains("cdr_target_fail");
        assertThat(pbx.get().deliveries()).filteredOn(d -> d.eventType().equals("cdr_target_add")).hasSize(1);
    }

    /** A JDK WebSocket client on /wsi collecting the frames it receives. */
    private java.net.http.WebSocket wsi(java.util.concurrent.BlockingQueue<String> frames) throws Exception {
        return http.newWebSocketBuilder().buildAsync(URI.create(pbx.get().baseUrl().replace("http", "ws") + "/wsi"),
                new java.net.http.WebSocket.Listener() {
                    private final StringBuilder partial = new StringBuilder();

                    @Override
                    public java.util.concurrent.CompletionStage<?> onText(java.net.http.WebSocket ws, CharSequence data,
                                                                          boolean last) {
                        partial.append(data);
                        if (last) {
                            frames.add(partial.toString());
                            partial.setLength(0);
                        }
                        ws.request(1);
                        return null;
                    }
                }).get(5, java.util.concurrent.TimeUnit.SECONDS);
    }

    private static Map<String, Object> next(java.util.concurrent.BlockingQueue<String> frames) throws Exception {
        String f = frames.poll(5, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(f).as("a WSI frame").isNotNull();
        return SimulatorServer.JSON.readValue(f, new TypeReference<>() {
        });
    }

    @Test
    void wsiAuthenticatesSubscribesAndPushesTheEventsOfTheSubscribedExtensions() throws Exception {
        var frames = new java.util.concurrent.LinkedBlockingQueue<String>();
        java.net.http.WebSocket ws = wsi(frames);
        ws.sendText("{\"command\":\"subscribe\",\"topics\":[\"extension_events\"]}", true).join();
        assertThat(next(frames)).containsEntry("command", "subscribe").containsEntry("status", -1)
                .containsEntry("error", "Not authenticated: send the auth command first");
        ws.sendText("{\"command\":\"auth\",\"username\":\"admin\",\"password\":\"wrong\"}", true).join();
        assertThat(next(frames)).containsEntry("command", "auth").containsEntry("status", -1)
                .containsEntry("error", "Login failed, authentication error");
        ws.sendText("{\"command\":\"auth\",\"username\":\"admin\",\"password\":\"" + PortsipSimulator.ADMIN_PASSWORD
                    + "\"}", true).join();
        assertThat(next(frames)).containsEntry("command", "auth").containsEntry("id", "1").containsEntry("status", 0);
        ws.sendText("{\"command\":\"subscribe\",\"topics\":[\"call_events\"]}", true).join();
        assertThat(next(frames)).containsEntry("status", -1).containsEntry("error", "Unknown topic call_events");
        ws.sendText("{\"command\":\"subscribe\",\"topics\":[\"extension_events\",\"cdr_events\"],"
                    + "\"extensions\":[\"1002\"]}", true).join();
        assertThat(next(frames)).containsEntry("command", "subscribe").containsEntry("status", 0);
        assertThat(pbx.get().wsiSubscribers()).isEqualTo(1);

        String token = login();
        call(token, "1003"); // neither party subscribed: nothing pushed
        String id = call(token, "1002");
        Map<String, Object> first = next(frames);
        assertThat(first).containsEntry("event_type", "call_start").containsEntry("session_id", id)
                .containsEntry("callee", "1002");
        assertThat(next(frames)).containsEntry("event_type", "cdr_target_add").containsEntry("session_id", id);
        assertThat(first.get("uuid")).isEqualTo(pbx.get().events().stream()
                .filter(e -> id.equals(e.get("session_id"))).findFirst().orElseThrow().get("uuid"));
        pbx.get().dropWsiConnections();
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (pbx.get().wsiSubscribers() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(pbx.get().wsiSubscribers()).isZero();
    }
}
