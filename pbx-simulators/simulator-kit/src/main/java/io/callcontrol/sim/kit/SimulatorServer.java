package io.callcontrol.sim.kit;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.Future;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Base of every vendor simulator: a Vert.x HTTP (and optionally WebSocket) server on loopback, which records
 * every request in a {@link WireLog} before the vendor logic sees it, and a {@link SimClock} the simulated calls
 * move on.
 * <p>
 * A subclass adds its routes in {@link #configure(Router)} (Vert.x Web accepts any method name, so custom verbs
 * such as {@code LOOKUP} route with {@code router.route(HttpMethod.valueOf("LOOKUP"), path)}) and, for a
 * WebSocket API, overrides {@link #onWebSocket(ServerWebSocket)}.
 */
public abstract class SimulatorServer implements AutoCloseable {

    protected final Logger log = LoggerFactory.getLogger(getClass());

    /** JSON mapper for simulators: ISO dates, unknown properties tolerated on reads. */
    public static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final WireLog wireLog = new WireLog();
    private final SimClock clock;
    private final String host;
    private final int requestedPort;
    private Vertx vertx;
    private boolean ownVertx;
    private HttpServer server;
    private HttpClient callbackClient;
    private int port;
    private io.vertx.core.net.KeyCertOptions tls;
    /** Concurrency gauge: HTTP requests received and not yet answered, and the most at once since the last reset. */
    private final java.util.concurrent.atomic.AtomicInteger inFlight = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.atomic.AtomicInteger maxInFlight = new java.util.concurrent.atomic.AtomicInteger();
    private volatile long responseDelayMillis;

    protected SimulatorServer(SimClock clock, String host, int port) {
        this.clock = clock;
        this.host = host;
        this.requestedPort = port;
    }

    /** Loopback, free port, manual clock: what tests use. */
    protected SimulatorServer() {
        this(SimClock.manual(), "127.0.0.1", 0);
    }

    /** Adds the vendor's HTTP routes. Every request was already recorded in the wire log. */
    protected abstract void configure(Router router);

    /**
     * Handles an upgraded WebSocket (accept or {@code reject} it, set a close handler, send a greeting). Text
     * frames arrive in {@link #onWebSocketText}: the kit records each in the wire log (method {@code WS}) first.
     * The upgrade request itself is recorded as a {@code GET} with its headers. The default accepts.
     */
    protected void onWebSocket(ServerWebSocket ws) {
    }

    /** A text frame from a client, already recorded in the wire log. The default ignores it. */
    protected void onWebSocketText(ServerWebSocket ws, String text) {
    }

    /** Paths on which WebSocket upgrades are accepted; none by default. */
    protected boolean acceptsWebSocket(String path) {
        return false;
    }

    /** Human-readable name for logs and {@code main}. */
    public String name() {
        return getClass().getSimpleName();
    }

    public synchronized SimulatorServer start() {
        if (server != null) {
            return this;
        }
        if (vertx == null) {
            vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(2).setWorkerPoolSize(4));
            ownVertx = true;
        }
        Router router = Router.router(vertx);
        BodyHandler bodies = BodyHandler.create().setBodyLimit(64L * 1024 * 1024).setHandleFileUploads(false);
        router.route().handler(ctx -> {
            if (MultipartBody.isMultipart(ctx.request().getHeader("Content-Type"))) {
                // keep multipart bodies raw: recorded byte for byte, read with multipart(ctx)
                ctx.request().body().onSuccess(buf -> {
                    ctx.put(RAW_BODY, buf.getBytes());
                    ctx.next();
                }).onFailure(ctx::fail);
            } else {
                bodies.handle(ctx);
            }
        });
        router.route().handler(this::record);
        configure(router);
        HttpServerOptions options = new HttpServerOptions().setHost(host).setPort(requestedPort)
                .setMaxWebSocketFrameSize(1024 * 1024).setMaxWebSocketMessageSize(16 * 1024 * 1024);
        if (tls != null) {
            options.setSsl(true).setKeyCertOptions(tls);
        }
        HttpServer s = vertx.createHttpServer(options);
        s.webSocketHandler(ws -> {
            if (!acceptsWebSocket(ws.path())) {
                ws.reject(404);
                return;
            }
            Map<String, List<String>> handshakeHeaders = headers(ws.headers());
            Map<String, List<String>> query = new LinkedHashMap<>();
            if (ws.query() != null) {
                new io.netty.handler.codec.http.QueryStringDecoder(ws.uri()).parameters()
                        .forEach((k, v) -> query.put(k, new ArrayList<>(v)));
            }
            // the upgrade request as it reached the socket
            wireLog.record(new RecordedRequest("GET", ws.uri(), ws.path(), query, handshakeHeaders, new byte[0]));
            ws.textMessageHandler(text -> {
                wireLog.record(new RecordedRequest("WS", ws.uri(), ws.path(), Map.of(), handshakeHeaders,
                        text.getBytes(StandardCharsets.UTF_8)));
                onWebSocketText(ws, text);
            });
            onWebSocket(ws);
        });
        s.requestHandler(router);
        try {
            server = s.listen().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Could not start " + name() + " on " + host + ":" + requestedPort, e);
        }
        port = server.actualPort();
        log.info("{} listening on {}", name(), baseUrl());
        return this;
    }

    /**
     * Serves HTTPS / wss with this key and certificate (e.g. a self-signed one from a test's key store) instead of
     * plain HTTP; call before {@link #start()}.
     */
    public synchronized SimulatorServer useTls(io.vertx.core.net.KeyCertOptions keyCert) {
        if (server != null) {
            throw new IllegalStateException("already started");
        }
        this.tls = keyCert;
        return this;
    }

    /** Whether the simulator serves TLS ({@link #useTls}). */
    public synchronized boolean isTls() {
        return tls != null;
    }

    /** Uses the given Vert.x instead of creating one (call before {@link #start()}). */
    public synchronized void useVertx(Vertx shared) {
        if (server != null) {
            throw new IllegalStateException("already started");
        }
        this.vertx = shared;
        this.ownVertx = false;
    }

    private static final String RAW_BODY = "sim.rawBody";

    /** The raw request body (multipart included). */
    protected static byte[] rawBody(RoutingContext ctx) {
        byte[] raw = ctx.get(RAW_BODY);
        if (raw != null) {
            return raw;
        }
        Buffer b = ctx.body() == null ? null : ctx.body().buffer();
        return b == null ? new byte[0] : b.getBytes();
    }

    /** The request's multipart body, parsed; IllegalArgumentException when it is not multipart or malformed. */
    protected static MultipartBody multipart(RoutingContext ctx) {
        String ct = ctx.request().getHeader("Content-Type");
        if (!MultipartBody.isMultipart(ct)) {
            throw new IllegalArgumentException("not a multipart request: " + ct);
        }
        return MultipartBody.parse(ct, rawBody(ctx));
    }

    private void record(RoutingContext ctx) {
        byte[] body = rawBody(ctx);
        Map<String, List<String>> query = new LinkedHashMap<>();
        ctx.queryParams().forEach(e -> query.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        wireLog.record(new RecordedRequest(ctx.request().method().name(), ctx.request().uri(), ctx.request().path(),
                query, headers(ctx.request().headers()), body));
        int now = inFlight.incrementAndGet();
        maxInFlight.accumulateAndGet(now, Math::max);
        ctx.addEndHandler(v -> inFlight.decrementAndGet());
        long delay = responseDelayMillis;
        if (delay > 0) {
            vertx.setTimer(delay, t -> ctx.next());
        } else {
            ctx.next();
        }
    }

    /** HTTP requests received and not yet answered. */
    public int inFlightRequests() {
        return inFlight.get();
    }

    /** The most HTTP requests that were in flight at once since the last {@link #reset()}. */
    public int maxInFlightRequests() {
        return maxInFlight.get();
    }

    /** Holds every HTTP request this long before the vendor logic answers it (0: none; back to 0 on reset). */
    public void httpResponseDelay(java.time.Duration delay) {
        this.responseDelayMillis = delay.toMillis();
    }

    private static Map<String, List<String>> headers(MultiMap h) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        h.forEach(e -> out.computeIfAbsent(e.getKey().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(e.getValue()));
        return out;
    }

    public synchronized void stop() {
        if (server != null) {
            try {
                server.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                log.warn("Closing {} failed", name(), e);
            }
            server = null;
        }
        if (callbackClient != null) {
            callbackClient.close();
            callbackClient = null;
        }
        if (ownVertx && vertx != null) {
            try {
                vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                log.warn("Closing Vert.x of {} failed", name(), e);
            }
            vertx = null;
        }
        clock.close();
    }

    @Override
    public void close() {
        stop();
    }

    public int port() {
        return port;
    }

    public String host() {
        return host;
    }

    /** {@code http://host:port} (or {@code https://} with {@link #useTls}) with no trailing slash. */
    public String baseUrl() {
        return (tls == null ? "http://" : "https://") + host + ":" + port;
    }

    public WireLog wireLog() {
        return wireLog;
    }

    public SimClock clock() {
        return clock;
    }

    protected Vertx vertx() {
        return vertx;
    }

    /** Clears state between tests; subclasses extend it to clear their vendor state. */
    public void reset() {
        wireLog.clear();
        responseDelayMillis = 0;
        maxInFlight.set(inFlight.get());
    }

    // ---- helpers for subclasses ---------------------------------------------------------------

    /** Answers with a JSON body. */
    protected static void json(RoutingContext ctx, int status, Object body) {
        try {
            ctx.response().setStatusCode(status).putHeader("Content-Type", "application/json")
                    .end(body == null ? "" : JSON.writeValueAsString(body));
        } catch (Exception e) {
            ctx.response().setStatusCode(500).end(String.valueOf(e));
        }
    }

    /**
     * POSTs a JSON callback (state callbacks, event webhooks) to a URL, as the vendor's PBX would. Completes with
     * the receiver's HTTP status; a refused connection fails the future.
     */
    public Future<Integer> postCallback(String url, Object body, Map<String, String> headers) {
        HttpClient client;
        synchronized (this) {
            if (callbackClient == null) {
                callbackClient = vertx.createHttpClient(new HttpClientOptions().setConnectTimeout(5000));
            }
            client = callbackClient;
        }
        String payload;
        try {
            payload = body instanceof String s ? s : JSON.writeValueAsString(body);
        } catch (Exception e) {
            return Future.failedFuture(e);
        }
        RequestOptions ro = new RequestOptions().setMethod(HttpMethod.POST).setAbsoluteURI(url)
                .putHeader("Content-Type", "application/json").setTimeout(10_000);
        headers.forEach(ro::putHeader);
        return client.request(ro).compose(req -> req.send(payload)).compose(resp -> resp.body().map(b -> resp.statusCode()));
    }
}
