package io.callcontrol.camel.sipnative;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import io.callcontrol.camel.sipnative.api.DialogSubscription;
import io.callcontrol.camel.sipnative.api.Registration;
import io.callcontrol.camel.sipnative.api.SipUserAgent;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckResultBuilder;

/**
 * Health of a {@code sip-native} consumer or producer: DOWN while its user agent is not running, while the
 * registration (when enabled) is not established, or while a dialog event subscription is not active.
 */
public class SipNativeHealthCheck implements HealthCheck {

    private final SipNativeEndpoint endpoint;
    private final String id;
    private final Supplier<List<DialogSubscription>> subscriptions;
    private volatile boolean enabled = true;

    public SipNativeHealthCheck(SipNativeEndpoint endpoint, String id, Supplier<List<DialogSubscription>> subscriptions) {
        this.endpoint = endpoint;
        this.id = id;
        this.subscriptions = subscriptions;
    }

    @Override
    public String getGroup() {
        return "camel";
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
        HealthCheckResultBuilder b = HealthCheckResultBuilder.on(this);
        b.detail(ENDPOINT_URI, endpoint.getEndpointUri());
        SipUserAgent agent = endpoint.getAgent();
        if (agent == null || !agent.isRunning()) {
            return b.message("SIP user agent is not running").down().build();
        }
        b.detail("sip.identity", agent.config().identity());
        b.detail("sip.calls", agent.calls().size());
        Registration reg = agent.registration();
        if (reg != null) {
            b.detail("sip.registration", reg.state().name());
            if (reg.state() != Registration.State.REGISTERED) {
                if (reg.lastStatus() > 0) {
                    b.detail(HTTP_RESPONSE_CODE, reg.lastStatus());
                }
                return b.message("Not registered: " + (reg.lastError() == null ? reg.state() : reg.lastError())).down().build();
            }
        }
        if (subscriptions != null) {
            for (DialogSubscription s : subscriptions.get()) {
                if (!s.isActive()) {
                    return b.message("Dialog event subscription to " + s.target() + " is not active"
                            + (s.lastError() == null ? "" : ": " + s.lastError())).down().build();
                }
            }
        }
        return b.up().build();
    }
}
