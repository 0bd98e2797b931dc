package io.callcontrol.camel.portasip;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.callcontrol.camel.portasip.api.AuthInfo;
import io.callcontrol.camel.portasip.api.CallControlNotification;
import io.callcontrol.camel.portasip.api.JsonRpcRequest;
import io.callcontrol.camel.portasip.api.LoginRequest;
import io.callcontrol.camel.portasip.api.LoginResponse;
import io.callcontrol.camel.portasip.api.SubscriptionRequest;
import io.callcontrol.core.error.CallControlConnectionException;
import io.callcontrol.core.error.CallControlException;
import io.callcontrol.core.error.CallControlTimeoutException;
import io.callcontrol.core.error.Delivery;
import io.callcontrol.core.json.Json;
import io.callcontrol.core.ws.ConnectionState;
import io.callcontrol.core.ws.PendingRequests;
import io.callcontrol.core.ws.ReconnectingWebSocket;
import io.callcontrol.core.ws.WebSocketSettings;
import io.vertx.core.Vertx;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Call Control WebSocket of one server and one set of credentials, shared by every endpoint that uses them.
 * <ul>
 * <li>JSON-RPC requests {@code {cseq, auth_info, service, method, params}}, each with a unique {@code cseq}, many
 * in flight; the answer is matched by its {@code cseq}; each request has a timeout and fails when the socket
 * drops under it.</li>
 * <li>{@code Session.login} over the socket on every (re)connect; a refused login (whatever the vendor's code) is a
 * {@link PortasipAuthenticationException} with the vendor's code and message, and after
 * {@code maxAuthenticationAttempts} refusals in a row the connection gives up (FAILED, health DOWN). An
 * authentication error on a request -- including the server having forgotten the session ({@code internal_error}
 * "Session is not valid") -- logs in again and retries that request once (never more).</li>
 * <li>Every failure says whether the request reached the socket ({@link Delivery}): waiting for the session or a
 * failed write is {@link Delivery#NOT_SENT}; written and then dropped or timed out {@link Delivery#UNKNOWN}; an
 * error answer {@link Delivery#REJECTED}.</li>
 * <li>Notification subscriptions are reference-counted: {@code enable_api_notifications} is sent once per
 * distinct subscription and socket (also after a reconnect), {@code disable_api_notifications} when its last
 * holder goes.</li>
 * <li>Reconnects (bounded backoff, one attempt at a time, cancelled on stop) are done by the core
 * {@link ReconnectingWebSocket}; listeners hear of state changes and of completed re-synchronisations.</li>
 * </ul>
 */
public final class PortasipCallControlConnection implements ReconnectingWebSocket.Listener {

    private static final Logger LOG = LoggerFactory.getLogger(PortasipCallControlConnection.class);
    private static final Map<String, Object> EMPTY = Map.of();

    /** Receives {@code sip.call_control_notifications} and connection changes. Called on a Vert.x event loop. */
    public interface Listener {
        void onNotification(CallControlNotification notification, JsonNode raw);

        /** The connection changed state. */
        default void onStateChange(ConnectionState state) {
        }

        /** A reconnect completed (logged in, subscriptions restored): events may have been lost meanwhile. */
        default void onResubscribed() {
        }
    }

    /** Credentials for {@code auth_info}. */
    public record Credentials(String login, String password, String domain, String token) {

        /** No secret in logs. */
        @Override
        public String toString() {
            return "Credentials[login=***, domain=" + domain + "]";
        }
    }

    private static final class Subscription {
        final SubscriptionRequest request;
        final AtomicInteger holders = new AtomicInteger();
        final AtomicLong enabledOnSocket = new AtomicLong(-1);

        Subscription(SubscriptionRequest request) {
            this.request = request;
        }
    }

    private final String key;
    private final Credentials credentials;
    private final Duration requestTimeout;
    private final ReconnectingWebSocket socket;
    private final PendingRequests<JsonNode> pending = new PendingRequests<>(PortasipException.VENDOR);
    private final AtomicLong cseq = new AtomicLong();
    private final AtomicLong socketGeneration = new AtomicLong();
    private final Map<SubscriptionRequest, Subscription> subscriptions = new ConcurrentHashMap<>();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final AtomicInteger users = new AtomicInteger();
    private final AtomicLong enableRequestsSent = new AtomicLong();
    volatile io.callcontrol.core.ws.ConnectionHealthCheck healthCheck;
    private volatile boolean sessionUp;
    private volatile String sessionId;
    private volatile AuthInfo sessionAuth;
    private volatile CompletableFuture<String> loginInFlight;

    public PortasipCallControlConnection(String key, Vertx vertx, WebSocketSettings settings, Credentials credentials,
                                         Duration requestTimeout) {
        this.key = key;
        this.credentials = credentials;
        this.requestTimeout = requestTimeout;
        this.socket = new ReconnectingWebSocket(PortasipException.VENDOR, vertx, settings, null, this);
        this.socket.addStateListener(s -> {
            for (Listener l : listeners) {
                l.onStateChange(s);
            }
        });
    }

    public String key() {
        return key;
    }

    public ReconnectingWebSocket socket() {
        return socket;
    }

    int retain() {
        return users.incrementAndGet();
    }

    int release() {
        return users.decrementAndGet();
    }

    public void start() {
        socket.start();
    }

    public void stop() {
        sessionUp = false;
        socket.stop();
        pending.failAll(delivery -> new CallControlConnectionException(PortasipException.VENDOR, "connection stopped", null,
                delivery));
    }

    public ConnectionState state() {
        return socket.state();
    }

    public void addListener(Listener l) {
        listeners.add(l);
    }

    public void removeListener(Listener l) {
        listeners.remove(l);
    }

    /** enable_api_notifications requests this connection sent (first subscriptions and restorations). */
    public long enableRequestsSent() {
        return enableRequestsSent.get();
    }

    public int inFlight() {
        return pending.size();
    }

    // ---- ReconnectingWebSocket.Listener -------------------------------------------------------------------

    @Override
    public CompletableFuture<Void> onOpen(boolean reconnect) {
        long generation = socketGeneration.incrementAndGet();
        CompletableFuture<Object> session = hasPassword() ? login(generation).thenApply(s -> (Object) s)
                : CompletableFuture.completedFuture(null);
        session = session.whenComplete((v, e) -> {
            if (e != null && unwrap(e) instanceof PortasipAuthenticationException auth) {
                // requests waiting for this session would only time out: tell them why (none of them was sent)
                pending.failAll(() -> notSent(auth));
            }
        });
        return session.thenCompose(v -> {
            List<CompletableFuture<?>> all = new ArrayList<>();
            for (Subscription s : subscriptions.values()) {
                // one refused subscription must not take the whole connection down (and into a reconnect loop)
                all.add(enable(s, generation).exceptionally(e -> null));
            }
            return CompletableFuture.allOf(all.toArray(CompletableFuture[]::new));
        }).thenRun(() -> {
            sessionUp = true;
            if (reconnect) {
                for (Listener l : listeners) {
                    try {
                        l.onResubscribed();
                    } catch (RuntimeException e) {
                        LOG.warn("portasip: resubscription listener failed", e);
                    }
                }
            }
        });
    }

    @Override
    public void onText(String text) {
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(text);
        } catch (Exception e) {
            LOG.warn("portasip: malformed message ignored: {}", e.getMessage());
            return;
        }
        JsonNode cs = node.get("cseq");
        if (cs != null && !cs.isNull()) {
            if (!pending.complete(cs.asText(), node)) {
                LOG.debug("portasip: answer to unknown or timed-out request {}", cs.asText());
            }
            return;
        }
        if (node.has("event") && node.has("result")) {
            CallControlNotification n;
            try {
                n = Json.MAPPER.treeToValue(node, CallControlNotification.class);
            } catch (Exception e) {
                LOG.warn("portasip: cannot read notification {}: {}", text, e.getMessage());
                return;
            }
            for (Listener l : listeners) {
                try {
                    l.onNotification(n, node);
                } catch (RuntimeException e) {
                    LOG.warn("portasip: notification listener failed", e);
                }
            }
            return;
        }
        LOG.debug("portasip: ignored message {}", text);
    }

    @Override
    public void onDisconnect(Throwable cause) {
        sessionUp = false;
        if (unwrap(cause) instanceof PortasipAuthenticationException auth) {
            // closed because the login was refused: that is what the waiting requests (none sent) must hear
            pending.failAll(delivery -> delivery == Delivery.NOT_SENT ? notSent(auth)
                    : new CallControlConnectionException(PortasipException.VENDOR, "WebSocket closed after a refused login"
                            + " while waiting for the answer: " + auth.getMessage(), auth, delivery));
            return;
        }
        // the requests written to the dropped socket get no answer any more: UNKNOWN (the PBX may have acted on
        // them); the ones still waiting for a session wait on for the next one (within their own timeout)
        pending.failWritten(delivery -> new CallControlConnectionException(PortasipException.VENDOR,
                "WebSocket dropped while waiting for the answer (the request was sent; the PBX may have acted on it): "
                + cause.getMessage(), cause, delivery));
    }

    /**
     * The failure a request that never left gets: a copy of the session's failure (its type, vendor code and
     * message kept) saying {@link Delivery#NOT_SENT}.
     */
    static Throwable notSent(Throwable failure) {
        Throwable t = unwrap(failure);
        if (t instanceof PortasipAuthenticationException a) {
            PortasipAuthenticationException copy = new PortasipAuthenticationException(a.getErrorCode(), a.getErrorMessage(),
                    a.getHttpStatus(), a.getRawBody(), a.getDetails());
            copy.setStackTrace(a.getStackTrace());
            copy.withDelivery(Delivery.NOT_SENT);
            return copy;
        }
        if (t instanceof CallControlTimeoutException c) {
            return new CallControlTimeoutException(PortasipException.VENDOR, c.getErrorMessage() + " (not sent)", c, Delivery.NOT_SENT);
        }
        if (t instanceof CallControlConnectionException c) {
            return c.getDelivery() == Delivery.NOT_SENT ? c
                    : new CallControlConnectionException(PortasipException.VENDOR, c.getErrorMessage() + " (not sent)", c, Delivery.NOT_SENT);
        }
        if (t instanceof CallControlException c) {
            return new CallControlConnectionException(PortasipException.VENDOR, "not sent: " + c.getMessage(), c, Delivery.NOT_SENT);
        }
        return new CallControlConnectionException(PortasipException.VENDOR, "not sent: " + t, t, Delivery.NOT_SENT);
    }

    // ---- session --------------------------------------------------------------------------------------

    private boolean hasPassword() {
        return credentials.password() != null && !credentials.password().isEmpty();
    }

    private AuthInfo authInfo() {
        AuthInfo a = sessionAuth;
        if (a != null) {
            return a;
        }
        return new AuthInfo(null, credentials.login(), credentials.password(), credentials.token(),
                credentials.domain(), null);
    }

    /** Session.login over the socket; concurrent callers share one login. */
    private synchronized CompletableFuture<String> login(long generation) {
        CompletableFuture<String> inFlight = loginInFlight;
        if (inFlight != null && !inFlight.isDone()) {
            return inFlight;
        }
        LoginRequest params = new LoginRequest(credentials.login(), credentials.password(), credentials.domain());
        CompletableFuture<String> f = sendNow("Session", "login", params, null)
                .handle((result, error) -> {
                    if (error == null) {
                        return result;
                    }
                    Throwable cause = unwrap(error);
                    if (cause instanceof PortasipException p && !(p instanceof PortasipAuthenticationException)) {
                        // the server answered the login with an error: the credentials were refused, whatever
                        // the code says (PortaSIP answers e.g. internal_error or Client.Session.login.failed)
                        throw new PortasipAuthenticationException(p.getErrorCode(), p.getErrorMessage(),
                                p.getHttpStatus(), p.getRawBody(), p.getDetails());
                    }
                    throw cause instanceof RuntimeException re ? re : new CompletionException(cause);
                })
                .thenApply(result -> {
                    LoginResponse r = Json.MAPPER.convertValue(result, LoginResponse.class);
                    if (r.sessionId() == null) {
                        throw new PortasipAuthenticationException(null, "Session.login answered no session_id", 0,
                                result.toString(), null);
                    }
                    sessionId = r.sessionId();
                    sessionAuth = AuthInfo.session(r.sessionId());
                    return r.sessionId();
                });
        loginInFlight = f;
        return f;
    }

    // ---- requests -------------------------------------------------------------------------------------

    /**
     * Sends a request once the connection is ready and completes with its {@code result} (or, for answers
     * without {@code result}, the answer without {@code cseq}); fails with {@link PortasipException} on a vendor
     * error, after one re-login on an authentication error.
     */
    public CompletableFuture<JsonNode> request(String service, String method, Object params) {
        return request(service, method, params, requestTimeout);
    }

    /** As {@link #request(String, String, Object)}, with this request's own timeout. */
    public CompletableFuture<JsonNode> request(String service, String method, Object params, Duration timeout) {
        String usedSession = sessionId;
        return whenReady(service, method, params, timeout).handle((r, e) -> {
            Throwable cause = unwrap(e);
            // the request itself was answered "not authenticated" (expired or forgotten session): log in again and
            // retry it once; a refused login (the request never sent) is not retried here -- that is the
            // reconnect's job, bounded by maxAuthenticationAttempts
            if (cause instanceof PortasipAuthenticationException a && a.getDelivery() == Delivery.REJECTED && hasPassword()) {
                return relogin(usedSession).handle((s, le) -> le == null
                        ? whenReady(service, method, params, timeout)
                        : CompletableFuture.<JsonNode>failedFuture(notSent(le))).thenCompose(f -> f);
            }
            return e == null ? CompletableFuture.completedFuture(r) : CompletableFuture.<JsonNode>failedFuture(cause);
        }).thenCompose(f -> f);
    }

    private CompletableFuture<String> relogin(String failedSession) {
        String current = sessionId;
        if (current != null && !current.equals(failedSession)) {
            return CompletableFuture.completedFuture(current); // somebody logged in again meanwhile
        }
        synchronized (this) {
            if (sessionId != null && sessionId.equals(failedSession)) {
                sessionId = null;
                sessionAuth = null;
            }
        }
        return login(socketGeneration.get());
    }

    private CompletableFuture<JsonNode> whenReady(String service, String method, Object params, Duration timeout) {
        if (sessionUp) {
            return sendNow(service, method, params, timeout); // hot path: no lock
        }
        CompletableFuture<Void> ready = socket.ready();
        if (ready.isDone() && !ready.isCompletedExceptionally()) {
            return sendNow(service, method, params, timeout);
        }
        if (socket.lastError() != null && unwrap(socket.lastError()) instanceof PortasipAuthenticationException auth
                && socket.state() != ConnectionState.CONNECTED) {
            // the credentials were refused; retrying them is the reconnect's job (bounded by maxAuthenticationAttempts)
            return CompletableFuture.failedFuture(notSent(auth));
        }
        // not connected (yet): the request waits for the session, within its own timeout
        String id = Long.toString(cseq.incrementAndGet());
        CompletableFuture<JsonNode> answer = pending.registerUnsent(id, timeout, describe(service, method));
        ready.whenComplete((v, e) -> {
            if (e != null) {
                pending.fail(id, notSent(e));
            } else {
                transmit(id, service, method, params);
            }
        });
        return answer.thenApply(node -> resultOf(service, method, node));
    }

    private CompletableFuture<JsonNode> sendNow(String service, String method, Object params, Duration timeout) {
        String id = Long.toString(cseq.incrementAndGet());
        CompletableFuture<JsonNode> answer = pending.registerUnsent(id, timeout == null ? requestTimeout : timeout,
                describe(service, method));
        transmit(id, service, method, params);
        return answer.thenApply(node -> resultOf(service, method, node));
    }

    private void transmit(String id, String service, String method, Object params) {
        boolean login = "Session".equals(service) && "login".equals(method);
        String text;
        try {
            text = Json.MAPPER.writeValueAsString(new JsonRpcRequest(Long.parseLong(id), login ? null : authInfo(),
                    service, method, params == null ? EMPTY : params));
        } catch (Exception e) {
            pending.fail(id, new CallControlConnectionException(PortasipException.VENDOR, "Cannot write " + method + ": "
                    + e.getMessage(), e, Delivery.NOT_SENT));
            return;
        }
        // NOT_SENT until handed to the socket; a failed write fails it NOT_SENT, a drop after it UNKNOWN
        pending.send(id, () -> socket.send(text));
    }

    private static String describe(String service, String method) {
        return "PortaSIP " + service + "." + method;
    }

    private static JsonNode resultOf(String service, String method, JsonNode answer) {
        JsonNode error = answer.get("error");
        JsonNode success = answer.get("success");
        boolean failed = error != null && !error.isNull() || answer.has("faultcode")
                || success != null && success.isNumber() && success.asInt() == 0 && !answer.has("result");
        if (failed) {
            String code;
            String message;
            Object details;
            if (error != null && error.isObject()) {
                code = text(error, "code");
                message = text(error, "message");
                details = error.get("details") == null || error.get("details").isNull() ? null
                        : error.get("details").isTextual() ? error.get("details").asText() : error.get("details");
            } else if (error != null && error.isTextual()) {
                code = text(answer, "code");
                message = error.asText();
                details = text(answer, "details");
            } else if (answer.has("faultcode")) {
                code = text(answer, "faultcode");
                message = text(answer, "faultstring");
                details = null;
            } else {
                code = text(answer, "code");
                message = text(answer, "message");
                details = text(answer, "details");
            }
            throw PortasipException.of(code, message == null ? service + "." + method + " failed" : message, 0,
                    answer.toString(), details);
        }
        JsonNode result = answer.get("result");
        if (result != null && !result.isNull()) {
            return result;
        }
        ObjectNode copy = answer.deepCopy();
        copy.remove("cseq");
        return copy;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    static Throwable unwrap(Throwable e) {
        while (e instanceof CompletionException && e.getCause() != null) {
            e = e.getCause();
        }
        return e;
    }

    // ---- subscriptions --------------------------------------------------------------------------------

    /**
     * Holds a notification subscription: sends {@code enable_api_notifications} when it is new (now if connected,
     * else on connect); every reconnect restores it once.
     */
    public CompletableFuture<Void> subscribe(SubscriptionRequest request) {
        Subscription s = subscriptions.computeIfAbsent(request, Subscription::new);
        s.holders.incrementAndGet();
        // sent now if connected, else when the session is up; onOpen sends it too -- at most once per socket
        return socket.ready().thenCompose(v -> enable(s, socketGeneration.get()));
    }

    /** Releases a subscription; the last holder sends {@code disable_api_notifications} (when connected). */
    public CompletableFuture<Void> unsubscribe(SubscriptionRequest request) {
        Subscription s = subscriptions.get(request);
        if (s == null) {
            return CompletableFuture.completedFuture(null);
        }
        if (s.holders.decrementAndGet() > 0) {
            return CompletableFuture.completedFuture(null);
        }
        subscriptions.remove(request, s);
        if (!socket.isOpen()) {
            return CompletableFuture.completedFuture(null);
        }
        return request("CallControl", PortasipOperation.disable_api_notifications.method(), request)
                .thenApply(r -> (Void) null);
    }

    private CompletableFuture<Void> enable(Subscription s, long generation) {
        if (s.enabledOnSocket.getAndSet(generation) == generation) {
            return CompletableFuture.completedFuture(null); // already sent on this socket
        }
        enableRequestsSent.incrementAndGet();
        return sendNow("CallControl", PortasipOperation.enable_api_notifications.method(), s.request, null)
                .handle((r, e) -> {
                    if (e != null) {
                        s.enabledOnSocket.compareAndSet(generation, -1);
                        LOG.warn("portasip: enable_api_notifications {} failed: {}", s.request, unwrap(e).getMessage());
                        throw new CompletionException(unwrap(e));
                    }
                    return null;
                });
    }

    /** Waits (bounded) for the first session; for tests and eager starts. */
    public boolean awaitReady(long timeoutMillis) {
        try {
            socket.ready().get(timeoutMillis, TimeUnit.MILLISECONDS);
            return true;
        } catch (Exception e) {
            return false;
        }
    }
}
