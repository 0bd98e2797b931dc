package io.callcontrol.core.webhook;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import io.vertx.core.Vertx;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookReceiverTest {

    static Vertx vertx;
    final HttpClient http = HttpClient.newHttpClient();
    final List<WebhookRequest> received = new CopyOnWriteArrayList<>();
    WebhookReceiver.Registration reg;

    @BeforeAll
    static void vertx() {
        vertx = Vertx.vertx();
    }

    @AfterAll
    static void close() {
        vertx.close();
    }

    @AfterEach
    void unregister() {
        if (reg != null) {
            reg.close();
        }
    }

    private void register(WebhookSettings settings, WebhookHandler handler) {
        reg = WebhookReceiver.register(vertx, "127.0.0.1", 0, "/hooks/events", settings, 2000, handler);
    }

    private WebhookHandler recording(int status) {
        return r -> {
            received.add(r);
            return CompletableFuture.completedFuture(status);
        };
    }

    private HttpResponse<String> post(String body, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(reg.localUrl()))
                .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json");
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void bearerAcceptedAndRejected() throws Exception {
        register(WebhookSettings.bearer("s3cret"), recording(204));
        assertThat(post("{\"a\":1}", "Authorization", "Bearer wrong").statusCode()).isEqualTo(401);
        assertThat(post("{\"a\":1}").statusCode()).isEqualTo(401);
        assertThat(received).isEmpty();
        assertThat(post("{\"a\":1}", "Authorization", "Bearer s3cret").statusCode()).isEqualTo(204);
        assertThat(received).hasSize(1);
        assertThat(received.get(0).json().get("a").asInt()).isEqualTo(1);
    }

    @Test
    void basicAcceptedAndRejected() throws Exception {
        register(WebhookSettings.basic("pbx", "pw"), recording(200));
        assertThat(post("{}", "Authorization", "Basic cGJ4Ondyb25n").statusCode()).isEqualTo(401);
        assertThat(post("{}", "Authorization", "Basic cGJ4OnB3").statusCode()).isEqualTo(200);
        assertThat(received).hasSize(1);
    }

    @Test
    void hmacSignatureOfTheBodyIsChecked() throws Exception {
        WebhookSettings s = WebhookSettings.hmac("key", "X-Hub-Signature-256", "HmacSHA256", "sha256=");
        register(s, recording(200));
        String body = "{\"event\":\"call_start\"}";
        String good = "sha256=" + WebhookReceiver.hmacHex(s, body.getBytes(StandardCharsets.UTF_8));
        assertThat(post(body, "X-Hub-Signature-256", good.replace('a', 'b').replace('1', '2')).statusCode()).isEqualTo(401);
        assertThat(post(body).statusCode()).isEqualTo(401);
        assertThat(post(body, "X-Hub-Signature-256", good).statusCode()).isEqualTo(200);
        assertThat(received).hasSize(1);
    }

    @Test
    void malformedJsonAndOversizedBodiesNeverReachTheHandler() throws Exception {
        register(WebhookSettings.none().withMaxBodySize(64), recording(200));
        assertThat(post("{not json").statusCode()).isEqualTo(400);
        assertThat(post("{\"pad\":\"" + "x".repeat(100) + "\"}").statusCode()).isEqualTo(413);
        HttpResponse<String> get = http.send(HttpRequest.newBuilder(URI.create(reg.localUrl())).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(get.statusCode()).isEqualTo(405);
        assertThat(received).isEmpty();
    }

    @Test
    void answersOnlyAfterProcessingAnd500WhenItFailed() throws Exception {
        CompletableFuture<Integer> processing = new CompletableFuture<>();
        register(WebhookSettings.none(), r -> processing);
        CompletableFuture<HttpResponse<String>> resp = http.sendAsync(HttpRequest.newBuilder(URI.create(reg.localUrl()))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        Thread.sleep(200);
        assertThat(resp).isNotDone();
        processing.completeExceptionally(new IllegalStateException("route failed"));
        assertThat(resp.get().statusCode()).isEqualTo(500);
    }

    @Test
    void unknownPathIs404AndSamePathTwiceIsRefused() throws Exception {
        register(WebhookSettings.none(), recording(200));
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(reg.localUrl().replace("/events", "/other")))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(404);
        WebhookReceiver.Registration shared = WebhookReceiver.register(vertx, "127.0.0.1", reg.port(), "/a", WebhookSettings.none(), 1000, recording(200));
        try {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> WebhookReceiver.register(vertx, "127.0.0.1", reg.port(), "/a/",
                    WebhookSettings.none(), 1000, recording(200))).isInstanceOf(IllegalStateException.class);
        } finally {
            shared.close();
        }
    }
}
