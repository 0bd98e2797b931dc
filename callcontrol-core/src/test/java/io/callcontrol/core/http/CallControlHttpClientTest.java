package io.callcontrol.core.http;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.callcontrol.core.auth.AuthStrategy;
import io.callcontrol.core.auth.TokenGrant;
import io.callcontrol.core.auth.TokenManager;
import io.callcontrol.core.error.CallControlConnectionException;
import io.callcontrol.core.error.CallControlException;
import io.callcontrol.core.error.CallControlTimeoutException;
import io.callcontrol.core.error.Delivery;
import io.callcontrol.sim.kit.RecordedRequest;
import io.callcontrol.sim.kit.SimulatorExtension;
import io.callcontrol.sim.kit.SimulatorServer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CallControlHttpClientTest {

    /** A small server: echoes, a protected resource, a slow one, a binary one. */
    static class TestServer extends SimulatorServer {
        volatile String validToken = "t1";

        @Override
        protected void configure(Router router) {
            router.route(HttpMethod.valueOf("LOOKUP"), "/calls").handler(ctx -> json(ctx, 200, Map.of("found", true)));
            router.post("/form").handler(ctx -> json(ctx, 200, Map.of("a", ctx.request().getFormAttribute("a") == null ? "" : "")));
            router.get("/protected").handler(ctx -> {
                if (("Bearer " + validToken).equals(ctx.request().getHeader("Authorization"))) {
                    json(ctx, 200, Map.of("ok", true));
                } else {
                    json(ctx, 401, Map.of("error", "token"));
                }
            });
            router.get("/slow").handler(ctx -> vertx().setTimer(1500, t -> ctx.response().end("late")));
            router.get("/audio").handler(ctx -> ctx.response().putHeader("Content-Type", "audio/basic")
                    .end(io.vertx.core.buffer.Buffer.buffer(new byte[] { 1, 2, 3, (byte) 0xff })));
            router.get("/fail").handler(ctx -> json(ctx, 404, Map.of("code", "NOT_FOUND")));
            router.post("/busy").handler(ctx -> ctx.response().setStatusCode(503).putHeader("Retry-After", "1").end());
        }
    }

    @RegisterExtension
    static SimulatorExtension<TestServer> server = new SimulatorExtension<>(TestServer::new);

    static CallControlHttpClient client;

    static final ErrorMapper MAPPER = (call, result) -> new CallControlException("test",
            result.jsonTreeOrNull() != null && result.jsonTreeOrNull().has("code") ? result.jsonTreeOrNull().get("code").asText() : null,
            result.text(), result.status(), result.text());

    @BeforeAll
    static void start() {
        client = new CallControlHttpClient("test", HttpClientSettings.defaults()
                .withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(500)));
    }

    @AfterAll
    static void stop() {
        client.close();
    }

    private static <T> T await(CompletableFuture<T> f) throws Exception {
        return f.get(5, TimeUnit.SECONDS);
    }

    @Test
    void sendsCustomVerbWithEncodedQueryHeadersAndJsonBody() throws Exception {
        HttpResult r = await(client.execute(HttpCall.builder("LOOKUP", server.get().baseUrl()).path("calls")
                .query("callid", "a b&c").query("skipped", null).header("X-Test", "1").json(Map.of("k", "v")).build()));

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json(Map.class)).containsEntry("found", true);
        RecordedRequest wire = server.get().wireLog().last();
        assertThat(wire.method()).isEqualTo("LOOKUP");
        assertThat(wire.uri()).isEqualTo("/calls?callid=a%20b%26c");
        assertThat(wire.queryParam("callid")).isEqualTo("a b&c");
        assertThat(wire.header("x-test")).isEqualTo("1");
        assertThat(wire.header("content-type")).startsWith("application/json");
        assertThat(wire.bodyAsString()).isEqualTo("{\"k\":\"v\"}");
    }

    @Test
    void sendsFormAndMultipartBodies() throws Exception {
        await(client.execute(HttpCall.builder("POST", server.get().baseUrl()).path("form")
                .form(Map.of("auth_info", "{\"session_id\":\"s 1\"}")).build()));
        RecordedRequest form = server.get().wireLog().last();
        assertThat(form.header("content-type")).startsWith("application/x-www-form-urlencoded");
        assertThat(form.bodyAsString()).isEqualTo("auth_info=%7B%22session_id%22%3A%22s%201%22%7D");

        await(client.execute(HttpCall.builder("POST", server.get().baseUrl()).path("form")
                .multipart(List.of(HttpCall.Part.text("params", "{}"),
                        HttpCall.Part.file("file", new byte[] { 9, 8, 7 }, "audio/basic", "greeting.au"))).build()));
        RecordedRequest mp = server.get().wireLog().last();
        assertThat(mp.header("content-type")).startsWith("multipart/form-data; boundary=");
        assertThat(mp.bodyAsString()).contains("name=\"params\"").contains("filename=\"greeting.au\"")
                .contains("Content-Type: audio/basic");
    }

    @Test
    void downloadsBinaryBody() throws Exception {
        HttpResult r = await(client.execute(HttpCall.builder("GET", server.get().baseUrl()).path("audio").build()));
        assertThat(r.body()).containsExactly(1, 2, 3, 0xff);
        assertThat(r.contentType()).isEqualTo("audio/basic");
    }

    @Test
    void responseTimeoutIsATypedTimeout() {
        CompletableFuture<HttpResult> f = client.execute(HttpCall.builder("GET", server.get().baseUrl()).path("slow")
                .responseTimeout(Duration.ofMillis(200)).build());
        assertThatThrownBy(() -> f.get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(CallControlTimeoutException.class);
    }

    @Test
    void refusedConnectionIsATypedConnectionError() {
        CompletableFuture<HttpResult> f = client.execute(HttpCall.builder("GET", "http://127.0.0.1:1").build());
        assertThatThrownBy(() -> f.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(CallControlConnectionException.class);
    }

    @Test
    void failedAnswerBecomesTheMappersException() {
        CompletableFuture<HttpResult> f = client.send(HttpCall.builder("GET", server.get().baseUrl()).path("fail").build(),
                AuthStrategy.none(), MAPPER);
        assertThatThrownBy(() -> f.get(5, TimeUnit.SECONDS)).cause().isInstanceOfSatisfying(CallControlException.class, e -> {
            assertThat(e.getErrorCode()).isEqualTo("NOT_FOUND");
            assertThat(e.getHttpStatus()).isEqualTo(404);
            assertThat(e.getRawBody()).contains("NOT_FOUND");
        });
    }

    @Test
    void rejectedTokenLogsInAgainAndRetriesOnce() throws Exception {
        AtomicInteger logins = new AtomicInteger();
        server.get().validToken = "t2";
        TokenManager tokens = new TokenManager("test",
                () -> CompletableFuture.completedFuture(TokenGrant.of("t" + logins.incrementAndGet(), null, null)));

        HttpResult r = await(client.send(HttpCall.builder("GET", server.get().baseUrl()).path("protected").build(),
                AuthStrategy.bearer(tokens), MAPPER));

        assertThat(r.status()).isEqualTo(200);
        assertThat(logins).hasValue(2);
        assertThat(server.get().wireLog().find("GET", "/protected")).extracting(x -> x.header("authorization"))
                .containsExactly("Bearer t1", "Bearer t2");
    }

    @Test
    void rejectedTwiceFailsWithoutLooping() {
        AtomicInteger logins = new AtomicInteger();
        server.get().validToken = "never";
        TokenManager tokens = new TokenManager("test",
                () -> CompletableFuture.completedFuture(TokenGrant.of("t" + logins.incrementAndGet(), null, null)));

        CompletableFuture<HttpResult> f = client.send(HttpCall.builder("GET", server.get().baseUrl()).path("protected").build(),
                AuthStrategy.bearer(tokens), MAPPER);

        assertThatThrownBy(() -> f.get(5, TimeUnit.SECONDS)).cause().isInstanceOfSatisfying(CallControlException.class,
                e -> assertThat(e.getHttpStatus()).isEqualTo(401));
        assertThat(logins).hasValue(2);
        assertThat(server.get().wireLog().find("GET", "/protected")).hasSize(2);
    }

    @Test
    void nonIdempotentRequestsAreNeverResentAutomatically() throws Exception {
        HttpResult r = await(client.execute(HttpCall.builder("POST", server.get().baseUrl()).path("busy").json(Map.of()).build()));
        assertThat(r.status()).isEqualTo(503);
        assertThat(server.get().wireLog().find("POST", "/busy")).hasSize(1);
    }

    @Test
    void basicAuthIsPreemptive() throws Exception {
        await(client.send(HttpCall.builder("LOOKUP", server.get().baseUrl()).path("calls").build(),
                AuthStrategy.basic("alice", "s3cret"), MAPPER));
        assertThat(server.get().wireLog().last().header("authorization")).isEqualTo("Basic YWxpY2U6czNjcmV0");
    }

    // ---- delivery: was the request sent? ----------------------------------------------------------------

    private static CallControlException failure(CompletableFuture<?> f) {
        try {
            f.get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            assertThat(e.getCause()).isInstanceOf(CallControlException.class);
            return (CallControlException) e.getCause();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("no failure");
    }

    @Test
    void connectionRefusedIsNotSent() throws Exception {
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            port = s.getLocalPort(); // closed again: nothing listens there
        }
        CallControlException e = failure(client.send(HttpCall.builder("POST", "http://127.0.0.1:" + port).path("originate")
                .json(Map.of()).build(), AuthStrategy.none(), MAPPER));
        assertThat(e).isInstanceOf(CallControlConnectionException.class);
        assertThat(e.getDelivery()).isEqualTo(Delivery.NOT_SENT);
        assertThat(e.getSent()).isFalse();
        assertThat(Delivery.of(new java.util.concurrent.CompletionException(e))).isEqualTo(Delivery.NOT_SENT);
    }

    @Test
    void acceptedButNeverAnsweredIsUnknown() throws Exception {
        // a server that accepts the connection, reads the request and never answers
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            java.util.concurrent.atomic.AtomicReference<String> received = new java.util.concurrent.atomic.AtomicReference<>();
            java.util.concurrent.CountDownLatch testDone = new java.util.concurrent.CountDownLatch(1);
            Thread t = new Thread(() -> {
                try (java.net.Socket c = s.accept()) {
                    byte[] buf = new byte[4096];
                    int n = c.getInputStream().read(buf);
                    received.set(new String(buf, 0, Math.max(0, n), java.nio.charset.StandardCharsets.US_ASCII));
                    testDone.await(); // holds the connection open, never answering, until the test is done
                } catch (Exception ignored) {
                    // closed by the test
                }
            });
            t.setDaemon(true);
            t.start();
            CallControlException e = failure(client.send(HttpCall.builder("POST", "http://127.0.0.1:" + s.getLocalPort())
                    .path("originate").json(Map.of()).responseTimeout(Duration.ofMillis(300)).build(), AuthStrategy.none(), MAPPER));
            assertThat(e).isInstanceOf(CallControlTimeoutException.class);
            assertThat(e.getDelivery()).isEqualTo(Delivery.UNKNOWN);
            assertThat(e.getSent()).isNull();
            assertThat(received.get()).startsWith("POST /originate"); // it did reach the server
            testDone.countDown();
        }
    }

    @Test
    void answeredErrorsAreRejected() {
        CallControlException notFound = failure(client.send(HttpCall.builder("GET", server.get().baseUrl()).path("fail")
                .build(), AuthStrategy.none(), MAPPER));
        assertThat(notFound.getHttpStatus()).isEqualTo(404);
        assertThat(notFound.getDelivery()).isEqualTo(Delivery.REJECTED);
        assertThat(notFound.getSent()).isTrue();

        CallControlException busy = failure(client.send(HttpCall.builder("POST", server.get().baseUrl()).path("busy")
                .json(Map.of()).build(), AuthStrategy.none(), MAPPER));
        assertThat(busy.getHttpStatus()).isEqualTo(503);
        assertThat(busy.getDelivery()).isEqualTo(Delivery.REJECTED);
    }

    @Test
    void aFailedTokenRequestMeansTheRequestWasNotSent() {
        TokenManager tokens = new TokenManager("test", () -> CompletableFuture.failedFuture(
                new CallControlTimeoutException("test", "token endpoint silent", null)));
        CallControlException e = failure(client.send(HttpCall.builder("GET", server.get().baseUrl()).path("protected").build(),
                AuthStrategy.bearer(tokens), MAPPER));
        assertThat(e.getDelivery()).isEqualTo(Delivery.NOT_SENT);
        assertThat(server.get().wireLog().find("GET", "/protected")).isEmpty();
    }
}
