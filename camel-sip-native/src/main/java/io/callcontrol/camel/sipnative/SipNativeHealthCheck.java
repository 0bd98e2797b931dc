package io.callcontrol.camel.sipnative;

import java.util.List;
import java.util.function.Supplier;

import io.callcontrol.camel.sipnative.api.DialogSubscription;
import io.callcontrol.camel.sipnative.api.Registration;
import io.callcontrol.camel.sipnative.api.SipUserAgent;
import io.callcontrol.core.health.CallControlHealthCheck;
import org.apache.camel.health.HealthCheckResultBuilder;

/**
 * Health of a {@code sip-native} consumer or producer: DOWN while its user agent is not running, while one of
 * its listener threads is dead (until the stack is restarted), while the registration (when enabled) is not
 * established, or while a dialog event subscription is not active.
 */
public class SipNativeHealthCheck extends CallControlHealthCheck {

    private final SipNativeEndpoint endpoint;
    private final Supplier<List<DialogSubscription>> subscriptions;

    public SipNativeHealthCheck(SipNativeEndpoint endpoint, String id, Supplier<List<DialogSubscription>> subscriptions) {
        super(id);
        this.endpoint = endpoint;
        this.subscriptions = subscriptions;
    }

    @Override
    protected void check(HealthCheckResultBuilder b) {
        b.detail(ENDPOINT_URI, endpoint.getEndpointUri());
        SipUserAgent agent = endpoint.getAgent();
        if (agent == null || !agent.isRunning()) {
            b.message("SIP user agent is not running").down();
            return;
        }
        b.detail("sip.identity", agent.config().identity());
        b.detail("sip.calls", agent.calls().size());
        b.detail("sip.pendingInboundRequests", agent.pendingInboundRequests());
        b.detail("sip.overloadRejections", agent.overloadRejections());
        b.detail("sip.droppedDatagrams", agent.droppedDatagrams());
        b.detail("sip.stackRestarts", agent.restartCount());
        String listener = agent.listenerProblem();
        if (listener != null) {
            b.message(listener + " (the stack is being restarted)").down();
            return;
        }
        Registration reg = agent.registration();
        if (reg != null) {
            b.detail("sip.registration", reg.state().name());
            if (reg.state() != Registration.State.REGISTERED) {
                if (reg.lastStatus() > 0) {
                    b.detail(HTTP_RESPONSE_CODE, reg.lastStatus());
                }
                b.message("Not registered: " + (reg.lastError() == null ? reg.state() : reg.lastError())).down();
                return;
            }
        }
        if (subscriptions != null) {
            for (DialogSubscription s : subscriptions.get()) {
                if (!s.isActive()) {
                    b.message("Dialog event subscription to " + s.target() + " is not active"
                            + (s.lastError() == null ? "" : ": " + s.lastError())).down();
                    return;
                }
            }
        }
        b.up();
    }
}
