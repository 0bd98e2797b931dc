package io.callcontrol.bench;

import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.callcontrol.camel.portasip.PortasipComponent;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.ServerWebSocket;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Events/s as consumers grow on one connection: {@code consumers} routes from
 * {@code portasip:call_control_notifications} share one WebSocket (the default {@code sharedConnection=true}), so
 * every notification frame is delivered to each route. The primary score is frames/s off the socket; the secondary
 * {@code deliveries} is route exchanges/s (frames x consumers).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class NotificationFanoutBenchmark {

    static final int FRAMES = 2_000;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Param({ "1", "10", "100" })
    public int consumers;

    private Vertx vertx;
    private HttpServer server;
    private final Set<ServerWebSocket> sockets = new CopyOnWriteArraySet<>();
    private final AtomicLong subscriptions = new AtomicLong();
    private CamelContext camel;
    private final AtomicLong received = new AtomicLong();
    private long nextCall;

    /** Route exchanges per second (secondary result). */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Deliveries {
        public long deliveries;

        @Setup(Level.Iteration)
        public void reset() {
            deliveries = 0;
        }
    }

    @Setup
    public void setup() throws Exception {
        vertx = Vertx.vertx();
        server = vertx.createHttpServer().webSocketHandler(ws -> ws.textMessageHandler(text -> answer(ws, text)))
                .listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        camel = new DefaultCamelContext();
        PortasipComponent portasip = new PortasipComponent();
        portasip.getConfiguration().setWebSocketUrl("ws://127.0.0.1:" + server.actualPort() + "/ws");
        portasip.getConfiguration().setLogin("camel");
        portasip.getConfiguration().setPassword("secret");
        camel.addComponent("portasip", portasip);
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                for (int i = 0; i < consumers; i++) {
                    from("portasip:call_control_notifications?iCustomer=" + (30 + i)).routeId("consumer-" + i)
                            .process(e -> {
                                if (e.getMessage().getHeader("CamelCallControlEventId") != null) {
                                    received.incrementAndGet();
                                }
                            });
                }
            }
        });
        camel.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (subscriptions.get() < consumers && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        if (subscriptions.get() < consumers || sockets.size() != 1) {
            throw new IllegalStateException(subscriptions.get() + " subscriptions on " + sockets.size() + " sockets");
        }
    }

    private void answer(ServerWebSocket ws, String text) {
        try {
            JsonNode req = MAPPER.readTree(text);
            String method = req.path("method").asText();
            String reply = "{\"success\":1}";
            if ("login".equals(method)) {
                reply = "{\"session_id\":\"s1\"}";
            } else if ("enable_api_notifications".equals(method)) {
                sockets.add(ws);
                subscriptions.incrementAndGet();
            } else if ("get_sip_calls_list".equals(method)) {
                reply = "{\"calls_list\":[]}";
            }
            ws.writeTextMessage("{\"cseq\":" + req.path("cseq").asLong() + ",\"success\":1,\"result\":" + reply + "}");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @TearDown
    public void tearDown() throws Exception {
        camel.close();
        server.close();
        vertx.close();
    }

    @Benchmark
    @OperationsPerInvocation(FRAMES)
    public long fanout(Deliveries d) throws Exception {
        long target = received.get() + (long) FRAMES * consumers;
        long first = nextCall;
        nextCall += FRAMES / 2;
        vertx.runOnContext(v -> {
            for (long i = first; i < first + FRAMES / 2; i++) {
                for (String state : new String[] { "connected", "terminated" }) {
                    String frame = "{\"action\":\"update\",\"event\":\"sip.call_control_notifications\",\"result\":"
                                   + "{\"call_info\":{\"call\":{\"id\":\"call-" + i + "@10.0.0.1\",\"tag\":\"t" + i
                                   + "\"},\"state\":\"" + state + "\",\"i_customer\":30,\"direction\":\"outgoing\"}}}";
                    for (ServerWebSocket ws : sockets) {
                        ws.writeTextMessage(frame);
                    }
                }
            }
        });
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (received.get() < target) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("only " + received.get() + " of " + target + " deliveries");
            }
            // park, never spin: on 2 cores a spinning benchmark thread takes the core the consumer's threads need
            java.util.concurrent.locks.LockSupport.parkNanos(50_000);
        }
        d.deliveries += (long) FRAMES * consumers;
        return target;
    }
}
