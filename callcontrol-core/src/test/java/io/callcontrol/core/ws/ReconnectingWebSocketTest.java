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
import io.callcontrol.core.error.CallControlTimeoutException;
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
                ws.reject(503);
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

    static final class Recorder implements ReconnectingWebSocket.Listener {
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
}
