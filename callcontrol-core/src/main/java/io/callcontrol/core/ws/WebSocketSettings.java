package io.callcontrol.core.ws;

import java.net.URI;
import java.time.Duration;

import io.callcontrol.core.tls.TlsSettings;

/**
 * Settings of a {@link ReconnectingWebSocket}. Reconnects back off exponentially from
 * {@code reconnectInitialDelay}, doubling up to {@code reconnectMaxDelay}.
 *
 * @param uri                   {@code ws://} or {@code wss://} URI
 * @param connectTimeout        how long one connect attempt (including the handshake) may take
 * @param reconnectInitialDelay delay before the first reconnect attempt after a drop
 * @param reconnectMaxDelay     upper bound of the backoff
 * @param maxReconnectAttempts  consecutive failed attempts before giving up ({@code FAILED}); 0 or less: never give up
 * @param tls                   TLS trust choices for wss
 * @param maxMessageSize        largest message accepted, in bytes
 * @param maxAuthenticationAttempts consecutive session setups refused as an authentication failure (a refused
 *                              login, whatever the vendor's code) before giving up ({@code FAILED}, no more
 *                              reconnects: the credentials must be fixed); 0 or less: never give up
 * @param closeTimeout          how long {@link ReconnectingWebSocket#stop()} lets the close handshake take before the
 *                              TCP connection is closed anyway
 */
public record WebSocketSettings(URI uri, Duration connectTimeout, Duration reconnectInitialDelay,
                                Duration reconnectMaxDelay, int maxReconnectAttempts, TlsSettings tls, int maxMessageSize,
                                int maxAuthenticationAttempts, Duration closeTimeout) {

    /** Default of {@link #maxAuthenticationAttempts()}: a refused login is tried 3 times, then the connection fails. */
    public static final int DEFAULT_MAX_AUTHENTICATION_ATTEMPTS = 3;

    /** The settings without the authentication bound and close timeout (their defaults). */
    public WebSocketSettings(URI uri, Duration connectTimeout, Duration reconnectInitialDelay, Duration reconnectMaxDelay,
                             int maxReconnectAttempts, TlsSettings tls, int maxMessageSize) {
        this(uri, connectTimeout, reconnectInitialDelay, reconnectMaxDelay, maxReconnectAttempts, tls, maxMessageSize,
                DEFAULT_MAX_AUTHENTICATION_ATTEMPTS, Duration.ofMillis(250));
    }

    public static WebSocketSettings of(URI uri) {
        return new WebSocketSettings(uri, Duration.ofSeconds(10), Duration.ofMillis(500), Duration.ofSeconds(30), 0,
                TlsSettings.defaults(), 16 * 1024 * 1024);
    }

    public WebSocketSettings withMaxAuthenticationAttempts(int n) {
        return new WebSocketSettings(uri, connectTimeout, reconnectInitialDelay, reconnectMaxDelay, maxReconnectAttempts,
                tls, maxMessageSize, n, closeTimeout);
    }

    public WebSocketSettings withCloseTimeout(Duration d) {
        return new WebSocketSettings(uri, connectTimeout, reconnectInitialDelay, reconnectMaxDelay, maxReconnectAttempts,
                tls, maxMessageSize, maxAuthenticationAttempts, d);
    }

    public WebSocketSettings withBackoff(Duration initial, Duration max, int maxAttempts) {
        return new WebSocketSettings(uri, connectTimeout, initial, max, maxAttempts, tls, maxMessageSize,
                maxAuthenticationAttempts, closeTimeout);
    }

    public WebSocketSettings withTls(TlsSettings t) {
        return new WebSocketSettings(uri, connectTimeout, reconnectInitialDelay, reconnectMaxDelay, maxReconnectAttempts, t,
                maxMessageSize, maxAuthenticationAttempts, closeTimeout);
    }

    public WebSocketSettings withConnectTimeout(Duration d) {
        return new WebSocketSettings(uri, d, reconnectInitialDelay, reconnectMaxDelay, maxReconnectAttempts, tls,
                maxMessageSize, maxAuthenticationAttempts, closeTimeout);
    }

    /** Backoff delay before reconnect attempt {@code n} (1-based). */
    public Duration backoff(int n) {
        long base = Math.max(1, reconnectInitialDelay.toMillis());
        long max = Math.max(base, reconnectMaxDelay.toMillis());
        int shift = Math.min(30, Math.max(0, n - 1));
        long d = base << shift;
        return Duration.ofMillis(d <= 0 || d > max ? max : d);
    }
}
