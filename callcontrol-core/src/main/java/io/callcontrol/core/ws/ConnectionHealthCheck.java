package io.callcontrol.core.ws;

import java.util.Locale;
import java.util.function.Supplier;

import io.callcontrol.core.health.CallControlHealthCheck;
import org.apache.camel.health.HealthCheckResultBuilder;

/**
 * A Camel health check for one long-lived vendor connection: UP when connected, DOWN otherwise (with the state
 * and the last error as details: {@code failure.reason}, {@code failure.authentication}; a connection that gave up
 * because its credentials were refused says so in the message). Register it in the context's {@code HealthCheckRegistry}.
 */
public final class ConnectionHealthCheck extends CallControlHealthCheck {

    private static boolean isAuthenticationFailure(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof io.callcontrol.core.error.CallControlException e && e.isAuthenticationFailure()) {
                return true;
            }
        }
        return false;
    }

    private final Supplier<ConnectionState> state;
    private final Supplier<Throwable> lastError;

    public ConnectionHealthCheck(String id, Supplier<ConnectionState> state, Supplier<Throwable> lastError) {
        super(id);
        this.state = state;
        this.lastError = lastError;
    }

    public static ConnectionHealthCheck of(String id, ReconnectingWebSocket ws) {
        return new ConnectionHealthCheck(id, ws::state, ws::lastError);
    }

    @Override
    protected void check(HealthCheckResultBuilder b) {
        ConnectionState s = state.get();
        b.detail("connection.state", s.name());
        if (s == ConnectionState.CONNECTED) {
            b.up();
            return;
        }
        Throwable e = lastError.get();
        boolean auth = isAuthenticationFailure(e);
        String message = "connection " + s.name().toLowerCase(Locale.ROOT);
        if (s == ConnectionState.FAILED && auth) {
            message += ": the credentials were refused, not reconnecting (fix them and restart): " + e.getMessage();
        } else if (s == ConnectionState.FAILED && e != null) {
            message += ", not reconnecting: " + e.getMessage();
        }
        b.down().message(message);
        if (e != null) {
            b.detail("failure.reason", String.valueOf(e.getMessage()));
            b.detail("failure.authentication", auth);
            b.error(e);
        }
    }
}
