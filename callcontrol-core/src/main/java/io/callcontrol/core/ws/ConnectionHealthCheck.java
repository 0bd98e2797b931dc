package io.callcontrol.core.ws;

import java.util.Map;
import java.util.function.Supplier;

import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckResultBuilder;

/**
 * A Camel health check for one long-lived vendor connection: UP when connected, DOWN otherwise (with the state
 * and the last error as details). Register it in the context's {@code HealthCheckRegistry}.
 */
public final class ConnectionHealthCheck implements HealthCheck {

    private final String id;
    private final Supplier<ConnectionState> state;
    private final Supplier<Throwable> lastError;
    private boolean enabled = true;

    public ConnectionHealthCheck(String id, Supplier<ConnectionState> state, Supplier<Throwable> lastError) {
        this.id = id;
        this.state = state;
        this.lastError = lastError;
    }

    public static ConnectionHealthCheck of(String id, ReconnectingWebSocket ws) {
        return new ConnectionHealthCheck(id, ws::state, ws::lastError);
    }

    @Override
    public String getGroup() {
        return "callcontrol";
    }

    @Override
    public String getId() {
        return id;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    @Override
    public boolean isLiveness() {
        return false;
    }

    @Override
    public Result call(Map<String, Object> options) {
        ConnectionState s = state.get();
        HealthCheckResultBuilder b = HealthCheckResultBuilder.on(this).detail("connection.state", s.name());
        Throwable e = lastError.get();
        if (s == ConnectionState.CONNECTED) {
            return b.up().build();
        }
        b.down().message("connection " + s.name().toLowerCase(java.util.Locale.ROOT));
        if (e != null) {
            b.error(e);
        }
        return b.build();
    }
}
