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
 * <li>limits the body size (413),</li>
 * <li>authenticates the sender -- Bearer, Basic or HMAC signature of the body (401),</li>
 * <li>rejects malformed JSON (400),</li>
 * <li>hands the request to the handler and answers 2xx only when the handler's future succeeded (500 when it
 * failed, 503 when it took longer than the processing timeout), so the vendor's retry covers our failures.</li>
 * </ol>
 * Nothing that fails a check reaches the handler.
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
        HttpServerOptions options = new HttpServerOptions().setHost(host).setPort(requestedPort);
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
            req.response().setStatusCode(404).end();
            return;
        }
        if (req.method() != HttpMethod.POST) {
            req.response().setStatusCode(405).putHeader("Allow", "POST").end();
            return;
        }
        String length = req.getHeader("Content-Length");
        int max = entry.settings.maxBodySize();
        if (length != null) {
            try {
                if (Long.parseLong(length.trim()) > max) {
                    reject(req, 413, "body larger than " + max + " bytes");
                    return;
                }
            } catch (NumberFormatException e) {
                reject(req, 400, "bad Content-Length");
                return;
            }
        }
        Buffer body = Buffer.buffer();
        boolean[] tooLarge = { false };
        req.handler(chunk -> {
            if (tooLarge[0]) {
                return;
            }
            if (body.length() + chunk.length() > max) {
                tooLarge[0] = true;
                reject(req, 413, "body larger than " + max + " bytes");
                return;
            }
            body.appendBuffer(chunk);
        });
        req.exceptionHandler(e -> LOG.debug("Webhook request failed: {}", e.getMessage()));
        req.endHandler(v -> {
            if (!tooLarge[0]) {
                accept(req, entry, body.getBytes());
            }
        });
    }

    private void accept(HttpServerRequest req, Entry entry, byte[] body) {
        String authError = authenticate(entry.settings, req, body);
        if (authError != null) {
            LOG.warn("Webhook on {} rejected: {}", req.path(), authError);
            if (entry.settings.auth() == WebhookAuth.BASIC) {
                req.response().putHeader("WWW-Authenticate", "Basic realm=\"callcontrol\"");
            } else if (entry.settings.auth() == WebhookAuth.BEARER) {
                req.response().putHeader("WWW-Authenticate", "Bearer");
            }
            reject(req, 401, authError);
            return;
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
        WebhookRequest request = new WebhookRequest(req.method().name(), req.path(), multi(req.params(), false),
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

    private static void reject(HttpServerRequest req, int status, String reason) {
        if (!req.response().ended()) {
            req.response().setStatusCode(status).putHeader("Content-Type", "text/plain").end(reason);
        }
    }

    /** Null when the sender is authenticated, else the reason. */
    static String authenticate(WebhookSettings s, HttpServerRequest req, byte[] body) {
        String authz = req.getHeader("Authorization");
        switch (s.auth()) {
            case NONE:
                return null;
            case BEARER:
                return authz != null && constantTimeEquals(authz, "Bearer " + s.bearerToken()) ? null : "bad or missing Bearer token";
            case BASIC:
                String expected = "Basic " + Base64.getEncoder().encodeToString(
                        (s.username() + ":" + s.password()).getBytes(StandardCharsets.UTF_8));
                return authz != null && constantTimeEquals(authz, expected) ? null : "bad or missing Basic credentials";
            case HMAC:
                String sig = req.getHeader(s.hmacHeader());
                if (sig == null) {
                    return "missing signature header " + s.hmacHeader();
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
