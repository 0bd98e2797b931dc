package io.callcontrol.core.ws;

import java.util.Locale;
import java.util.function.Supplier;

import io.callcontrol.core.health.CallControlHealthCheck;
import org.apache.camel.health.HealthCheckResultBuilder;

/**
 * A Camel health check for one long-lived vendor connection: UP when connected, DOWN otherwise (with the state
 * and the last error as details). Register it in the context's {@code HealthCheckRegistry}.
 */
public final class ConnectionHealthCheck extends CallControlHealthCheck {

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
        b.down().message("connection " + s.name().toLowerCase(Locale.ROOT));
        Throwable e = lastError.get();
        if (e != null) {
            b.error(e);
        }
    }
}
