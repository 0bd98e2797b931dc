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

    /** Writes the head of a chunked POST on a raw socket, then keeps streaming chunks until the server closes. */
    private static long streamUntilClosed(int port, String path, String extraHeaders, StringBuilder answer)
            throws Exception {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
            socket.setSoTimeout(15_000);
            java.io.OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                       + extraHeaders + "Transfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = new byte[64 * 1024];
            java.util.Arrays.fill(chunk, (byte) ' ');
            byte[] head = (Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
            java.io.InputStream in = socket.getInputStream();
            long sent = 0;
            // at most 200 MB: today's receiver kept reading all of it after its 413
            while (sent < 200L * 1024 * 1024) {
                try {
                    out.write(head);
                    out.write(chunk);
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                } catch (java.io.IOException closed) {
                    break;
                }
                sent += chunk.length;
                if (in.available() > 0) {
                    byte[] buf = new byte[4096];
                    int n = in.read(buf);
                    if (n > 0) {
                        answer.append(new String(buf, 0, n, StandardCharsets.US_ASCII));
                    }
                }
            }
            // the server's answer (if not read yet) and then its end of stream
            byte[] buf = new byte[4096];
            try {
                for (int n; (n = in.read(buf)) > 0; ) {
                    answer.append(new String(buf, 0, n, StandardCharsets.US_ASCII));
                }
            } catch (java.io.IOException reset) {
                // closed by the server: what we wanted
            }
            return sent;
        }
    }

    @Test
    void aStreamedBodyOverTheLimitIsAnswered413AndTheConnectionClosed() throws Exception {
        register(WebhookSettings.none().withMaxBodySize(100_000), recording(200));
        StringBuilder answer = new StringBuilder();
        long sent = streamUntilClosed(reg.port(), "/hooks/events", "", answer);
        assertThat(answer.toString()).startsWith("HTTP/1.1 413");
        // the server closed the connection instead of reading the rest (a socket buffer or two at most)
        assertThat(sent).isLessThan(20L * 1024 * 1024);
        assertThat(received).isEmpty();
    }

    @Test
    void aStrangerStreamingABodyIsRefused401BeforeTheBodyIsReadAndClosed() throws Exception {
        register(WebhookSettings.bearer("s3cret").withMaxBodySize(100_000_000), recording(200));
        StringBuilder answer = new StringBuilder();
        long sent = streamUntilClosed(reg.port(), "/hooks/events", "Authorization: Bearer nope\r\n", answer);
        assertThat(answer.toString()).startsWith("HTTP/1.1 401");
        assertThat(sent).isLessThan(20L * 1024 * 1024);
        assertThat(received).isEmpty();
    }

    @Test
    void urlTokensIssuedByTheReceiverAreAcceptedOthersRefused() throws Exception {
        WebhookUrlToken tokens = WebhookUrlToken.random();
        register(WebhookSettings.token(tokens), recording(200));
        String url = tokens.appendTo(reg.localUrl());
        assertThat(http.send(HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        // the secret does not reach the handler
        assertThat(received.get(0).query()).doesNotContainKey("token");
        assertThat(post("{}").statusCode()).isEqualTo(401);
        String forged = url.substring(0, url.length() - 2) + (url.endsWith("AA") ? "BB" : "AA");
        assertThat(http.send(HttpRequest.newBuilder(URI.create(forged)).POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
        String other = WebhookUrlToken.random().appendTo(reg.localUrl());
        assertThat(http.send(HttpRequest.newBuilder(URI.create(other)).POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
        assertThat(received).hasSize(1);
    }

    @Test
    void aUrlTokenIsAcceptedNextToBasic() throws Exception {
        WebhookUrlToken tokens = WebhookUrlToken.withSecret("configured");
        register(WebhookSettings.basic("pbx", "pw").withUrlToken(tokens), recording(200));
        assertThat(post("{}").statusCode()).isEqualTo(401);
        assertThat(post("{}", "Authorization", "Basic cGJ4OnB3").statusCode()).isEqualTo(200);
        // a token of the same configured secret (e.g. handed out before a restart) is still valid
        String url = WebhookUrlToken.withSecret("configured").appendTo(reg.localUrl());
        assertThat(http.send(HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
    }

    @Test
    void masksUserInfoPasswordsAndSecretQueryParameters() {
        assertThat(WebhookUrlToken.mask("https://app:pa55@example.com:8443/cb/x?a=1&token=abc.def&password=p#f"))
                .isEqualTo("https://app:xxxxxx@example.com:8443/cb/x?a=1&token=xxxxxx&password=xxxxxx#f");
        assertThat(WebhookUrlToken.mask("http://example.com/cb?a=1")).isEqualTo("http://example.com/cb?a=1");
    }

    @Test
    void noAuthChosenIsRefusedNoneIsAllowedExplicitly() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> WebhookSettings.requireChosen(null, "X", "x:events",
                "NONE, BASIC")).isInstanceOf(io.callcontrol.core.error.CallControlValidationException.class)
                .hasMessageContaining("webhookAuth")
                .satisfies(e -> assertThat(((io.callcontrol.core.error.CallControlValidationException) e)
                        .getParameters()).containsExactly("webhookAuth"));
        List<String> warnings = new CopyOnWriteArrayList<>();
        org.apache.logging.log4j.core.LoggerContext ctx =
                (org.apache.logging.log4j.core.LoggerContext) org.apache.logging.log4j.LogManager.getContext(false);
        org.apache.logging.log4j.core.appender.AbstractAppender capture =
                new org.apache.logging.log4j.core.appender.AbstractAppender("capture-none", null, null, true,
                        org.apache.logging.log4j.core.config.Property.EMPTY_ARRAY) {
                    @Override
                    public void append(org.apache.logging.log4j.core.LogEvent event) {
                        if (event.getLevel() == org.apache.logging.log4j.Level.WARN) {
                            warnings.add(event.getMessage().getFormattedMessage());
                        }
                    }
                };
        capture.start();
        ctx.getConfiguration().getRootLogger().addAppender(capture, org.apache.logging.log4j.Level.WARN, null);
        ctx.updateLoggers();
        try {
            assertThat(WebhookSettings.requireChosen(WebhookAuth.NONE, "X", "x:events", "NONE"))
                    .isEqualTo(WebhookAuth.NONE);
        } finally {
            ctx.getConfiguration().getRootLogger().removeAppender("capture-none");
            ctx.updateLoggers();
            capture.stop();
        }
        assertThat(warnings).anySatisfy(w -> assertThat(w).contains("x:events", "webhookAuth=NONE"));
        // an explicit auth: no warning
        warnings.clear();
        assertThat(WebhookSettings.requireChosen(WebhookAuth.BEARER, "X", "x:events", "NONE"))
                .isEqualTo(WebhookAuth.BEARER);
        assertThat(warnings).isEmpty();
    }
}
