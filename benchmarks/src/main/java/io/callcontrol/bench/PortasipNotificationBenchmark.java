package io.callcontrol.bench;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.callcontrol.camel.portasip.PortasipComponent;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Event rate of {@code portasip:call_control_notifications} (typed notification, normalized call event with its
 * stable id, one exchange through a route per event) against a raw Vert.x WebSocket client that only parses each
 * frame with Jackson, both fed by the same in-JVM server that pushes pre-built notification frames as fast as it
 * can. Target: the consumer at 100k events/s or more.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PortasipNotificationBenchmark {

    static final int EVENTS = 20_000;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Vertx vertx;
    private HttpServer server;
    private final List<ServerWebSocket> camelSockets = new CopyOnWriteArrayList<>();
    private final List<ServerWebSocket> rawSockets = new CopyOnWriteArrayList<>();
    private CamelContext camel;
    private WebSocketClient client;
    private WebSocket raw;
    private final AtomicLong camelReceived = new AtomicLong();
    private final AtomicLong rawReceived = new AtomicLong();
    private long nextCall;

    @Setup
    public void setup() throws Exception {
        vertx = Vertx.vertx();
        server = vertx.createHttpServer().webSocketHandler(ws -> ws.textMessageHandler(text -> answer(ws, text)))
                .listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        String url = "ws://127.0.0.1:" + server.actualPort() + "/ws";

        camel = new DefaultCamelContext();
        PortasipComponent portasip = new PortasipComponent();
        portasip.getConfiguration().setWebSocketUrl(url);
        portasip.getConfiguration().setLogin("camel");
        portasip.getConfiguration().setPassword("secret");
        camel.addComponent("portasip", portasip);
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("portasip:call_control_notifications?iCustomer=30")
                        .process(e -> {
                            if (e.getMessage().getHeader("CamelCallControlEventId") != null) {
                                camelReceived.incrementAndGet();
                            }
                        });
            }
        });
        camel.start();
        client = vertx.createWebSocketClient();
        raw = client.connect(server.actualPort(), "127.0.0.1", "/ws").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        raw.textMessageHandler(text -> {
            try {
                JsonNode n = MAPPER.readTree(text);
                if (n.has("event")) {
                    rawReceived.incrementAndGet();
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        raw.writeTextMessage("{\"cseq\":1,\"service\":\"Session\",\"method\":\"login\",\"params\":{\"login\":\"raw\"}}");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while ((camelSockets.isEmpty() || rawSockets.isEmpty()) && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        if (camelSockets.isEmpty() || rawSockets.isEmpty()) {
            throw new IllegalStateException("clients did not subscribe");
        }
    }

    /** Login, subscription and the rest of the protocol, just enough for the consumer. */
    private void answer(ServerWebSocket ws, String text) {
        try {
            JsonNode req = MAPPER.readTree(text);
            String method = req.path("method").asText();
            String reply;
            if ("login".equals(method)) {
                if ("raw".equals(req.path("params").path("login").asText())) {
                    rawSockets.add(ws);
                }
                reply = "{\"session_id\":\"s1\"}";
            } else if ("enable_api_notifications".equals(method)) {
                camelSockets.add(ws);
                reply = "{\"success\":1}";
            } else if ("get_sip_calls_list".equals(method)) {
                reply = "{\"calls_list\":[]}";
            } else {
                reply = "{\"success\":1}";
            }
            ws.writeTextMessage("{\"cseq\":" + req.path("cseq").asLong() + ",\"success\":1,\"result\":" + reply + "}");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Pushes EVENTS notifications (a call connected, then terminated) to the sockets. */
    private void blast(List<ServerWebSocket> to) {
        long first = nextCall;
        nextCall += EVENTS / 2;
        vertx.runOnContext(v -> {
            for (long i = first; i < first + EVENTS / 2; i++) {
                for (String state : new String[] { "connected", "terminated" }) {
                    String frame = "{\"action\":\"update\",\"event\":\"sip.call_control_notifications\",\"result\":"
                                   + "{\"call_info\":{\"call\":{\"id\":\"call-" + i + "@10.0.0.1\",\"tag\":\"t" + i
                                   + "\"},\"state\":\"" + state + "\",\"i_customer\":30,\"direction\":\"outgoing\"}}}";
                    for (ServerWebSocket ws : to) {
                        ws.writeTextMessage(frame);
                    }
                }
            }
        });
    }

    private static void await(AtomicLong counter, long target) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (counter.get() < target) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("only " + counter.get() + " of " + target + " events arrived");
            }
            // park, never spin: on 2 cores a spinning benchmark thread takes the core the consumer's threads need
            java.util.concurrent.locks.LockSupport.parkNanos(50_000);
        }
    }

    @TearDown
    public void tearDown() throws Exception {
        camel.close();
        raw.close();
        client.close();
        server.close();
        vertx.close();
    }

    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public long rawVertxNotifications() throws Exception {
        long target = rawReceived.get() + EVENTS;
        blast(rawSockets);
        await(rawReceived, target);
        return target;
    }

    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public long suitePortasipNotifications() throws Exception {
        long target = camelReceived.get() + EVENTS;
        blast(camelSockets);
        await(camelReceived, target);
        return target;
    }
}
