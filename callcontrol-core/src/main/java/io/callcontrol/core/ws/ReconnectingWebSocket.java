package io.callcontrol.core.ws;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;

import io.callcontrol.core.error.CallControlConnectionException;
import io.callcontrol.core.error.CallControlException;
import io.callcontrol.core.error.Delivery;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.net.JdkSSLEngineOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A WebSocket to a vendor that stays up: on a drop it reconnects with bounded exponential backoff -- one
 * attempt at a time, cancelled on {@link #stop()} -- and, on every (re)connect, lets the owner restore its session
 * ({@link Listener#onOpen}: log in, re-subscribe) before the connection counts as {@link ConnectionState#CONNECTED}.
 * State changes are published to listeners (health checks, connect/disconnect events for routes).
 * <p>
 * A session setup refused as an authentication failure ({@link CallControlException#isAuthenticationFailure()}:
 * a refused login) is retried at most {@link WebSocketSettings#maxAuthenticationAttempts()} times in a row; then the
 * connection is {@link ConnectionState#FAILED} with that failure as {@link #lastError()} (the health check DOWN with
 * the reason) and no more attempts are made -- wrong credentials do not fix themselves.
 * {@link #stop()} closes the socket with a close handshake bounded by {@link WebSocketSettings#closeTimeout()}.
 */
public final class ReconnectingWebSocket {

    private static final Logger LOG = LoggerFactory.getLogger(ReconnectingWebSocket.class);

    /** What the owner of the connection does with it. */
    public interface Listener {
        /**
         * The socket is open (first time, or {@code reconnect} after a drop). Restore the session here; the
         * connection is reported CONNECTED when the returned future completes. A failed future closes the socket
         * and schedules a reconnect.
         */
        CompletableFuture<Void> onOpen(boolean reconnect);

        /** A text message arrived (on a Vert.x event loop: do not block). */
        void onText(String text);

        /** The socket closed or failed; fail whatever waits on it. */
        void onDisconnect(Throwable cause);
    }

    /** The URI as logs and messages show it: credentials in it masked (e.g. a token in the path). */
    private String shownUri() {
        return io.callcontrol.core.auth.SecretMasking.maskUrl(settings.uri());
    }

    private final String vendor;
    private final Vertx vertx;
    private final WebSocketSettings settings;
    private final Supplier<CompletableFuture<Map<String, String>>> headers;
    private final Listener listener;
    private final List<Consumer<ConnectionState>> stateListeners = new CopyOnWriteArrayList<>();
    private final AtomicLong connects = new AtomicLong();
    private WebSocketClient client;
    private volatile WebSocket socket;
    private ConnectionState state = ConnectionState.NEW;
    private CompletableFuture<Void> ready = new CompletableFuture<>();
    private long timerId = -1;
    private int failedAttempts;
    private int authenticationFailures;
    private boolean everConnected;
    private Throwable lastError;
    /** Why the owner's session setup failed on the socket being closed for it: the reason the drop reports. */
    private Throwable sessionFailure;

    /**
     * @param headers handshake headers, asked anew for every attempt (so a fresh token can be sent)
     */
    public ReconnectingWebSocket(String vendor, Vertx vertx, WebSocketSettings settings,
                                 Supplier<CompletableFuture<Map<String, String>>> headers, Listener listener) {
        this.vendor = vendor;
        this.vertx = vertx;
        this.settings = settings;
        this.headers = headers == null ? () -> CompletableFuture.completedFuture(Map.of()) : headers;
        this.listener = listener;
    }

    /** Starts connecting; {@link #ready()} completes when the first session is up. */
    public synchronized void start() {
        if (state != ConnectionState.NEW && state != ConnectionState.STOPPED && state != ConnectionState.FAILED) {
            return;
        }
        boolean secure = "wss".equalsIgnoreCase(settings.uri().getScheme());
        WebSocketClientOptions options = new WebSocketClientOptions()
                .setConnectTimeout((int) settings.connectTimeout().toMillis())
                .setMaxMessageSize(settings.maxMessageSize())
                .setMaxFrameSize(Math.min(settings.maxMessageSize(), 1024 * 1024))
                // after our close frame, wait at most this for the server's before closing TCP (Vert.x: 10 s)
                .setClosingTimeout((int) Math.max(1, (settings.closeTimeout().toMillis() + 999) / 1000));
        if (secure) {
            options.setSsl(true).setSslEngineOptions(new JdkSSLEngineOptions());
            if (settings.tls().trustAllCertificates()) {
                settings.tls().sslContext(vendor); // logs the WARN
                options.setTrustAll(true).setVerifyHost(false);
            } else if (settings.tls().sslContextParameters() != null) {
                io.callcontrol.core.tls.TlsSettings.Managers managers = settings.tls().managers();
                if (managers.trustManagers() != null && managers.trustManagers().length > 0) {
                    options.setTrustOptions(io.vertx.core.net.TrustOptions.wrap(managers.trustManagers()[0]));
                }
                if (managers.keyManagers() != null && managers.keyManagers().length > 0
                        && managers.keyManagers()[0] instanceof javax.net.ssl.X509KeyManager km) {
                    options.setKeyCertOptions(io.vertx.core.net.KeyCertOptions.wrap(km));
                }
                options.setVerifyHost(true);
            } else if (settings.tls().trustStore() != null) {
                options.setTrustOptions(new io.vertx.core.net.KeyStoreOptions()
                        .setType(settings.tls().trustStoreType() == null ? "PKCS12" : settings.tls().trustStoreType())
                        .setPath(settings.tls().trustStore()).setPassword(settings.tls().trustStorePassword()));
                options.setVerifyHost(true);
            } else {
                options.setVerifyHost(true);
            }
        }
        client = vertx.createWebSocketClient(options);
        failedAttempts = 0;
        authenticationFailures = 0;
        if (ready.isDone()) {
            ready = new CompletableFuture<>();
        }
        attempt();
    }

    private void attempt() {
        CompletableFuture<Map<String, String>> h;
        synchronized (this) {
            if (state == ConnectionState.STOPPED) {
                return;
            }
            timerId = -1;
            setState(ConnectionState.CONNECTING);
            h = headers.get();
        }
        h.whenComplete((hs, err) -> {
            if (err != null) {
                failed(err);
                return;
            }
            var uri = settings.uri();
            boolean secure = "wss".equalsIgnoreCase(uri.getScheme());
            int port = uri.getPort() > 0 ? uri.getPort() : secure ? 443 : 80;
            String path = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            WebSocketConnectOptions co = new WebSocketConnectOptions().setHost(uri.getHost()).setPort(port)
                    .setURI(path).setSsl(secure)
                    // the connect timeout only: Vert.x's setTimeout also arms a timer that closed the established
                    // socket (code 1000) once it elapsed, whatever the traffic
                    .setConnectTimeout(settings.connectTimeout().toMillis());
            hs.forEach(co::addHeader);
            Future<WebSocket> f;
            synchronized (this) {
                if (state == ConnectionState.STOPPED || client == null) {
                    return;
                }
                f = client.connect(co);
            }
            f.onSuccess(this::opened).onFailure(e -> failed(handshakeFailure(e)));
        });
    }

    private void opened(WebSocket ws) {
        boolean reconnect;
        synchronized (this) {
            if (state == ConnectionState.STOPPED) {
                ws.close();
                return;
            }
            socket = ws;
            reconnect = everConnected;
        }
        connects.incrementAndGet();
        if (reconnect) { io.callcontrol.core.metrics.CallControlMetrics.reconnect(vendor); }
        ws.textMessageHandler(text -> {
            try {
                listener.onText(text);
            } catch (RuntimeException e) {
                LOG.warn("{}: handling a WebSocket message failed: {}", vendor, e.toString(), e);
            }
        });
        ws.exceptionHandler(e -> LOG.debug("{}: WebSocket error: {}", vendor, e.toString()));
        ws.closeHandler(v -> dropped(ws, new CallControlConnectionException(vendor, "WebSocket to " + shownUri()
                + " closed" + (ws.closeStatusCode() == null ? "" : " (" + ws.closeStatusCode()
                + (ws.closeReason() == null || ws.closeReason().isEmpty() ? "" : " " + ws.closeReason()) + ")"), null)));
        CompletableFuture<Void> session;
        try {
            session = listener.onOpen(reconnect);
        } catch (RuntimeException e) {
            session = CompletableFuture.failedFuture(e);
        }
        session.whenComplete((v, err) -> {
            CompletableFuture<Void> toComplete = null;
            synchronized (this) {
                if (socket != ws || state == ConnectionState.STOPPED) {
                    return;
                }
                if (err != null) {
                    lastError = err;
                    sessionFailure = err;
                    LOG.warn("{}: session setup on {} failed: {}", vendor, shownUri(), err.getMessage());
                } else {
                    failedAttempts = 0;
                    authenticationFailures = 0;
                    everConnected = true;
                    lastError = null;
                    setState(ConnectionState.CONNECTED);
                    toComplete = ready;
                }
            }
            if (err != null) {
                ws.close();
            } else if (toComplete != null) {
                toComplete.complete(null);
            }
        });
    }

    private void dropped(WebSocket ws, Throwable cause) {
        synchronized (this) {
            if (socket != ws) {
                return;
            }
            socket = null;
            if (ready.isDone()) {
                ready = new CompletableFuture<>();
            }
            if (sessionFailure != null) {
                cause = sessionFailure; // closed because the login/subscription failed: that is the reason
                sessionFailure = null;
            }
        }
        try {
            listener.onDisconnect(cause);
        } catch (RuntimeException e) {
            LOG.warn("{}: disconnect handling failed", vendor, e);
        }
        failed(cause);
    }

    private void failed(Throwable cause) {
        synchronized (this) {
            if (state == ConnectionState.STOPPED) {
                return;
            }
            lastError = cause;
            failedAttempts++;
            if (isAuthenticationFailure(cause)) {
                authenticationFailures++;
                if (settings.maxAuthenticationAttempts() > 0 && authenticationFailures >= settings.maxAuthenticationAttempts()) {
                    LOG.error("{}: giving up on {}: the credentials were refused {} time(s) in a row: {}", vendor,
                            shownUri(), authenticationFailures, cause.getMessage());
                    setState(ConnectionState.FAILED);
                    ready.completeExceptionally(cause);
                    return;
                }
            } else {
                authenticationFailures = 0;
            }
            if (settings.maxReconnectAttempts() > 0 && failedAttempts > settings.maxReconnectAttempts()) {
                LOG.error("{}: giving up on {} after {} attempts: {}", vendor, shownUri(), failedAttempts - 1, cause.getMessage());
                setState(ConnectionState.FAILED);
                ready.completeExceptionally(new CallControlConnectionException(vendor,
                        "Cannot connect to " + shownUri() + ": " + cause.getMessage(), cause));
                return;
            }
            Duration delay = settings.backoff(failedAttempts);
            LOG.info("{}: connection to {} down ({}); reconnect attempt {} in {} ms", vendor, shownUri(),
                    cause.getMessage(), failedAttempts, delay.toMillis());
            setState(ConnectionState.DISCONNECTED);
            if (timerId < 0) {
                timerId = vertx.setTimer(Math.max(1, delay.toMillis()), t -> attempt());
            }
        }
    }

    /** A handshake refused with 401/403 means the credentials (token, Basic) were refused: typed as such. */
    private Throwable handshakeFailure(Throwable e) {
        if (e instanceof io.vertx.core.http.UpgradeRejectedException u && (u.getStatus() == 401 || u.getStatus() == 403)) {
            return new io.callcontrol.core.error.CallControlAuthenticationException(vendor, String.valueOf(u.getStatus()),
                    "WebSocket handshake with " + shownUri() + " refused with HTTP " + u.getStatus()
                    + " (credentials not accepted)", u.getStatus(), null, null);
        }
        return e;
    }

    private static boolean isAuthenticationFailure(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof CallControlException e && e.isAuthenticationFailure()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the connection gave up because the credentials were refused (see {@link #lastError()}). */
    public synchronized boolean authenticationFailed() {
        return state == ConnectionState.FAILED && isAuthenticationFailure(lastError);
    }

    private void setState(ConnectionState s) {
        if (state == s) {
            return;
        }
        state = s;
        for (Consumer<ConnectionState> l : stateListeners) {
            try {
                l.accept(s);
            } catch (RuntimeException e) {
                LOG.warn("{}: state listener failed", vendor, e);
            }
        }
    }

    /**
     * Sends a text message; fails with {@link CallControlConnectionException} ({@link Delivery#NOT_SENT}) when not
     * connected or when the write fails (the socket closed under it).
     */
    public CompletableFuture<Void> send(String text) {
        WebSocket ws = socket; // volatile read: no lock on the request path
        if (ws == null) {
            return CompletableFuture.failedFuture(new CallControlConnectionException(vendor, "not connected to "
                    + shownUri(), lastError, Delivery.NOT_SENT));
        }
        CompletableFuture<Void> done = new CompletableFuture<>();
        ws.writeTextMessage(text).onComplete(ar -> {
            if (ar.succeeded()) {
                done.complete(null);
            } else {
                done.completeExceptionally(new CallControlConnectionException(vendor, "Cannot write to " + shownUri()
                        + ": " + ar.cause(), ar.cause(), Delivery.NOT_SENT));
            }
        });
        return done;
    }

    /** Whether a socket is open (the session may still be being set up). */
    public synchronized boolean isOpen() {
        return socket != null;
    }

    /** Completes when the session is up (now, or after the connect/reconnect under way). */
    public synchronized CompletableFuture<Void> ready() {
        return ready;
    }

    public synchronized ConnectionState state() {
        return state;
    }

    public synchronized Throwable lastError() {
        return lastError;
    }

    /** How many times a socket was opened (first connect included). */
    public long connectCount() {
        return connects.get();
    }

    public WebSocketSettings settings() {
        return settings;
    }

    public void addStateListener(Consumer<ConnectionState> l) {
        stateListeners.add(l);
    }

    public void removeStateListener(Consumer<ConnectionState> l) {
        stateListeners.remove(l);
    }

    /**
     * Closes the TCP connection under the WebSocket at once. Vert.x 4 waits for the peer's close frame up to its
     * closing timeout (whole seconds, 10 by default) and has no public abort; its WebSocket implementation exposes
     * the Netty context (internal API: when it is not there, the closing timeout set on the client still bounds it).
     */
    private static void forceClose(WebSocket ws) {
        try {
            if (ws instanceof io.vertx.core.http.impl.WebSocketImplBase<?> impl && impl.channelHandlerContext() != null) {
                // from Vert.x's own handler towards the socket: past the graceful close Vert.x would wait for
                impl.channelHandlerContext().close();
            }
        } catch (RuntimeException | LinkageError e) {
            LOG.debug("cannot force the WebSocket closed: {}", e.toString());
        }
    }

    /** Closes the socket as if the network dropped it (for tests of the reconnect path). */
    public void dropForTest() {
        WebSocket ws;
        synchronized (this) {
            ws = socket;
        }
        if (ws != null) {
            ws.close((short) 1001, "dropped");
        }
    }

    /** Stops: cancels a scheduled reconnect, closes the socket and the client; no timer survives. */
    public void stop() {
        WebSocket ws;
        WebSocketClient c;
        CompletableFuture<Void> r;
        synchronized (this) {
            if (state == ConnectionState.STOPPED) {
                return;
            }
            setState(ConnectionState.STOPPED);
            if (timerId >= 0) {
                vertx.cancelTimer(timerId);
                timerId = -1;
            }
            ws = socket;
            socket = null;
            c = client;
            client = null;
            r = ready;
        }
        r.completeExceptionally(new CallControlConnectionException(vendor, "connection stopped", null, Delivery.NOT_SENT));
        if (ws != null) {
            // a close frame, then TCP closed within the close timeout, whether or not the peer answers it
            CompletableFuture<Void> closed = new CompletableFuture<>();
            ws.closeHandler(v -> closed.complete(null)); // replaces the drop handler: this close is ours
            ws.close((short) 1000, "stopped");
            long bound = Math.max(1, settings.closeTimeout().toMillis());
            if (!io.vertx.core.Context.isOnEventLoopThread()) {
                // the caller's thread (a Camel stop) may wait that long: then TCP is closed, answered or not
                try {
                    closed.get(bound, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    forceClose(ws);
                } catch (ExecutionException | TimeoutException e) {
                    LOG.debug("{}: no close frame back from {} within {} ms: closing the connection", vendor,
                            shownUri(), bound);
                    forceClose(ws);
                }
                if (c != null) {
                    c.close();
                }
            } else {
                try {
                    vertx.setTimer(bound, t -> {
                        if (!closed.isDone()) {
                            forceClose(ws);
                        }
                        if (c != null) {
                            c.close();
                        }
                    });
                } catch (RuntimeException e) {
                    forceClose(ws);
                    if (c != null) {
                        c.close(); // Vert.x is closing: nothing to wait for
                    }
                }
            }
            listener.onDisconnect(new CallControlConnectionException(vendor, "connection stopped", null));
        } else if (c != null) {
            c.close();
        }
    }
}
