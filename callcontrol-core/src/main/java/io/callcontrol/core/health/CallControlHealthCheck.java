package io.callcontrol.core.health;

import java.util.Map;

import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckResultBuilder;

/**
 * Base of the suite's Camel health checks (readiness, group {@code callcontrol}): the id, group and enablement
 * bookkeeping once; a subclass says UP or DOWN, with details, in {@link #check(HealthCheckResultBuilder)}.
 */
public abstract class CallControlHealthCheck implements HealthCheck {

    private final String id;
    private volatile boolean enabled = true;

    protected CallControlHealthCheck(String id) {
        this.id = id;
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

    /** A vendor connection that is down makes the application not ready; it is still alive (it reconnects). */
    @Override
    public boolean isLiveness() {
        return false;
    }

    @Override
    public Result call(Map<String, Object> options) {
        HealthCheckResultBuilder builder = HealthCheckResultBuilder.on(this);
        check(builder);
        return builder.build();
    }

    /** Sets {@code up()} or {@code down()} (with a message and details) on the builder. */
    protected abstract void check(HealthCheckResultBuilder builder);
}
