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
 * What the per-call state tracker costs: events/s through {@code portasip:call_control_notifications} with
 * {@code callTracking=true} (tracker: forward-only state, de-duplication, sequence, outcome and durations on the
 * final event) and with {@code callTracking=false}, in the same run, each on its own connection fed by the same
 * in-JVM server (calls connected then terminated; both paths keep the per-call order). Target: the tracker costs
 * 10 % or less ({@code trackerOn / trackerOff >= 0.9}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CallTrackerBenchmark {

    static final int EVENTS = 20_000;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Vertx vertx;
    private HttpServer server;
    /** Sockets that subscribed with i_customer 30 (tracker on) and 31 (tracker off). */
    private final List<ServerWebSocket> onSockets = new CopyOnWriteArrayList<>();
    private final List<ServerWebSocket> offSockets = new CopyOnWriteArrayList<>();
    private CamelContext camel;
    private final AtomicLong onReceived = new AtomicLong();
    private final AtomicLong offReceived = new AtomicLong();
    private long nextCall;

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
                from("portasip:call_control_notifications?iCustomer=30&sharedConnection=false&callTracking=true")
                        .process(e -> onReceived.incrementAndGet());
                from("portasip:call_control_notifications?iCustomer=31&sharedConnection=false&callTracking=false")
                        .process(e -> offReceived.incrementAndGet());
            }
        });
        camel.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while ((onSockets.isEmpty() || offSockets.isEmpty()) && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        if (onSockets.isEmpty() || offSockets.isEmpty()) {
            throw new IllegalStateException("the consumers did not subscribe");
        }
    }

    /** Login and subscription, just enough for the consumers. */
    private void answer(ServerWebSocket ws, String text) {
        try {
            JsonNode req = MAPPER.readTree(text);
            String method = req.path("method").asText();
            String reply = "{\"success\":1}";
            if ("login".equals(method)) {
                reply = "{\"session_id\":\"s1\"}";
            } else if ("enable_api_notifications".equals(method)) {
                (req.path("params").path("i_customer").asInt() == 30 ? onSockets : offSockets).add(ws);
            } else if ("get_sip_calls_list".equals(method)) {
                reply = "{\"calls_list\":[]}";
            }
            ws.writeTextMessage("{\"cseq\":" + req.path("cseq").asLong() + ",\"success\":1,\"result\":" + reply + "}");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Pushes EVENTS notifications: calls ringing, connected and terminated, a few calls interleaved. */
    private void blast(List<ServerWebSocket> to) {
        long first = nextCall;
        nextCall += EVENTS / 3 + 1;
        vertx.runOnContext(v -> {
            int sent = 0;
            for (long i = first; sent < EVENTS; i++) {
                for (String state : new String[] { "ringing", "connected", "terminated" }) {
                    if (sent++ >= EVENTS) {
                        break;
                    }
                    String time = "connected".equals(state) ? ",\"connect_time\":\"2026-01-01 10:00:00\""
                            : "terminated".equals(state) ? ",\"terminate_time\":\"2026-01-01 10:00:09\"" : "";
                    String frame = "{\"action\":\"update\",\"event\":\"sip.call_control_notifications\",\"result\":"
                                   + "{\"call_info\":{\"call\":{\"id\":\"call-" + i + "@10.0.0.1\",\"tag\":\"t" + i
                                   + "\"},\"state\":\"" + state + "\",\"type\":\"outgoing\"" + time + "}}}";
                    for (ServerWebSocket ws : to) {
                        ws.writeTextMessage(frame);
                    }
                }
            }
        });
    }

    private static void await(AtomicLong counter, long target) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (counter.get() < target) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("only " + counter.get() + " of " + target + " events arrived");
            }
            // parked, not spinning: on a 2-core machine a spinning harness thread would take a core from the
            // consumer being measured
            java.util.concurrent.locks.LockSupport.parkNanos(50_000);
        }
    }

    @TearDown
    public void tearDown() throws Exception {
        camel.close();
        server.close();
        vertx.close();
    }

    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public long trackerOff() {
        long target = offReceived.get() + EVENTS;
        blast(offSockets);
        await(offReceived, target);
        return target;
    }

    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public long trackerOn() {
        long target = onReceived.get() + EVENTS;
        blast(onSockets);
        await(onReceived, target);
        return target;
    }
}
