package io.callcontrol.camel.portsip.api;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import io.callcontrol.camel.portsip.PortsipException;
import io.callcontrol.core.error.CallControlAuthenticationException;
import io.callcontrol.core.error.CallControlConnectionException;
import io.callcontrol.core.json.Json;
import io.callcontrol.core.ws.ConnectionState;
import io.callcontrol.core.ws.ReconnectingWebSocket;
import io.callcontrol.core.ws.WebSocketSettings;
import io.vertx.core.Vertx;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PBX's WSI pub/sub WebSocket ({@code wss://host:8887/wsi}, VENDOR-NOTES): on every (re)connect it sends the
 * {@code auth} command, waits for {@code {"command":"auth","status":0}} (a {@code status -1} answer fails the
 * session with the PBX's {@code error}, and the socket reconnects with backoff), then sends {@code subscribe} with
 * the topics and extensions -- once per connection. Frames without a {@code command} are events, handed to the
 * event handler in arrival order (on a Vert.x event loop).
 */
public final class PortsipWsiConnection {

    private static final Logger LOG = LoggerFactory.getLogger(PortsipWsiConnection.class);

    /** Who logs in: a user (administrator or tenant user, with its domain) or an extension. */
    public record Login(String username, String password, String domain, String extensionNumber) {
        @Override
        public String toString() {
            return "Login[username=" + username + ", domain=" + domain + ", extensionNumber=" + extensionNumber + "]";
        }
    }

    private final ReconnectingWebSocket socket;
    private final Login login;
    private final List<String> topics;
    private final List<String> extensions;
    private final Duration answerTimeout;
    private final Consumer<JsonNode> onEvent;
    private final Runnable onResubscribed;
    private volatile CompletableFuture<JsonNode> authAnswer;

    /**
     * @param onResubscribed runs when a reconnect's login and subscription are done: events sent while the socket
     *                       was down are lost (a possible gap)
     */
    public PortsipWsiConnection(Vertx vertx, WebSocketSettings settings, Login login, List<String> topics,
                                List<String> extensions, Duration answerTimeout, Consumer<JsonNode> onEvent,
                                Runnable onResubscribed) {
        this.login = login;
        this.topics = List.copyOf(topics);
        this.extensions = List.copyOf(extensions);
        this.answerTimeout = answerTimeout;
        this.onEvent = onEvent;
        this.onResubscribed = onResubscribed;
        this.socket = new ReconnectingWebSocket(PortsipException.VENDOR, vertx, settings, null, new ReconnectingWebSocket.Listener() {
            @Override
            public CompletableFuture<Void> onOpen(boolean reconnect) {
                return session(reconnect);
            }

            @Override
            public void onText(String text) {
                frame(text);
            }

            @Override
            public void onDisconnect(Throwable cause) {
                CompletableFuture<JsonNode> a = authAnswer;
                if (a != null) {
                    a.completeExceptionally(cause);
                }
            }
        });
    }

    /** {@code ws(s)://host:port/wsi} of a REST base URL such as {@code https://pbx.example.com:8887/api}. */
    public static URI defaultUri(String baseUrl) {
        URI b = URI.create(baseUrl);
        String scheme = "https".equalsIgnoreCase(b.getScheme()) ? "wss" : "ws";
        return URI.create(scheme + "://" + b.getRawAuthority() + "/wsi");
    }

    public void start() {
        socket.start();
    }

    public void stop() {
        socket.stop();
    }

    /** Completes when the first session (auth and subscribe) is up. */
    public CompletableFuture<Void> ready() {
        return socket.ready();
    }

    public ConnectionState state() {
        return socket.state();
    }

    public Throwable lastError() {
        return socket.lastError();
    }

    /** Number of connections made so far (reconnects included). */
    public long connectCount() {
        return socket.connectCount();
    }

    private CompletableFuture<Void> session(boolean reconnect) {
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        authAnswer = answer;
        Map<String, Object> auth = new LinkedHashMap<>();
        auth.put("command", "auth");
        if (login.username() != null && !login.username().isBlank()) {
            auth.put("username", login.username());
        } else {
            auth.put("extension_number", login.extensionNumber());
        }
        auth.put("password", login.password());
        if (login.domain() != null && !login.domain().isBlank()) {
            auth.put("domain", login.domain());
        }
        return socket.send(write(auth))
                .thenCompose(v -> answer.orTimeout(answerTimeout.toMillis(), TimeUnit.MILLISECONDS))
                .thenCompose(a -> {
                    if (a.path("status").asInt(-1) != 0) {
                        String error = a.path("error").asText("status " + a.path("status").asText());
                        return CompletableFuture.failedFuture(new CallControlAuthenticationException(PortsipException.VENDOR,
                                "UNAUTHORIZED", "WSI login of " + who() + " refused: " + error, 0, a.toString(), null));
                    }
                    Map<String, Object> subscribe = new LinkedHashMap<>();
                    subscribe.put("command", "subscribe");
                    subscribe.put("topics", topics);
                    if (!extensions.isEmpty()) {
                        subscribe.put("extensions", extensions);
                    }
                    LOG.debug("PortSIP WSI: {} subscribes to {} {}{}", who(), topics, extensions,
                            reconnect ? " (after a reconnect)" : "");
                    return socket.send(write(subscribe));
                }).thenRun(() -> {
                    if (reconnect && onResubscribed != null) {
                        onResubscribed.run();
                    }
                });
    }

    private String who() {
        return login.username() != null && !login.username().isBlank() ? login.username()
                : "extension " + login.extensionNumber();
    }

    private void frame(String text) {
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(text);
        } catch (Exception e) {
            LOG.warn("PortSIP WSI: a frame that is not JSON was ignored: {}", e.getMessage());
            return;
        }
        String command = node.path("command").asText(null);
        if (command == null) {
            onEvent.accept(node);
        } else if ("auth".equals(command)) {
            CompletableFuture<JsonNode> a = authAnswer;
            if (a != null) {
                a.complete(node);
            }
        } else if (node.path("status").asInt(0) != 0) {
            LOG.warn("PortSIP WSI: command {} refused: {}", command, node.path("error").asText(""));
        } else {
            LOG.debug("PortSIP WSI: command {} accepted", command);
        }
    }

    private static String write(Object frame) {
        try {
            return Json.MAPPER.writeValueAsString(frame);
        } catch (Exception e) {
            throw new CallControlConnectionException(PortsipException.VENDOR, "could not write a WSI frame", e);
        }
    }
}
