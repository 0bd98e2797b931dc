package io.callcontrol.core.webhook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.JsonNode;
import io.callcontrol.core.json.Json;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An embeddable HTTP receiver for vendor callbacks (state callbacks, event webhooks), on Vert.x. One server per
 * host:port, shared by every path registered on it. For each POST it:
 * <ol>
 * <li>finds the registration of the path (404 otherwise; 405 for other methods),</li>
 * <li>limits the body size (413, from the Content-Length before reading, or while the body streams in),</li>
 * <li>authenticates the sender -- Bearer, Basic, a URL token ({@link WebhookUrlToken}) before the body is read, or
 * the HMAC signature of the body after (401), always in constant time,</li>
 * <li>rejects malformed JSON (400),</li>
 * <li>hands the request to the handler and answers 2xx only when the handler's future succeeded (500 when it
 * failed, 503 when it took longer than the processing timeout), so the vendor's retry covers our failures.</li>
 * </ol>
 * Nothing that fails a check reaches the handler. A request refused before its body was read is answered with
 * {@code Connection: close} and its connection closed after a bounded drain ({@value #DRAIN_BYTES} bytes or
 * {@value #DRAIN_MILLIS} ms): what a sender keeps streaming is never accepted. HTTP/1.1 only. Consumers choose
 * the bind address (loopback by default) and must choose an authentication
 * ({@link WebhookSettings#requireChosen}); {@link PlatformHttpWebhook} serves the same checks on platform-http.
 */
public final class WebhookReceiver {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookReceiver.class);
    private static final Map<String, WebhookReceiver> SHARED = new HashMap<>();

    private record Entry(WebhookSettings settings, WebhookHandler handler, long timeoutMillis) {
    }

    private final Vertx vertx;
    private final String host;
    private final Map<String, Entry> paths = new ConcurrentHashMap<>();
    private HttpServer server;
    private final int port;
    private final String key;

    private WebhookReceiver(Vertx vertx, String host, int requestedPort) {
        this.vertx = vertx;
        this.host = host;
        // HTTP/1.1 only (vendors POST HTTP/1.1): a refused request's connection can then be closed without
        // touching other requests' streams
        HttpServerOptions options = new HttpServerOptions().setHost(host).setPort(requestedPort)
                .setHttp2ClearTextEnabled(false);
        HttpServer s = vertx.createHttpServer(options).requestHandler(this::handle);
        try {
            this.server = s.listen().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot listen for webhooks on " + host + ":" + requestedPort + ": " + e.getMessage(), e);
        }
        this.port = server.actualPort();
        this.key = host + ":" + port;
        LOG.info("Webhook receiver listening on http://{}:{}", host, port);
    }

    /**
     * Registers a handler for a path on the receiver at host:port (started on first use; port 0 gives a new
     * receiver on a free port). Close the returned registration to remove it; the server stops with its last path.
     */
    public static Registration register(Vertx vertx, String host, int port, String path, WebhookSettings settings,
                                        long processingTimeoutMillis, WebhookHandler handler) {
        String norm = normalize(path);
        WebhookReceiver receiver;
        synchronized (SHARED) {
            receiver = port == 0 ? null : SHARED.get(host + ":" + port);
            if (receiver == null) {
                receiver = new WebhookReceiver(vertx, host, port);
                SHARED.put(receiver.key, receiver);
            }
            if (receiver.paths.putIfAbsent(norm, new Entry(settings, handler, processingTimeoutMillis)) != null) {
                throw new IllegalStateException("A webhook consumer already listens on " + host + ":" + port + norm);
            }
        }
        return new Registration(receiver, norm);
    }

    /** A path registered on a receiver. */
    public static final class Registration implements AutoCloseable {
        private final WebhookReceiver receiver;
        private final String path;
        private boolean closed;

        private Registration(WebhookReceiver receiver, String path) {
            this.receiver = receiver;
            this.path = path;
        }

        public int port() {
            return receiver.port;
        }

        public String path() {
            return path;
        }

        /** {@code http://host:port/path} as bound (use a configured public base URL behind proxies). */
        public String localUrl() {
            String h = "0.0.0.0".equals(receiver.host) ? "127.0.0.1" : receiver.host;
            return "http://" + h + ":" + receiver.port + path;
        }

        @Override
        public void close() {
            synchronized (SHARED) {
                if (closed) {
                    return;
                }
                closed = true;
                receiver.paths.remove(path);
                if (receiver.paths.isEmpty()) {
                    SHARED.remove(receiver.key);
                    receiver.stop();
                }
            }
        }
    }

    private void stop() {
        try {
            server.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            LOG.warn("Closing webhook receiver on port {} failed: {}", port, e.getMessage());
        }
    }

    private static String normalize(String path) {
        String p = path == null || path.isEmpty() ? "/" : path.startsWith("/") ? path : "/" + path;
        return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }

    private void handle(HttpServerRequest req) {
        Entry entry = paths.get(normalize(req.path()));
        if (entry == null) {
            refuse(req, 404, "not found");
            return;
        }
        if (req.method() != HttpMethod.POST) {
            req.response().putHeader("Allow", "POST");
            refuse(req, 405, "only POST");
            return;
        }
        String length = req.getHeader("Content-Length");
        int max = entry.settings.maxBodySize();
        if (length != null) {
            try {
                if (Long.parseLong(length.trim()) > max) {
                    refuse(req, 413, "body larger than " + max + " bytes");
                    return;
                }
            } catch (NumberFormatException e) {
                refuse(req, 400, "bad Content-Length");
                return;
            }
        }
        // a sender that fails a check that needs no body is refused before its body is read
        if (entry.settings.auth() != WebhookAuth.HMAC) {
            String authError = authenticate(entry.settings, req::getHeader, req.getParam(WebhookUrlToken.PARAMETER), null);
            if (authError != null) {
                unauthorized(req, entry.settings, authError);
                return;
            }
        }
        Buffer body = Buffer.buffer();
        boolean[] refused = { false };
        req.handler(chunk -> {
            if (refused[0]) {
                return;
            }
            if (body.length() + chunk.length() > max) {
                refused[0] = true;
                refuse(req, 413, "body larger than " + max + " bytes");
                return;
            }
            body.appendBuffer(chunk);
        });
        req.exceptionHandler(e -> LOG.debug("Webhook request failed: {}", e.getMessage()));
        req.endHandler(v -> {
            if (!refused[0]) {
                accept(req, entry, body.getBytes());
            }
        });
    }

    private void accept(HttpServerRequest req, Entry entry, byte[] body) {
        if (entry.settings.auth() == WebhookAuth.HMAC) {
            String authError = authenticate(entry.settings, req::getHeader, req.getParam(WebhookUrlToken.PARAMETER), body);
            if (authError != null) {
                unauthorized(req, entry.settings, authError);
                return;
            }
        }
        JsonNode json = null;
        if (body.length > 0 || entry.settings.requireJson()) {
            try {
                json = Json.MAPPER.readTree(body);
                if (json == null || json.isMissingNode()) {
                    throw new IllegalArgumentException("empty body");
                }
            } catch (Exception e) {
                if (entry.settings.requireJson()) {
                    reject(req, 400, "malformed JSON: " + e.getMessage());
                    return;
                }
                json = null;
            }
        }
        Map<String, List<String>> query = multi(req.params(), false);
        query.remove(WebhookUrlToken.PARAMETER); // the secret goes no further than here
        WebhookRequest request = new WebhookRequest(req.method().name(), req.path(), query,
                multi(req.headers(), true), body, json, req.remoteAddress() == null ? null : req.remoteAddress().host());
        long timer = vertx.setTimer(entry.timeoutMillis <= 0 ? 30_000 : entry.timeoutMillis, t -> {
            if (!req.response().ended()) {
                req.response().setStatusCode(503).end("processing timed out");
            }
        });
        try {
            entry.handler.handle(request).whenComplete((status, error) -> {
                vertx.cancelTimer(timer);
                if (req.response().ended()) {
                    return;
                }
                if (error != null) {
                    req.response().setStatusCode(500).end("processing failed");
                } else {
                    req.response().setStatusCode(status == null ? 200 : status).end();
                }
            });
        } catch (RuntimeException e) {
            vertx.cancelTimer(timer);
            req.response().setStatusCode(500).end("processing failed");
        }
    }

    private void unauthorized(HttpServerRequest req, WebhookSettings settings, String reason) {
        LOG.warn("Webhook on {} from {} rejected: {}", req.path(),
                req.remoteAddress() == null ? "?" : req.remoteAddress().host(), reason);
        String challenge = challenge(settings);
        if (challenge != null) {
            req.response().putHeader("WWW-Authenticate", challenge);
        }
        if (req.isEnded()) {
            reject(req, 401, reason);
        } else {
            refuse(req, 401, reason);
        }
    }

    /** The WWW-Authenticate challenge of a 401, or null. */
    static String challenge(WebhookSettings settings) {
        return switch (settings.auth()) {
            case BASIC -> "Basic realm=\"callcontrol\"";
            case BEARER -> "Bearer";
            default -> null;
        };
    }

    private static void reject(HttpServerRequest req, int status, String reason) {
        if (!req.response().ended()) {
            req.response().setStatusCode(status).putHeader("Content-Type", "text/plain").end(reason);
        }
    }

    /** What a refused request may still send (read and dropped) so that its sender can read the answer. */
    static final int DRAIN_BYTES = 256 * 1024;
    /** How long a refused request's connection stays open for its sender to read the answer. */
    static final long DRAIN_MILLIS = 2000;

    /**
     * Answers a request that is refused before (or while) its body is read -- 404, 405, 400, 401, 413 -- with
     * {@code Connection: close}, and closes the connection once the sender finished its request, has sent
     * {@value #DRAIN_BYTES} more bytes, or after {@value #DRAIN_MILLIS} ms, whatever comes first: what a sender
     * keeps streaming after the refusal is never accepted (today's 200 MB after a 413), and a well-behaved client
     * still reads the answer instead of a broken pipe.
     */
    private void refuse(HttpServerRequest req, int status, String reason) {
        io.vertx.core.http.HttpConnection connection = req.connection();
        long[] drained = { 0 };
        long timer = vertx.setTimer(DRAIN_MILLIS, t -> connection.close());
        connection.closeHandler(v -> vertx.cancelTimer(timer));
        if (!req.isEnded()) {
            req.handler(chunk -> {
                drained[0] += chunk.length();
                if (drained[0] > DRAIN_BYTES) {
                    connection.close();
                }
            });
            req.endHandler(v -> {
                if (req.response().ended()) {
                    connection.close();
                }
            });
        }
        if (req.response().ended()) {
            connection.close();
            return;
        }
        req.response().setStatusCode(status).putHeader("Content-Type", "text/plain").putHeader("Connection", "close")
                .end(reason).onComplete(ar -> {
                    if (req.isEnded()) {
                        connection.close();
                    }
                });
    }

    /**
     * Null when the sender is authenticated, else the reason. {@code body} may be null for the checks that do not
     * need it (all but HMAC).
     *
     * @param header   header lookup (case-insensitive)
     * @param urlToken the {@code token} query parameter, or null
     */
    public static String authenticate(WebhookSettings s, java.util.function.Function<String, String> header,
                                      String urlToken, byte[] body) {
        if (s.urlToken() != null && urlToken != null && s.urlToken().verify(urlToken)) {
            return null;
        }
        String authz = header.apply("Authorization");
        switch (s.auth()) {
            case NONE:
                return null;
            case TOKEN:
                return urlToken == null ? "missing URL token" : "bad URL token";
            case BEARER:
                return authz != null && constantTimeEquals(authz, "Bearer " + s.bearerToken()) ? null : "bad or missing Bearer token";
            case BASIC:
                String expected = "Basic " + Base64.getEncoder().encodeToString(
                        (s.username() + ":" + s.password()).getBytes(StandardCharsets.UTF_8));
                return authz != null && constantTimeEquals(authz, expected) ? null : "bad or missing Basic credentials";
            case HMAC:
                String sig = header.apply(s.hmacHeader());
                if (sig == null) {
                    return "missing signature header " + s.hmacHeader();
                }
                if (body == null) {
                    throw new IllegalStateException("HMAC needs the body");
                }
                return constantTimeEquals(sig.trim().toLowerCase(Locale.ROOT),
                        (s.hmacPrefix() + hmacHex(s, body)).toLowerCase(Locale.ROOT)) ? null : "bad signature";
            default:
                return "unsupported auth";
        }
    }

    /** Hex HMAC of the body with the configured algorithm and secret (what a sender puts in the header). */
    public static String hmacHex(WebhookSettings s, byte[] body) {
        try {
            Mac mac = Mac.getInstance(s.hmacAlgorithm());
            mac.init(new SecretKeySpec(s.hmacSecret().getBytes(StandardCharsets.UTF_8), s.hmacAlgorithm()));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (Exception e) {
            throw new IllegalArgumentException("Cannot compute " + s.hmacAlgorithm() + ": " + e.getMessage(), e);
        }
    }

    private static boolean constantTimeEquals(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, List<String>> multi(MultiMap m, boolean lower) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        m.forEach(e -> out.computeIfAbsent(lower ? e.getKey().toLowerCase(Locale.ROOT) : e.getKey(),
                k -> new ArrayList<>(1)).add(e.getValue()));
        return out;
    }
}
