package io.callcontrol.bench;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.callcontrol.camel.portasip.PortasipComponent;
import io.callcontrol.sim.kit.SimClock;
import io.callcontrol.sim.portasip.PortasipSimulator;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import org.apache.camel.AsyncProducer;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Request rate of the PortaSIP Call Control producer over its one WebSocket with a thousand requests in flight,
 * against a raw Vert.x WebSocket client doing the same JSON-RPC (Jackson-serialized request with the session's
 * auth_info, answer parsed and matched by cseq), both against the PortaSIP simulator. Target: the producer at
 * 0.8x or more of the raw rate.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PortasipWebSocketBenchmark {

    static final int IN_FLIGHT = 1000;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private PortasipSimulator pbx;
    private CamelContext camel;
    private Endpoint endpoint;
    private AsyncProducer producer;
    private Vertx vertx;
    private WebSocketClient wsClient;
    private WebSocket raw;
    private String sessionId;
    private final AtomicLong cseq = new AtomicLong(1_000_000);
    private final Map<Long, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();

    @Setup
    public void setup() throws Exception {
        pbx = new PortasipSimulator(SimClock.manual(), "127.0.0.1", 0);
        pbx.start();
        String url = "ws://127.0.0.1:" + pbx.port() + "/ws";
        camel = new DefaultCamelContext();
        PortasipComponent portasip = new PortasipComponent();
        portasip.getConfiguration().setWebSocketUrl(url);
        portasip.getConfiguration().setLogin(PortasipSimulator.LOGIN);
        portasip.getConfiguration().setPassword(PortasipSimulator.PASSWORD);
        portasip.getConfiguration().setRequestTimeout(30_000);
        camel.addComponent("portasip", portasip);
        camel.start();
        endpoint = camel.getEndpoint("portasip:get_sip_calls_list?iAccount=10007");
        producer = endpoint.createAsyncProducer();
        producer.start();

        vertx = Vertx.vertx();
        wsClient = vertx.createWebSocketClient(new WebSocketClientOptions().setMaxMessageSize(16 * 1024 * 1024));
        raw = wsClient.connect(pbx.port(), "127.0.0.1", "/ws").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        raw.textMessageHandler(text -> {
            try {
                JsonNode n = MAPPER.readTree(text);
                CompletableFuture<JsonNode> f = pending.remove(n.path("cseq").asLong());
                if (f != null) {
                    f.complete(n);
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        JsonNode login = rawRequest("Session", "login",
                Map.of("login", PortasipSimulator.LOGIN, "password", PortasipSimulator.PASSWORD), null).get(10, TimeUnit.SECONDS);
        sessionId = login.path("result").path("session_id").asText();
        suiteBatch(); // connect and log in once before measuring
    }

    private CompletableFuture<JsonNode> rawRequest(String service, String method, Object params, Object auth) throws Exception {
        long id = cseq.incrementAndGet();
        CompletableFuture<JsonNode> f = new CompletableFuture<>();
        pending.put(id, f);
        Map<String, Object> req = auth == null ? Map.of("cseq", id, "service", service, "method", method, "params", params)
                : Map.of("cseq", id, "auth_info", auth, "service", service, "method", method, "params", params);
        raw.writeTextMessage(MAPPER.writeValueAsString(req));
        return f;
    }

    @TearDown(Level.Iteration)
    public void trim() {
        pbx.wireLog().clear();
    }

    @TearDown
    public void tearDown() throws Exception {
        producer.stop();
        camel.close();
        raw.close();
        wsClient.close();
        vertx.close();
        pbx.stop();
    }

    @Benchmark
    @OperationsPerInvocation(IN_FLIGHT)
    public int rawVertxWebSocket() throws Exception {
        CountDownLatch done = new CountDownLatch(IN_FLIGHT);
        AtomicInteger failed = new AtomicInteger();
        Map<String, Object> auth = Map.of("session_id", sessionId);
        Map<String, Object> params = Map.of("i_account", 10007);
        for (int i = 0; i < IN_FLIGHT; i++) {
            rawRequest("CallControl", "get_sip_calls_list", params, auth).whenComplete((n, e) -> {
                if (e != null || n.path("success").asInt() != 1) {
                    failed.incrementAndGet();
                }
                done.countDown();
            });
        }
        if (!done.await(60, TimeUnit.SECONDS) || failed.get() > 0) {
            throw new IllegalStateException("raw: " + failed.get() + " failed");
        }
        return IN_FLIGHT;
    }

    @Benchmark
    @OperationsPerInvocation(IN_FLIGHT)
    public int suitePortasipProducer() throws Exception {
        return suiteBatch();
    }

    private int suiteBatch() throws Exception {
        CountDownLatch done = new CountDownLatch(IN_FLIGHT);
        AtomicInteger failed = new AtomicInteger();
        java.util.concurrent.atomic.AtomicReference<Exception> first = new java.util.concurrent.atomic.AtomicReference<>();
        for (int i = 0; i < IN_FLIGHT; i++) {
            Exchange ex = endpoint.createExchange();
            producer.process(ex, doneSync -> {
                if (ex.getException() != null) {
                    failed.incrementAndGet();
                    first.compareAndSet(null, ex.getException());
                }
                done.countDown();
            });
        }
        if (!done.await(60, TimeUnit.SECONDS) || failed.get() > 0) {
            throw new IllegalStateException("producer: " + failed.get() + " failed", first.get());
        }
        return IN_FLIGHT;
    }
}
