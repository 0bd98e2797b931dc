package io.callcontrol.core.webhook;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import io.callcontrol.core.json.Json;
import org.apache.camel.AsyncCallback;
import org.apache.camel.CamelContext;
import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.AsyncProcessorSupport;
import org.apache.camel.support.service.ServiceHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A webhook receiver served on Camel's {@code platform-http} -- the application's own HTTP server (Spring Boot's,
 * Camel Main's Vert.x server...), with its port, TLS and security -- instead of a port of its own. The same checks
 * as {@link WebhookReceiver}, in the same order: POST only (405), body size (413), sender authentication (401,
 * Bearer/Basic/HMAC/URL token, constant time), well-formed JSON (400); the handler's future decides the answer (2xx,
 * 500 when it failed, 503 after the processing timeout). The HTTP engine reads the body before these checks (its own
 * limits apply): closing the connection of an oversized or refused stream is the embedded receiver's, not this one's.
 * The answer carries no header of the request (the URL token and credentials are not echoed).
 * <p>
 * Needs a platform-http engine on the classpath (e.g. {@code camel-platform-http-starter} in Spring Boot or
 * {@code camel-platform-http-vertx}); without one the consumer fails to start naming platform-http.
 */
public final class PlatformHttpWebhook implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PlatformHttpWebhook.class);

    private final String path;
    private final Consumer consumer;

    private PlatformHttpWebhook(String path, Consumer consumer) {
        this.path = path;
        this.consumer = consumer;
    }

    /** Serves {@code path} on the context's platform-http server until {@link #close()}. */
    public static PlatformHttpWebhook register(CamelContext context, String path, WebhookSettings settings,
                                               long processingTimeoutMillis, WebhookHandler handler) {
        String norm = path == null || path.isEmpty() ? "/" : path.startsWith("/") ? path : "/" + path;
        Endpoint endpoint;
        try {
            endpoint = context.getEndpoint("platform-http:" + norm + "?httpMethodRestrict=POST");
        } catch (RuntimeException e) {
            throw new IllegalStateException("Cannot serve the webhook " + norm + " on platform-http (is a"
                                            + " platform-http engine such as camel-platform-http-starter on the"
                                            + " classpath?): " + e.getMessage(), e);
        }
        if (endpoint == null) {
            throw new IllegalStateException("Cannot serve the webhook " + norm + " on platform-http: no platform-http"
                                            + " component (add camel-platform-http-starter or camel-platform-http-vertx)");
        }
        Consumer consumer;
        try {
            consumer = endpoint.createConsumer(new Checks(settings, processingTimeoutMillis, handler));
            ServiceHelper.startService(consumer);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot serve the webhook " + norm + " on platform-http: " + e.getMessage(), e);
        }
        LOG.info("Webhook receiver on platform-http at {}", norm);
        return new PlatformHttpWebhook(norm, consumer);
    }

    public String path() {
        return path;
    }

    @Override
    public void close() {
        ServiceHelper.stopAndShutdownService(consumer);
    }

    /** The receiver's checks as a Camel processor on the platform-http exchange. */
    static final class Checks extends AsyncProcessorSupport {
        private final WebhookSettings settings;
        private final long timeoutMillis;
        private final WebhookHandler handler;

        Checks(WebhookSettings settings, long timeoutMillis, WebhookHandler handler) {
            this.settings = settings;
            this.timeoutMillis = timeoutMillis <= 0 ? 30_000 : timeoutMillis;
            this.handler = handler;
        }

        @Override
        public boolean process(Exchange exchange, AsyncCallback callback) {
            Message in = exchange.getMessage();
            String method = in.getHeader(Exchange.HTTP_METHOD, String.class);
            if (method != null && !"POST".equalsIgnoreCase(method)) {
                answer(exchange, 405, "only POST");
                callback.done(true);
                return true;
            }
            byte[] body = in.getBody(byte[].class);
            if (body == null) {
                body = new byte[0];
            }
            if (body.length > settings.maxBodySize()) {
                answer(exchange, 413, "body larger than " + settings.maxBodySize() + " bytes");
                callback.done(true);
                return true;
            }
            Map<String, List<String>> query = query(in.getHeader(Exchange.HTTP_QUERY, String.class));
            List<String> tokens = query.remove(WebhookUrlToken.PARAMETER);
            String urlToken = tokens == null || tokens.isEmpty() ? null : tokens.get(0);
            String authError = WebhookReceiver.authenticate(settings, name -> in.getHeader(name, String.class),
                    urlToken, body);
            if (authError != null) {
                LOG.warn("Webhook on {} rejected: {}", in.getHeader(Exchange.HTTP_PATH, String.class), authError);
                String challenge = WebhookReceiver.challenge(settings);
                answer(exchange, 401, authError);
                if (challenge != null) {
                    exchange.getMessage().setHeader("WWW-Authenticate", challenge);
                }
                callback.done(true);
                return true;
            }
            JsonNode json = null;
            if (body.length > 0 || settings.requireJson()) {
                try {
                    json = Json.MAPPER.readTree(body);
                    if (json == null || json.isMissingNode()) {
                        throw new IllegalArgumentException("empty body");
                    }
                } catch (Exception e) {
                    if (settings.requireJson()) {
                        answer(exchange, 400, "malformed JSON: " + e.getMessage());
                        callback.done(true);
                        return true;
                    }
                    json = null;
                }
            }
            Map<String, List<String>> headers = new LinkedHashMap<>();
            in.getHeaders().forEach((k, v) -> {
                if (v != null && !k.startsWith("Camel") && !k.equalsIgnoreCase(WebhookUrlToken.PARAMETER)) {
                    headers.computeIfAbsent(k.toLowerCase(Locale.ROOT), x -> new ArrayList<>(1)).add(v.toString());
                }
            });
            WebhookRequest request = new WebhookRequest("POST", in.getHeader(Exchange.HTTP_PATH, String.class),
                    query, headers, body, json, null);
            CompletableFuture<Integer> result;
            try {
                result = handler.handle(request).orTimeout(timeoutMillis, TimeUnit.MILLISECONDS);
            } catch (RuntimeException e) {
                answer(exchange, 500, "processing failed");
                callback.done(true);
                return true;
            }
            result.whenComplete((status, error) -> {
                if (error instanceof java.util.concurrent.TimeoutException
                    || (error != null && error.getCause() instanceof java.util.concurrent.TimeoutException)) {
                    answer(exchange, 503, "processing timed out");
                } else if (error != null) {
                    answer(exchange, 500, "processing failed");
                } else {
                    answer(exchange, status == null ? 200 : status, "");
                }
                callback.done(false);
            });
            return false;
        }

        /** The answer: status and a text, no header of the request. */
        private static void answer(Exchange exchange, int status, String text) {
            Message out = exchange.getMessage();
            out.removeHeaders("*");
            out.setHeader(Exchange.HTTP_RESPONSE_CODE, status);
            out.setHeader(Exchange.CONTENT_TYPE, "text/plain");
            out.setBody(text == null ? "" : text);
        }

        private static Map<String, List<String>> query(String raw) {
            Map<String, List<String>> out = new LinkedHashMap<>();
            if (raw == null || raw.isEmpty()) {
                return out;
            }
            for (String pair : raw.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String k = java.net.URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String v = eq < 0 ? "" : java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                out.computeIfAbsent(k, x -> new ArrayList<>(1)).add(v);
            }
            return out;
        }
    }
}
