package io.callcontrol.core.ws;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.callcontrol.core.error.CallControlConnectionException;
import io.callcontrol.core.error.CallControlAuthenticationException;
import io.callcontrol.core.error.CallControlException;
import io.callcontrol.core.error.CallControlTimeoutException;
import io.callcontrol.core.error.Delivery;
import org.apache.camel.health.HealthCheck;
import io.callcontrol.sim.kit.SimulatorExtension;
import io.callcontrol.sim.kit.SimulatorServer;
import io.vertx.core.Vertx;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.ext.web.Router;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReconnectingWebSocketTest {

    /** Echo server that counts connections and can drop them all. */
    static class EchoServer extends SimulatorServer {
        final List<ServerWebSocket> open = new CopyOnWriteArrayList<>();
        final AtomicInteger connections = new AtomicInteger();
        volatile boolean refuse;
        volatile int refuseStatus = 503;

        @Override
        protected void configure(Router router) {
        }

        @Override
        protected boolean acceptsWebSocket(String path) {
            return path.equals("/ws");
        }

        @Override
        protected void onWebSocket(ServerWebSocket ws) {
            if (refuse) {
                ws.reject(refuseStatus);
                return;
            }
            connections.incrementAndGet();
            open.add(ws);
            ws.closeHandler(v -> open.remove(ws));
        }

        @Override
        protected void onWebSocketText(ServerWebSocket ws, String text) {
            ws.writeTextMessage("echo:" + text);
        }

        void dropAll() {
            open.forEach(ServerWebSocket::close);
        }
    }

    @RegisterExtension
    static SimulatorExtension<EchoServer> server = new SimulatorExtension<>(EchoServer::new);
    static Vertx vertx;

    @BeforeAll
    static void start() {
        vertx = Vertx.vertx();
    }

    @AfterAll
    static void stop() {
        vertx.close();
    }

    static class Recorder implements ReconnectingWebSocket.Listener {
        final List<Boolean> opens = new CopyOnWriteArrayList<>();
        final List<String> texts = new CopyOnWriteArrayList<>();
        final AtomicInteger disconnects = new AtomicInteger();

        @Override
        public CompletableFuture<Void> onOpen(boolean reconnect) {
            opens.add(reconnect);
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void onText(String text) {
            texts.add(text);
        }

        @Override
        public void onDisconnect(Throwable cause) {
            disconnects.incrementAndGet();
        }
    }

    private WebSocketSettings settings() {
        return WebSocketSettings.of(URI.create("ws://127.0.0.1:" + server.get().port() + "/ws"))
                .withBackoff(Duration.ofMillis(50), Duration.ofMillis(200), 0);
    }

    private static void waitFor(java.util.function.BooleanSupplier cond) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!cond.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("condition not met in 5 s");
            }
            Thread.sleep(10);
        }
    }

    @Test
    void connectsSendsAndReconnectsOnceAfterADrop() throws Exception {
        server.get().refuse = false;
        Recorder rec = new Recorder();
        List<ConnectionState> states = new CopyOnWriteArrayList<>();
        ReconnectingWebSocket ws = new ReconnectingWebSocket("test", vertx, settings(),
                () -> CompletableFuture.completedFuture(Map.of("Authorization", "Bearer x")), rec);
        ws.addStateListener(states::add);
        ws.start();
        ws.ready().get(5, TimeUnit.SECONDS);
        ws.send("hi").get(5, TimeUnit.SECONDS);
        waitFor(() -> rec.texts.contains("echo:hi"));
        assertThat(server.get().wireLog().find("GET", "/ws").get(0).header("authorization")).isEqualTo("Bearer x");
        assertThat(server.get().wireLog().find("WS", "/ws")).extracting(r -> r.bodyAsString()).containsExactly("hi");

        server.get().dropAll();
        waitFor(() -> rec.opens.size() == 2 && ws.state() == ConnectionState.CONNECTED);
        assertThat(rec.opens).containsExactly(false, true);
        assertThat(rec.disconnects).hasValue(1);
        assertThat(states).containsSubsequence(ConnectionState.CONNECTING, ConnectionState.CONNECTED,
                ConnectionState.DISCONNECTED, ConnectionState.CONNECTING, ConnectionState.CONNECTED);

        ws.stop();
        waitFor(() -> server.get().open.isEmpty());
        assertThat(ws.state()).isEqualTo(ConnectionState.STOPPED);
        assertThatThrownBy(() -> ws.send("x").get()).hasCauseInstanceOf(CallControlConnectionException.class);
    }

    @Test
    void backsOffOneAttemptAtATimeAndStopCancelsTheTimer() throws Exception {
        server.get().refuse = true;
        int before = server.get().connections.get();
        ReconnectingWebSocket ws = new ReconnectingWebSocket("test", vertx, settings(), null, new Recorder());
        ws.start();
        waitFor(() -> server.get().wireLog().size() >= 0 && ws.state() == ConnectionState.DISCONNECTED);
        Thread.sleep(300);
        ws.stop();
        assertThat(ws.ready()).isCompletedExceptionally();
        assertThat(server.get().connections.get()).isEqualTo(before);
        // after stop nothing connects any more even when the server accepts again
        server.get().refuse = false;
        Thread.sleep(400);
        assertThat(server.get().connections.get()).isEqualTo(before);
    }

    @Test
    void givesUpAfterMaxAttempts() throws Exception {
        ReconnectingWebSocket ws = new ReconnectingWebSocket("test", vertx,
                WebSocketSettings.of(URI.create("ws://127.0.0.1:1/ws")).withBackoff(Duration.ofMillis(10), Duration.ofMillis(20), 2),
                null, new Recorder());
        ws.start();
        waitFor(() -> ws.state() == ConnectionState.FAILED);
        assertThat(ws.ready()).isCompletedExceptionally();
        ws.stop();
    }

    @Test
    void anEstablishedSocketOutlivesTheConnectTimeout() throws Exception {
        server.get().refuse = false;
        Recorder rec = new Recorder();
        ReconnectingWebSocket ws = new ReconnectingWebSocket("test", vertx,
                settings().withConnectTimeout(Duration.ofMillis(200)), null, rec);
        ws.start();
        ws.ready().get(5, TimeUnit.SECONDS);
        for (int i = 0; i < 12; i++) {
            ws.send("ping" + i).get(5, TimeUnit.SECONDS);
            Thread.sleep(50);
        }
        Thread.sleep(300);
        assertThat(rec.disconnects).hasValue(0);
        assertThat(rec.opens).containsExactly(false);
        assertThat(ws.state()).isEqualTo(ConnectionState.CONNECTED);
        ws.stop();
    }

    @Test
    void backoffIsExponentialAndBounded() {
        WebSocketSettings s = settings();
        assertThat(s.backoff(1)).isEqualTo(Duration.ofMillis(50));
        assertThat(s.backoff(2)).isEqualTo(Duration.ofMillis(100));
        assertThat(s.backoff(3)).isEqualTo(Duration.ofMillis(200));
        assertThat(s.backoff(40)).isEqualTo(Duration.ofMillis(200));
    }

    @Test
    void pendingRequestsMatchOutOfOrderAndTimeOut() throws Exception {
        PendingRequests<String> p = new PendingRequests<>("test");
        CompletableFuture<String> a = p.register("1", Duration.ofSeconds(5), "a");
        CompletableFuture<String> b = p.register("2", Duration.ofSeconds(5), "b");
        CompletableFuture<String> c = p.register("3", Duration.ofMillis(50), "c");
        assertThat(p.complete("2", "B")).isTrue();
        assertThat(p.complete("1", "A")).isTrue();
        assertThat(p.complete("1", "again")).isFalse();
        assertThat(a.get()).isEqualTo("A");
        assertThat(b.get()).isEqualTo("B");
        assertThatThrownBy(() -> c.get(2, TimeUnit.SECONDS)).hasCauseInstanceOf(CallControlTimeoutException.class);
        CompletableFuture<String> d = p.register("4", Duration.ofSeconds(5), "d");
        p.failAll(() -> new CallControlConnectionException("test", "dropped", null));
        assertThatThrownBy(d::get).hasCauseInstanceOf(CallControlConnectionException.class);
        assertThat(p.size()).isZero();
    }

    private static CallControlException failureOf(CompletableFuture<?> f) {
        try {
            f.get(5, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            return (CallControlException) e.getCause();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("no failure");
    }

    @Test
    void pendingRequestsTellNotSentFromMaybeSent() throws Exception {
        server.get().refuse = false;
        Recorder rec = new Recorder();
        ReconnectingWebSocket ws = new ReconnectingWebSocket("test", vertx, settings(), null, rec);
        ws.start();
        ws.ready().get(5, TimeUnit.SECONDS);
        PendingRequests<String> p = new PendingRequests<>("test");
        CompletableFuture<String> written = p.registerUnsent("1", Duration.ofSeconds(5), "written");
        p.send("1", () -> ws.send("req-1"));
        CompletableFuture<String> waiting = p.registerUnsent("2", Duration.ofSeconds(5), "waiting");
        CompletableFuture<String> untracked = p.register("3", Duration.ofSeconds(5), "untracked");
        waitFor(() -> server.get().wireLog().find("WS", "/ws").size() == 1);
        p.failAll(() -> new CallControlConnectionException("test", "dropped", null));
        assertThat(failureOf(written).getDelivery()).isEqualTo(Delivery.UNKNOWN);
        assertThat(failureOf(waiting).getDelivery()).isEqualTo(Delivery.NOT_SENT);
        assertThat(failureOf(untracked).getDelivery()).isEqualTo(Delivery.UNKNOWN);

        // a timeout before the request was written says "not sent", after it "unknown"
        CompletableFuture<String> late = p.registerUnsent("4", Duration.ofMillis(50), "late");
        CallControlException t = failureOf(late);
        assertThat(t).isInstanceOf(CallControlTimeoutException.class);
        assertThat(t.getDelivery()).isEqualTo(Delivery.NOT_SENT);
        CompletableFuture<String> unanswered = p.registerUnsent("5", Duration.ofMillis(100), "unanswered");
        p.send("5", () -> ws.send("req-5"));
        assertThat(failureOf(unanswered).getDelivery()).isEqualTo(Delivery.UNKNOWN);

        // a write on a closed socket fails NOT_SENT
        ws.stop();
        CompletableFuture<String> closed = p.registerUnsent("6", Duration.ofSeconds(5), "closed");
        p.send("6", () -> ws.send("req-6"));
        CallControlException c = failureOf(closed);
        assertThat(c).isInstanceOf(CallControlConnectionException.class);
        assertThat(c.getDelivery()).isEqualTo(Delivery.NOT_SENT);
        assertThat(server.get().wireLog().find("WS", "/ws")).extracting(r -> r.bodyAsString())
                .containsExactly("req-1", "req-5");
    }

    @Test
    void refusedCredentialsStopReconnectingAfterTheBound() throws Exception {
        server.get().refuse = false;
        AtomicInteger logins = new AtomicInteger();
        ReconnectingWebSocket.Listener refusing = new Recorder() {
            @Override
            public CompletableFuture<Void> onOpen(boolean reconnect) {
                logins.incrementAndGet();
                return CompletableFuture.failedFuture(new CallControlAuthenticationException("test", "bad_credentials",
                        "wrong password", 0, null, null));
            }
        };
        int before = server.get().connections.get();
        ReconnectingWebSocket ws = new ReconnectingWebSocket("test", vertx,
                settings().withMaxAuthenticationAttempts(3), null, refusing);
        ConnectionHealthCheck health = ConnectionHealthCheck.of("test-ws", ws);
        ws.start();
        waitFor(() -> ws.state() == ConnectionState.FAILED);
        Thread.sleep(400); // several backoff intervals: nothing more
        assertThat(logins).hasValue(3);
        assertThat(server.get().connections.get() - before).isEqualTo(3);
        assertThat(ws.authenticationFailed()).isTrue();
        assertThat(failureOf(ws.ready())).isInstanceOf(CallControlAuthenticationException.class);
        HealthCheck.Result r = health.call();
        assertThat(r.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(r.getMessage()).get().asString().contains("credentials were refused").contains("wrong password");
        assertThat(r.getDetails()).containsEntry("failure.authentication", true);
        ws.stop();
    }

    @Test
    void stopIsBoundedEvenWhenTheServerIgnoresTheCloseFrame() throws Exception {
        // a raw TCP server that completes the WebSocket handshake, then ignores everything (no close frame back)
        try (java.net.ServerSocket ss = new java.net.ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            List<java.net.Socket> accepted = new CopyOnWriteArrayList<>();
            Thread t = new Thread(() -> {
                try {
                    java.net.Socket c = ss.accept();
                    accepted.add(c);
                    java.io.BufferedReader in = new java.io.BufferedReader(new java.io.InputStreamReader(c.getInputStream(),
                            java.nio.charset.StandardCharsets.ISO_8859_1));
                    String key = null;
                    for (String line; (line = in.readLine()) != null && !line.isEmpty(); ) {
                        if (line.toLowerCase(java.util.Locale.ROOT).startsWith("sec-websocket-key:")) {
                            key = line.substring(line.indexOf(':') + 1).trim();
                        }
                    }
                    String accept = java.util.Base64.getEncoder().encodeToString(java.security.MessageDigest.getInstance("SHA-1")
                            .digest((key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)));
                    c.getOutputStream().write(("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                            + "Sec-WebSocket-Accept: " + accept + "\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
                    c.getOutputStream().flush();
                    while (c.getInputStream().read() >= 0) {
                        // swallow
                    }
                } catch (Exception ignored) {
                    // test over
                }
            });
            t.setDaemon(true);
            t.start();
            ReconnectingWebSocket ws = new ReconnectingWebSocket("test", vertx,
                    WebSocketSettings.of(URI.create("ws://127.0.0.1:" + ss.getLocalPort() + "/ws"))
                            .withCloseTimeout(Duration.ofMillis(200)), null, new Recorder());
            ws.start();
            ws.ready().get(5, TimeUnit.SECONDS);
            long start = System.nanoTime();
            ws.stop();
            // the TCP connection is closed by the client within the close timeout (generous bound: loaded machine)
            waitFor(() -> accepted.size() == 1 && !t.isAlive());
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
        }
    }

    @Test
    void aHandshakeRefusedWith401IsAnAuthenticationFailureAndBounded() throws Exception {
        server.get().refuse = true;
        server.get().refuseStatus = 401;
        try {
            int before = server.get().wireLog().find("GET", "/ws").size();
            ReconnectingWebSocket ws = new ReconnectingWebSocket("test", vertx, settings().withMaxAuthenticationAttempts(2),
                    null, new Recorder());
            ws.start();
            waitFor(() -> ws.state() == ConnectionState.FAILED);
            Thread.sleep(300);
            assertThat(server.get().wireLog().find("GET", "/ws").size() - before).isEqualTo(2);
            assertThat(ws.authenticationFailed()).isTrue();
            assertThat(ws.lastError()).isInstanceOf(CallControlAuthenticationException.class)
                    .hasMessageContaining("refused with HTTP 401");
            ws.stop();
        } finally {
            server.get().refuse = false;
            server.get().refuseStatus = 503;
        }
    }
}
