package io.callcontrol.bench;

import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.callcontrol.camel.portsip.PortsipComponent;
import io.callcontrol.camel.ucdialogs.UcDialogsComponent;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.hc.client5.http.async.methods.SimpleHttpRequest;
import org.apache.hc.core5.http.ContentType;
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
 * Each event consumer against its parse-only baseline, fed the same frames in the same run (events/s):
 * <ul>
 * <li>{@code portsipWebhook} / {@code parseWebhook}: PortSIP webhook events POSTed by 64 concurrent senders (raw
 * HttpClient 5) to {@code portsip:events} (the suite's webhook receiver, Bearer auth, de-duplication by UUID,
 * mapping, a route per event, 200 after the route) vs a Vert.x HTTP server that parses the body with Jackson and
 * answers 200.</li>
 * <li>{@code portsipWsi} / {@code parseWsi}: the same events over the PortSIP WSI WebSocket
 * ({@code eventChannel=wsi}) vs a raw Vert.x WebSocket client parsing each frame with Jackson.</li>
 * <li>{@code ucDialogsEvents} / {@code parseUcDialogs}: Token-API {@code ["event",{..}]} frames into
 * {@code uc-dialogs:events} vs the raw client parsing them.</li>
 * </ul>
 * Target: every consumer at 0.8x or more of its baseline.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ConsumerBenchmark {

    static final int EVENTS = 2_000;
    static final int SENDERS = 64;
    static final String TOKEN = "bench-hook-token";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    static String portsipEvent(long i) {
        String type = (i & 1) == 0 ? "call_start" : "cdr_target_answer";
        return "{\"event_type\":\"" + type + "\",\"uuid\":\"6b1f0c1e-" + i + "\",\"time\":\"1725845648\","
               + "\"session_id\":\"" + (885337248273272832L + i / 2) + "\",\"cdr_id\":\"" + i / 2
               + "\",\"direction\":\"in\",\"caller\":\"1888722\",\"callee\":\"1002\"}";
    }

    static String ucEvent(String subscription, long i) {
        String type = (i & 1) == 0 ? "dlg_start" : "dlg_stop";
        return "[\"event\",{\"id\":\"" + subscription + "\",\"class\":\"callevents\",\"data\":{\"id\":\"ev-" + i
               + "\",\"class\":\"callevents\",\"type\":\"" + type + "\",\"eventts\":1725845648000,\"acallid\":\"a-"
               + i / 2 + "@10.0.0.1\",\"inviteid\":\"inv-" + i / 2 + "\",\"invitets\":1725845648000,\"dialogid\":\"dlg-"
               + i / 2 + "\",\"auri\":\"sip:sip3@pbx\",\"buri\":\"sip:sip2@pbx\",\"anumber\":\"sip3\",\"bnumber\":\"sip2\","
               + "\"status\":\"" + ((i & 1) == 0 ? "active" : "terminated") + "\"}}]";
    }

    static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    static void await(AtomicLong counter, long target) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (counter.get() < target) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("only " + counter.get() + " of " + target + " events arrived");
            }
            // park, never spin: on 2 cores a spinning benchmark thread takes the core the consumer's threads need
            java.util.concurrent.locks.LockSupport.parkNanos(50_000);
        }
    }

    // ---- webhook

    @State(Scope.Benchmark)
    public static class Webhook {
        CamelContext camel;
        Vertx vertx;
        HttpServer parseOnly;
        RawHttp client;
        ClosedLoop suiteLoop;
        ClosedLoop rawLoop;
        final AtomicLong seq = new AtomicLong();
        final AtomicLong routed = new AtomicLong();

        @Setup
        public void setup() throws Exception {
            int port = freePort();
            camel = new DefaultCamelContext();
            camel.addComponent("portsip", new PortsipComponent());
            camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("portsip:events?webhookHost=127.0.0.1&webhookPort=" + port + "&webhookAuth=BEARER"
                         + "&webhookBearerToken=" + TOKEN).routeId("webhook")
                            .process(e -> routed.incrementAndGet());
                }
            });
            camel.start();
            vertx = Vertx.vertx();
            parseOnly = vertx.createHttpServer().requestHandler(req -> req.body().onSuccess(b -> {
                try {
                    JsonNode n = MAPPER.readTree(b.getBytes());
                    req.response().setStatusCode(n.has("event_type") ? 200 : 400).end();
                } catch (Exception e) {
                    req.response().setStatusCode(400).end();
                }
            })).listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            client = new RawHttp();
            URI suite = URI.create("http://127.0.0.1:" + port + "/portsip/events");
            URI raw = URI.create("http://127.0.0.1:" + parseOnly.actualPort() + "/portsip/events");
            suiteLoop = new ClosedLoop(done -> post(suite, done));
            rawLoop = new ClosedLoop(done -> post(raw, done));
            // the receiver is up when a POST succeeds
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (true) {
                try {
                    SimpleHttpRequest r = request(suite);
                    if (client.send(r).get(5, TimeUnit.SECONDS).getCode() == 200) {
                        break;
                    }
                } catch (Exception e) {
                    if (System.nanoTime() > deadline) {
                        throw e;
                    }
                }
                Thread.sleep(50);
            }
        }

        SimpleHttpRequest request(URI to) {
            SimpleHttpRequest r = new SimpleHttpRequest("POST", to);
            r.addHeader("Authorization", "Bearer " + TOKEN);
            r.setBody(portsipEvent(seq.incrementAndGet()).getBytes(StandardCharsets.UTF_8), ContentType.APPLICATION_JSON);
            return r;
        }

        void post(URI to, java.util.function.Consumer<Throwable> done) {
            client.send(request(to)).whenComplete((r, e) -> done.accept(e != null ? e
                    : r.getCode() == 200 ? null : new IllegalStateException("HTTP " + r.getCode())));
        }

        @TearDown
        public void tearDown() throws Exception {
            suiteLoop.stop();
            rawLoop.stop();
            client.close();
            camel.close();
            parseOnly.close();
            vertx.close();
        }

        static long run(ClosedLoop loop) {
            synchronized (loop) {
                if (!loop.startedFlag) {
                    loop.startedFlag = true;
                    loop.start(SENDERS);
                }
            }
            return loop.awaitCompletions(EVENTS);
        }
    }

    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public long portsipWebhook(Webhook s) {
        return Webhook.run(s.suiteLoop);
    }

    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public long parseWebhook(Webhook s) {
        return Webhook.run(s.rawLoop);
    }

    // ---- WebSocket feeds (PortSIP WSI, UC dialogs Token-API)

    /** An in-JVM server speaking just enough of the protocol, pushing pre-shaped event frames as fast as it can. */
    abstract static class Feed {
        Vertx vertx;
        HttpServer server;
        CamelContext camel;
        WebSocketClient wsClient;
        WebSocket raw;
        final List<ServerWebSocket> suiteSockets = new CopyOnWriteArrayList<>();
        final List<ServerWebSocket> rawSockets = new CopyOnWriteArrayList<>();
        volatile String subscription = "sub";
        final AtomicLong routed = new AtomicLong();
        final AtomicLong parsed = new AtomicLong();
        long next;

        abstract String answer(ServerWebSocket ws, JsonNode frame);

        abstract void routes(CamelContext camel, int port) throws Exception;

        abstract String rawPath();

        abstract String rawSubscribe();

        abstract boolean isEvent(JsonNode n);

        void start() throws Exception {
            vertx = Vertx.vertx();
            server = vertx.createHttpServer().webSocketHandler(ws -> ws.textMessageHandler(text -> {
                try {
                    String reply = answer(ws, MAPPER.readTree(text));
                    if (reply != null) {
                        ws.writeTextMessage(reply);
                    }
                } catch (Exception e) {
                    ws.close();
                }
            })).listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            camel = new DefaultCamelContext();
            routes(camel, server.actualPort());
            camel.start();
            wsClient = vertx.createWebSocketClient();
            raw = wsClient.connect(server.actualPort(), "127.0.0.1", rawPath()).toCompletionStage()
                    .toCompletableFuture().get(10, TimeUnit.SECONDS);
            raw.textMessageHandler(text -> {
                try {
                    if (isEvent(MAPPER.readTree(text))) {
                        parsed.incrementAndGet();
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            raw.writeTextMessage(rawSubscribe());
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while ((suiteSockets.isEmpty() || rawSockets.isEmpty()) && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            if (suiteSockets.isEmpty() || rawSockets.isEmpty()) {
                throw new IllegalStateException("the clients did not subscribe");
            }
        }

        void subscribed(ServerWebSocket ws) {
            (ws.path().startsWith("/raw") ? rawSockets : suiteSockets).add(ws);
        }

        long blast(List<ServerWebSocket> to, AtomicLong counter, LongFunction<String> frame) {
            long target = counter.get() + EVENTS;
            long first = next;
            next += EVENTS;
            vertx.runOnContext(v -> {
                for (long i = first; i < first + EVENTS; i++) {
                    String f = frame.apply(i);
                    for (ServerWebSocket ws : to) {
                        ws.writeTextMessage(f);
                    }
                }
            });
            await(counter, target);
            return target;
        }

        void stop() throws Exception {
            camel.close();
            raw.close();
            wsClient.close();
            server.close();
            vertx.close();
        }
    }

    @State(Scope.Benchmark)
    public static class Wsi extends Feed {
        @Setup
        public void setup() throws Exception {
            start();
        }

        @TearDown
        public void tearDown() throws Exception {
            stop();
        }

        @Override
        String answer(ServerWebSocket ws, JsonNode f) {
            String command = f.path("command").asText();
            if ("subscribe".equals(command)) {
                subscribed(ws);
            }
            return "{\"command\":\"" + command + "\",\"id\":\"" + f.path("id").asText("1") + "\",\"status\":0}";
        }

        @Override
        void routes(CamelContext camel, int port) throws Exception {
            PortsipComponent portsip = new PortsipComponent();
            portsip.getConfiguration().setUsername("admin");
            portsip.getConfiguration().setPassword("secret");
            camel.addComponent("portsip", portsip);
            camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("portsip:events?eventChannel=wsi&wsiUrl=ws://127.0.0.1:" + port + "/wsi").routeId("wsi")
                            .process(e -> routed.incrementAndGet());
                }
            });
        }

        @Override
        String rawPath() {
            return "/raw/wsi";
        }

        @Override
        String rawSubscribe() {
            return "{\"command\":\"subscribe\",\"topics\":[\"extension_events\",\"cdr_events\"]}";
        }

        @Override
        boolean isEvent(JsonNode n) {
            return !n.has("command") && n.has("event_type");
        }
    }

    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public long portsipWsi(Wsi s) {
        return s.blast(s.suiteSockets, s.routed, ConsumerBenchmark::portsipEvent);
    }

    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public long parseWsi(Wsi s) {
        return s.blast(s.rawSockets, s.parsed, ConsumerBenchmark::portsipEvent);
    }

    @State(Scope.Benchmark)
    public static class UcDialogs extends Feed {
        @Setup
        public void setup() throws Exception {
            start();
        }

        @TearDown
        public void tearDown() throws Exception {
            stop();
        }

        @Override
        String answer(ServerWebSocket ws, JsonNode f) {
            String cmd = f.path(0).asText();
            JsonNode p = f.path(1);
            if ("subscr".equals(cmd)) {
                if (!ws.path().startsWith("/raw")) {
                    subscription = p.path("id").asText();
                }
                subscribed(ws);
                return "[\"subscr_result\",{\"qid\":\"" + p.path("qid").asText() + "\",\"id\":\"" + p.path("id").asText()
                       + "\",\"result\":\"ok\",\"class\":\"callevents\",\"expires\":" + p.path("expires").asInt() + "}]";
            }
            return "[\"" + cmd + "_result\",{\"qid\":\"" + p.path("qid").asText() + "\",\"result\":\"ok\"}]";
        }

        @Override
        void routes(CamelContext camel, int port) throws Exception {
            UcDialogsComponent uc = new UcDialogsComponent();
            uc.getConfiguration().setBaseUrl("http://127.0.0.1:" + port);
            uc.getConfiguration().setAccessToken("bench-token");
            camel.addComponent("uc-dialogs", uc);
            camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("uc-dialogs:events").routeId("uc").process(e -> routed.incrementAndGet());
                }
            });
        }

        @Override
        String rawPath() {
            return "/raw/ws/token/v1";
        }

        @Override
        String rawSubscribe() {
            return "[\"subscr\",{\"qid\":\"q1\",\"id\":\"raw-sub\",\"class\":\"callevents\",\"expires\":3600}]";
        }

        @Override
        boolean isEvent(JsonNode n) {
            return "event".equals(n.path(0).asText()) && n.path(1).path("data").has("type");
        }
    }

    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public long ucDialogsEvents(UcDialogs s) {
        return s.blast(s.suiteSockets, s.routed, i -> ucEvent(s.subscription, i));
    }

    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public long parseUcDialogs(UcDialogs s) {
        return s.blast(s.rawSockets, s.parsed, i -> ucEvent("raw-sub", i));
    }
}
